import type { Reporter } from '@/data/schema/common.ts';
import { REPORTERS } from '@/data/vocabulary.ts';
import type { TradeFlow, TradeRecord } from '@/data/schema/trade.ts';
import { FTA_IN_FORCE } from './milestones.ts';
import { byPrecision, isUsable } from './prefer-record.ts';

/** One published figure placed on the chart: a year and a value in US$ millions, with its record. */
export interface TradePoint {
  year: number;
  valueUsdM: number;
  /** The first of `records`. */
  record: TradeRecord;
  /**
   * Every figure with this year, side and value (often one source quoting another): one marker that names them
   * all, rather than several drawn exactly on top of each other with only the top one reachable.
   */
  records: TradeRecord[];
}

/** Consecutive years of one official statistics series (one figure a year), drawn joined; a missing year ends it. */
export interface TradeLine {
  /** The official series, e.g. "comtrade". */
  series: string;
  points: { year: number; valueUsdM: number }[];
}

/** All published figures of one flow from one reporting side, by year. Years without a figure have no point. */
export interface TradeSeries {
  reporter: Reporter;
  points: TradePoint[];
  /** Runs of two or more consecutive years of one official series: the only figures joined by a line. */
  lines: TradeLine[];
}

export interface YearRange {
  from: number;
  to: number;
}

const inRange = (year: number, range?: YearRange) => !range || (year >= range.from && year <= range.to);

/**
 * Splits trade records of one flow into one series per reporting side (Korea, Peru, unstated), in that order.
 * Every usable record is on a point (conflicting figures for the same year are all kept; identical ones share a
 * point); nothing is filled in.
 */
export function tradeSeriesByReporter(
  records: readonly TradeRecord[],
  flow: TradeFlow,
  range?: YearRange,
): TradeSeries[] {
  return REPORTERS.map((reporter) => {
    const own = records.filter(
      (r) => r.flow === flow && r.reporter === reporter && isUsable(r) && inRange(r.year, range),
    );
    return { reporter, points: coincidentPoints(own).sort((a, b) => a.year - b.year), lines: officialLines(own) };
  }).filter((series) => series.points.length > 0);
}

/**
 * Official figures of one series (same statistics office, same side, full years) joined year to year. Press
 * statements are never joined, and a year without a figure breaks the line: nothing is drawn across a gap.
 */
export function officialLines(records: readonly TradeRecord[]): TradeLine[] {
  const bySeries = new Map<string, TradeRecord[]>();
  for (const r of records) {
    if (!r.official || r.qualifiers.partialYear) continue;
    bySeries.set(r.official.series, [...(bySeries.get(r.official.series) ?? []), r]);
  }
  const lines: TradeLine[] = [];
  for (const [series, list] of bySeries) {
    let run: TradeLine['points'] = [];
    const close = () => {
      if (run.length >= 2) lines.push({ series, points: run });
      run = [];
    };
    for (const r of [...list].sort((a, b) => a.year - b.year)) {
      const last = run.at(-1);
      // Two figures of one series for one year cannot be joined honestly: the run ends there.
      if (last && r.year === last.year) {
        close();
        continue;
      }
      if (last && r.year !== last.year + 1) close();
      run.push({ year: r.year, valueUsdM: r.valueUsdM });
    }
    close();
  }
  return lines;
}

function coincidentPoints(records: readonly TradeRecord[]): TradePoint[] {
  const byPlace = new Map<string, TradePoint>();
  for (const record of records) {
    const place = `${record.year}|${record.valueUsdM}`;
    const point = byPlace.get(place);
    if (point) point.records.push(record);
    else byPlace.set(place, { year: record.year, valueUsdM: record.valueUsdM, record, records: [record] });
  }
  return [...byPlace.values()];
}

/** The first and last year that have any figure of this flow. */
export function tradeYearSpan(records: readonly TradeRecord[], flow: TradeFlow): YearRange | undefined {
  const years = records.filter((r) => r.flow === flow && isUsable(r)).map((r) => r.year);
  if (years.length === 0) return undefined;
  return { from: Math.min(...years), to: Math.max(...years) };
}

/** Total trade before and after the FTA, both from the same reporting side so that they compare. */
export interface TradeBeforeAfter {
  reporter: Reporter;
  before: TradeRecord;
  after: TradeRecord;
  /** after / before, both as published. */
  ratio: number;
}

const FTA_YEAR = Number(FTA_IN_FORCE.slice(0, 4));

/**
 * The last full year before the FTA against the latest year, from one side. Tries Korea's statistics, then Peru's,
 * then unstated ones; within a year, the most precise figure leads.
 */
export function tradeBeforeAfterFta(records: readonly TradeRecord[]): TradeBeforeAfter | undefined {
  for (const reporter of REPORTERS) {
    const totals = records.filter(
      (r) => r.flow === 'total' && r.reporter === reporter && isUsable(r) && !r.qualifiers.partialYear,
    );
    const beforeYears = totals.filter((r) => r.year < FTA_YEAR).map((r) => r.year);
    const afterYears = totals.filter((r) => r.year > FTA_YEAR).map((r) => r.year);
    if (beforeYears.length === 0 || afterYears.length === 0) continue;
    const beforeYear = Math.max(...beforeYears);
    const afterYear = Math.max(...afterYears);
    const [before] = byPrecision(totals.filter((r) => r.year === beforeYear));
    const [after] = byPrecision(totals.filter((r) => r.year === afterYear));
    if (!before || !after || before.valueUsdM <= 0) continue;
    return { reporter, before, after, ratio: after.valueUsdM / before.valueUsdM };
  }
  return undefined;
}
