import type { ExchangeRecord, Program } from '@/data/schema/exchange.ts';
import { PROGRAMS } from '@/data/vocabulary.ts';
import { matchesSectors, matchesYears, type ViewFilter } from './filters.ts';
import { isUsable } from './prefer-record.ts';

/** The program charted over time (the Korean community); every other program is a card. */
export const COMMUNITY_PROGRAM: Program = 'korean-community';

/** The programs shown as cards, in the schema's order. */
export const CARD_PROGRAMS: readonly Program[] = PROGRAMS.filter((p) => p !== COMMUNITY_PROGRAM);

/** Community figures split by whether another source gives a different figure (each has its own marker). */
export const COMMUNITY_SERIES = ['single', 'conflict'] as const;
export type CommunitySeriesId = (typeof COMMUNITY_SERIES)[number];

/** One published community figure on the chart. Years without a figure have no point. */
export interface CommunityPoint {
  year: number;
  value: number;
  series: CommunitySeriesId;
  /** Where the value label goes, so that two figures for the same year don't write over each other. */
  label: 'above' | 'below';
  record: ExchangeRecord;
}

/** The figures of one program, oldest first (undated last). */
export interface ProgramGroup {
  program: Program;
  records: ExchangeRecord[];
  /** True when the figures carry different program names (GKS graduate vs undergraduate…): each then shows its own. */
  mixedNames: boolean;
}

export interface ExchangeView {
  /** How many records of the file belong to the selected sectors, whatever their year. */
  sectorMatches: number;
  /** Community figures that pass the filter and can be charted, by year. */
  community: CommunityPoint[];
  /** Program groups with at least one record that passes the filter, in the schema's order. */
  programs: ProgramGroup[];
}

/** True when a record belongs to the selected sectors and its year (absent: undated) falls in the range. */
export const passesFilter = (record: ExchangeRecord, filter: ViewFilter) =>
  matchesSectors(record.sectors, filter.sectors) && matchesYears(record.year, filter);

/** The value a reader may see: none when the source gives no number or the figure is not usable as published. */
export const shownValue = (record: ExchangeRecord): number | undefined => (isUsable(record) ? record.value : undefined);

/** Oldest first; undated records after dated ones; the dataset's order breaks ties. */
function byYear(records: readonly ExchangeRecord[]): ExchangeRecord[] {
  return records
    .map((record, index) => ({ record, index }))
    .sort(
      (a, b) =>
        (a.record.year ?? Infinity) - (b.record.year ?? Infinity) ||
        (a.record.sinceYear ?? 0) - (b.record.sinceYear ?? 0) ||
        a.index - b.index,
    )
    .map(({ record }) => record);
}

/**
 * The community over time: every usable, dated figure with a value becomes a point (conflicting figures for the
 * same year are all kept, side by side); nothing is filled in between years. For a year with several figures the
 * largest is labelled above its marker and the others below.
 */
export function communityPoints(records: readonly ExchangeRecord[]): CommunityPoint[] {
  const charted = byYear(records).filter(
    (r): r is ExchangeRecord & { year: number; value: number } =>
      r.program === COMMUNITY_PROGRAM && r.year !== undefined && shownValue(r) !== undefined,
  );
  const topOfYear = new Map<number, number>();
  for (const r of charted) topOfYear.set(r.year, Math.max(topOfYear.get(r.year) ?? -Infinity, r.value));
  const labelledAbove = new Set<number>();
  return charted.map((record) => {
    const first = record.value === topOfYear.get(record.year) && !labelledAbove.has(record.year);
    if (first) labelledAbove.add(record.year);
    return {
      year: record.year,
      value: record.value,
      series: record.qualifiers.conflict ? 'conflict' : 'single',
      label: first ? 'above' : 'below',
      record,
    };
  });
}

/** The records of each card program, grouped and ordered; programs without a record are left out. */
export function programGroups(records: readonly ExchangeRecord[]): ProgramGroup[] {
  return CARD_PROGRAMS.flatMap((program) => {
    const own = byYear(records.filter((r) => r.program === program));
    if (own.length === 0) return [];
    const names = new Set(own.map((r) => r.programName.en));
    return [{ program, records: own, mixedNames: names.size > 1 }];
  });
}

/** Everything the exchange section shows for a filter. */
export function exchangeView(records: readonly ExchangeRecord[], filter: ViewFilter): ExchangeView {
  const inSectors = records.filter((r) => matchesSectors(r.sectors, filter.sectors));
  const shown = inSectors.filter((r) => matchesYears(r.year, filter));
  return {
    sectorMatches: inSectors.length,
    community: communityPoints(shown),
    programs: programGroups(shown),
  };
}

/** The first and last year with a charted point, if any. */
export function pointSpan(points: readonly { year: number }[]): { from: number; to: number } | undefined {
  if (points.length === 0) return undefined;
  const years = points.map((p) => p.year);
  return { from: Math.min(...years), to: Math.max(...years) };
}

/** The years a set of records refers to (their `year`, else `sinceYear`), for a subtitle; undefined when none is dated. */
export function recordSpan(records: readonly ExchangeRecord[]): { from: number; to: number } | undefined {
  const years = records.flatMap((r) => [r.sinceYear, r.year]).filter((y): y is number => y !== undefined);
  if (years.length === 0) return undefined;
  return { from: Math.min(...years), to: Math.max(...years) };
}

/**
 * A value axis from zero to a round top with about four intervals (steps of 1, 2, 2.5 or 5 × 10ⁿ), so the labels
 * read 0, 1,000, 2,000… rather than 0, 850, 1,700….
 */
export function niceAxis(max: number): { top: number; ticks: number[] } {
  if (!(max > 0)) return { top: 1, ticks: [0, 1] };
  const raw = max / 4;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw)!;
  const top = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  for (let i = 0; i * step <= top + step / 1e9; i += 1) ticks.push(Number((i * step).toPrecision(12)));
  return { top, ticks };
}

/**
 * What period a figure covers, as the source states it: a cumulative count (from its first year to the year it
 * was stated), a single year (perhaps of something that began earlier), or undated.
 */
export type Period =
  | { kind: 'cumulative'; from?: number; to?: number }
  | { kind: 'year'; year: number; since?: number }
  | { kind: 'undated'; since?: number };

export function periodOf(record: ExchangeRecord): Period {
  if (record.cumulative) return { kind: 'cumulative', from: record.sinceYear, to: record.year };
  if (record.year !== undefined)
    return record.sinceYear !== undefined && record.sinceYear !== record.year
      ? { kind: 'year', year: record.year, since: record.sinceYear }
      : { kind: 'year', year: record.year };
  return record.sinceYear !== undefined ? { kind: 'undated', since: record.sinceYear } : { kind: 'undated' };
}
