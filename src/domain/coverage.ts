import type { Reporter } from '@/data/schema/common.ts';
import { REPORTERS } from '@/data/vocabulary.ts';
import type { TradeFlow, TradeRecord } from '@/data/schema/trade.ts';
import { isUsable } from './prefer-record.ts';
import { COLLECTIONS, entryYear, type CollectionKey, type DatasetEntry } from './dataset-entries.ts';

/* Which years each list of records covers, and which reporting side has each trade figure. Gaps stay gaps. */

/** Consecutive years folded into ranges: [2004, 2005, 2006, 2009] → [[2004, 2006], [2009, 2009]]. */
export function yearRanges(years: readonly number[]): [number, number][] {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const ranges: [number, number][] = [];
  for (const y of sorted) {
    const last = ranges.at(-1);
    if (last && y === last[1] + 1) last[1] = y;
    else ranges.push([y, y]);
  }
  return ranges;
}

/** One cell of the coverage grid: the usable figures one side published for one year (none = a gap). */
export interface CoverageCell {
  year: number;
  reporter: Reporter;
  records: TradeRecord[];
}

export interface TradeCoverage {
  from: number;
  to: number;
  years: number[];
  /** Year by year, Korea, Peru, unstated. */
  cells: CoverageCell[];
  /** Per side: how many figures and how many years with at least one. */
  bySide: { reporter: Reporter; figures: number; years: number }[];
  /** Years in the span with no figure from any side. */
  emptyYears: number[];
}

/** Where the coverage grid of trade starts: the first year of the yearly trade series. */
export const COVERAGE_FIRST_YEAR = 2004;

/**
 * Which reporting side has a figure of one trade flow for each year, from `from` to the latest year of any yearly
 * trade figure. Every year × side gets a cell, so a gap is a cell with no record (never a zero). Unusable figures
 * are left out, as in the charts.
 */
export function tradeCoverage(
  records: readonly TradeRecord[],
  flow: TradeFlow = 'total',
  from: number = COVERAGE_FIRST_YEAR,
): TradeCoverage | undefined {
  const usable = records.filter(isUsable);
  if (usable.length === 0) return undefined;
  const to = Math.max(from, ...usable.map((r) => r.year));
  const years: number[] = [];
  for (let y = from; y <= to; y += 1) years.push(y);
  const cells = years.flatMap((year) =>
    REPORTERS.map((reporter) => ({
      year,
      reporter,
      records: usable.filter((r) => r.flow === flow && r.year === year && r.reporter === reporter),
    })),
  );
  const bySide = REPORTERS.map((reporter) => {
    const own = cells.filter((c) => c.reporter === reporter && c.records.length > 0);
    return { reporter, figures: own.reduce((n, c) => n + c.records.length, 0), years: own.length };
  });
  const emptyYears = years.filter((y) => cells.every((c) => c.year !== y || c.records.length === 0));
  return { from, to, years, cells, bySide, emptyYears };
}

/** What one list of records covers. */
export interface CollectionCoverage {
  collection: CollectionKey;
  file: string;
  records: number;
  /** Records kept for transparency but not usable as published. */
  unusable: number;
  /** Usable records with no year. */
  undated: number;
  /** Distinct years with at least one usable record, ascending. */
  years: number[];
  ranges: [number, number][];
}

/** Per list of records: how many, which years have at least one usable record, how many are undated. */
export function collectionCoverage(entries: readonly DatasetEntry[]): CollectionCoverage[] {
  return COLLECTIONS.map(({ key, file }) => {
    const own = entries.filter((e) => e.collection === key);
    const usable = own.filter((e) => isUsable(e.record));
    const dated = usable.map(entryYear).filter((y): y is number => y !== undefined);
    const years = [...new Set(dated)].sort((a, b) => a - b);
    return {
      collection: key,
      file,
      records: own.length,
      unusable: own.length - usable.length,
      undated: usable.length - dated.length,
      years,
      ranges: yearRanges(years),
    };
  });
}
