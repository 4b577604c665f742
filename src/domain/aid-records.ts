import type { AidProject, AidStatement } from '@/data/schema/aid.ts';
import { matchesYears, YEAR_BOUNDS, type ViewFilter } from './filters.ts';
import { isUsable } from './prefer-record.ts';

/* What one aid record says about itself: its years, its period, whether it is aid and has a budget to show. */

/** An inclusive span of years. */
export interface YearSpan {
  from: number;
  to: number;
}

type YearFilter = Pick<ViewFilter, 'from' | 'to'>;

/**
 * True when a span of years meets the filter's range. A record without any year is kept only when the range is
 * the full span (the same rule as `matchesYears`).
 */
export function overlapsYears(span: YearSpan | undefined, filter: YearFilter, bounds = YEAR_BOUNDS): boolean {
  if (!span) return matchesYears(undefined, filter, bounds);
  return span.from <= filter.to && span.to >= filter.from;
}

/** The years a statement is about: a cumulative total covers `sinceYear`–`year`; any other statement its year. */
export function statementYears(s: AidStatement): YearSpan {
  return { from: s.kind === 'cumulative' ? (s.sinceYear ?? s.year) : s.year, to: s.year };
}

/**
 * The years a project is placed in for the filter: [startYear, endYear ?? startYear]; a project with only an end
 * year sits at that year; a project with neither is undated (undefined).
 */
export function projectYears(p: AidProject): YearSpan | undefined {
  const from = p.startYear ?? p.endYear;
  const to = p.endYear ?? p.startYear;
  return from === undefined || to === undefined ? undefined : { from, to };
}

/** How a project's dates read: both years, one year, open-ended (no end stated), end only, or undated. */
export type ProjectPeriod =
  | { kind: 'range'; from: number; to: number }
  | { kind: 'single'; year: number }
  | { kind: 'openEnded'; from: number }
  | { kind: 'endOnly'; to: number }
  | { kind: 'undated' };

export function projectPeriod(p: AidProject): ProjectPeriod {
  const { startYear: from, endYear: to } = p;
  if (from !== undefined && to !== undefined)
    return from === to ? { kind: 'single', year: from } : { kind: 'range', from, to };
  if (from !== undefined) return { kind: 'openEnded', from };
  if (to !== undefined) return { kind: 'endOnly', to };
  return { kind: 'undated' };
}

/** Development-aid projects; a record without the `aid` sector (e.g. a paid G2G contract) is listed only for reference. */
export const isAidProject = (p: Pick<AidProject, 'sectors'>) => p.sectors.includes('aid');

/** A budget that can be shown as a figure: stated, and not marked unusable. */
export const hasStatedBudget = (p: AidProject) => p.budgetUsdM !== undefined && isUsable(p);
