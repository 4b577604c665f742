import type { Sector } from '@/data/schema/common.ts';
import type { TradeFact } from '@/data/schema/trade.ts';
import { TRADE_FACT_KINDS } from '@/data/vocabulary.ts';
import { matchesSectors, matchesYears, type ViewFilter } from './filters.ts';
import { isUsable } from './prefer-record.ts';
import { conflictNotes, type ConflictNote } from './trade-flows.ts';
import type { YearRange } from './trade-series.ts';

export type FactKind = (typeof TRADE_FACT_KINDS)[number];

/** The year a fact belongs to: its stated year, else the year of its date; undefined when neither is known. */
export const factYear = (f: TradeFact): number | undefined =>
  f.year ?? (f.date ? Number(f.date.slice(0, 4)) : undefined);

/** What a rank is a rank among: all trading partners, destinations of Peru's exports, or suppliers of its imports. */
export const RANK_SCOPES = ['partners', 'exports', 'imports'] as const;
export type RankScope = (typeof RANK_SCOPES)[number];

/**
 * Reads the scope of a partner-rank fact from its (English) label: "trading partners", "…Peru's exports"
 * (destinations, markets), "…Peru's imports" (suppliers). Undefined when the label names none of them.
 */
export function rankScope(f: TradeFact): RankScope | undefined {
  const label = f.label.en.toLowerCase();
  if (/trading partners?/.test(label)) return 'partners';
  if (/suppliers|imports/.test(label)) return 'imports';
  if (/destinations|markets|exports/.test(label)) return 'exports';
  return undefined;
}

/** One stated rank on the chart (1 = first). */
export interface RankPoint {
  year: number;
  rank: number;
  partial: boolean;
  fact: TradeFact;
}

export interface RankSeries {
  scope: RankScope;
  points: RankPoint[];
}

export interface FtaFactsView {
  /** FTA milestones, oldest first. */
  milestones: TradeFact[];
  /** Tariff facts by the party they are about; `both` for those about the two countries. */
  tariffs: { korea: TradeFact[]; peru: TradeFact[]; both: TradeFact[] };
  utilization: TradeFact[];
  /** Korea's rank in Peru's trade, by scope and year; only usable ranks with a value and a year. */
  ranks: RankSeries[];
  /** Rank facts that cannot be placed on a year axis (no year, no number, or no known scope): listed, not charted. */
  unplacedRanks: TradeFact[];
  /** The largest rank charted (the axis runs from 1 to it). */
  maxRank: number;
  rankSpan?: YearRange;
  /** Other stated facts (monthly and FTA-year figures, shares, pre-FTA tariffs…). */
  others: TradeFact[];
  /** Every fact in the filter, by kind and date: the table and CSV. */
  all: TradeFact[];
  conflicts: ConflictNote[];
  sourceIds: string[];
}

/** A sortable key for a fact's time: its date, else its year, else last. */
const timeKey = (f: TradeFact): string => f.date ?? (f.year !== undefined ? String(f.year) : '9999');

export const byFactTime = (a: TradeFact, b: TradeFact) => timeKey(a).localeCompare(timeKey(b));

/** True when any fact belongs to the selected sectors. */
export const factsMatchSectors = (facts: readonly TradeFact[], sectors: readonly Sector[]) =>
  facts.some((f) => matchesSectors(f.sectors, sectors));

/** Facts of the reader's filter, sorted for the section. Undefined when none is left. */
export function selectFtaFacts(facts: readonly TradeFact[], filter: ViewFilter): FtaFactsView | undefined {
  const all = facts
    .filter((f) => matchesSectors(f.sectors, filter.sectors) && matchesYears(factYear(f), filter))
    .sort((a, b) => TRADE_FACT_KINDS.indexOf(a.kind) - TRADE_FACT_KINDS.indexOf(b.kind) || byFactTime(a, b));
  if (all.length === 0) return undefined;
  const of = (kind: FactKind) => all.filter((f) => f.kind === kind);

  const tariffs = of('tariff-liberalization');
  const rankFacts = of('partner-rank');
  const placed = (f: TradeFact) =>
    isUsable(f) && f.unit === 'rank' && f.value !== undefined && f.year !== undefined && rankScope(f) !== undefined;
  const ranks = RANK_SCOPES.map((scope) => ({
    scope,
    points: rankFacts
      .filter((f) => placed(f) && rankScope(f) === scope)
      .map((fact) => ({ year: fact.year!, rank: fact.value!, partial: !!fact.qualifiers.partialYear, fact }))
      .sort((a, b) => a.year - b.year),
  })).filter((s) => s.points.length > 0);
  const rankYears = ranks.flatMap((s) => s.points.map((p) => p.year));

  return {
    milestones: of('fta-milestone'),
    tariffs: {
      korea: tariffs.filter((f) => f.party === 'korea'),
      peru: tariffs.filter((f) => f.party === 'peru'),
      both: tariffs.filter((f) => f.party === undefined),
    },
    utilization: of('utilization'),
    ranks,
    unplacedRanks: rankFacts.filter((f) => !placed(f)),
    maxRank: Math.max(1, ...ranks.flatMap((s) => s.points.map((p) => p.rank))),
    rankSpan: rankYears.length ? { from: Math.min(...rankYears), to: Math.max(...rankYears) } : undefined,
    others: of('other'),
    all,
    conflicts: conflictNotes(all.filter(isUsable).map((f) => ({ ...f, year: factYear(f) }))),
    sourceIds: [...new Set(all.flatMap((f) => f.sourceIds))],
  };
}

/** Integer ticks for a rank axis: 1 (the top), then every `step`-th rank, at most `maxTicks` of them. */
export function rankTicks(maxRank: number, maxTicks = 8): number[] {
  const top = Math.max(1, Math.ceil(maxRank));
  const step = Math.max(1, Math.ceil((top - 1) / Math.max(1, maxTicks - 1)));
  const ticks: number[] = [];
  for (let r = 1; r <= top; r += step) ticks.push(r);
  return ticks;
}
