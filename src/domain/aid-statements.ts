import type { AidStatement } from '@/data/schema/aid.ts';
import type { LocalizedText } from '@/data/schema/common.ts';
import type { HeadlineFigure } from '@/data/schema/headlines.ts';
import { matchesSectors, type ViewFilter } from './filters.ts';
import { isUsable } from './prefer-record.ts';
import { type YearSpan, overlapsYears, statementYears } from './aid-records.ts';
import { yearTicks } from './year-ticks.ts';

/* Aid statements: amounts stated by year or in total, shares, and their order. */

/** A statement of an amount in US$ as drawn: a range for a cumulative total, a point for one year. */
export interface AmountRow {
  id: string;
  kind: 'cumulative' | 'annual';
  from: number;
  to: number;
  valueUsdM: number;
  statement: AidStatement;
  /** Who said it, when the statement is the headline figure attributed to a named person. */
  statedBy?: LocalizedText;
}

/** A share (percent) statement, listed with the base it is a share of (its `measure`). */
export interface ShareRow {
  id: string;
  year: number;
  sharePct: number;
  statement: AidStatement;
}

/**
 * Links the headline figures about aid to the statements in aid.json. A headline that repeats a statement (same
 * year, same amount, a shared source) adds its attribution to it; one that does not is shown as a statement of
 * its own, so the Ambassador's figure appears exactly once either way.
 */
export function mergeHeadlineStatements(
  statements: readonly AidStatement[],
  figures: readonly HeadlineFigure[],
): { statements: AidStatement[]; statedBy: Map<string, LocalizedText> } {
  const merged = [...statements];
  const statedBy = new Map<string, LocalizedText>();
  for (const f of figures) {
    if (f.topic !== 'aid' || f.value === undefined) continue;
    if (f.unit !== 'usd_m_per_year' && f.unit !== 'usd_m') continue;
    const year = Number(f.statedOn.slice(0, 4));
    const kind = f.unit === 'usd_m_per_year' ? 'annual' : 'cumulative';
    const twin = statements.find(
      (s) =>
        s.kind === kind &&
        s.year === year &&
        s.valueUsdM === f.value &&
        s.sourceIds.some((id) => f.sourceIds.includes(id)),
    );
    if (twin) {
      statedBy.set(twin.id, f.statedBy);
      continue;
    }
    if (kind === 'cumulative') continue; // a cumulative headline without its years cannot be drawn as a range
    merged.push({
      id: f.id,
      sectors: f.sectors,
      sourceIds: f.sourceIds,
      qualifiers: f.qualifiers,
      ...(f.quote ? { quote: f.quote } : {}),
      ...(f.note ? { note: f.note } : {}),
      kind: 'annual',
      year,
      valueUsdM: f.value,
      measure: f.statement,
    });
    statedBy.set(f.id, f.statedBy);
  }
  return { statements: merged, statedBy };
}

/** Statements of the selected sectors whose years meet the range (a cumulative total when its span overlaps it). */
export const filterStatements = (statements: readonly AidStatement[], filter: ViewFilter) =>
  statements.filter((s) => matchesSectors(s.sectors, filter.sectors) && overlapsYears(statementYears(s), filter));

/**
 * The amounts to draw: usable cumulative and yearly statements in US$, each its own row (never summed, never joined
 * into a series). Cumulative totals first, then yearly figures, each by year.
 */
export function amountRows(
  statements: readonly AidStatement[],
  statedBy: ReadonlyMap<string, LocalizedText> = new Map(),
) {
  const rows: AmountRow[] = [];
  for (const s of statements) {
    if (s.kind === 'share' || s.valueUsdM === undefined || !isUsable(s)) continue;
    const span = statementYears(s);
    const who = statedBy.get(s.id);
    rows.push({
      id: s.id,
      kind: s.kind,
      ...span,
      valueUsdM: s.valueUsdM,
      statement: s,
      ...(who ? { statedBy: who } : {}),
    });
  }
  const order = { cumulative: 0, annual: 1 } as const;
  return rows.sort((a, b) => order[a.kind] - order[b.kind] || a.from - b.from || a.to - b.to);
}

/** Statements for the table: cumulative totals, then yearly figures, then shares, each by year. */
export function sortStatements(statements: readonly AidStatement[]): AidStatement[] {
  const order = { cumulative: 0, annual: 1, share: 2 } as const;
  return [...statements].sort(
    (a, b) =>
      order[a.kind] - order[b.kind] ||
      statementYears(a).from - statementYears(b).from ||
      statementYears(a).to - statementYears(b).to,
  );
}

/** The share statements, by year. */
export function shareRows(statements: readonly AidStatement[]): ShareRow[] {
  return statements
    .filter(
      (s): s is AidStatement & { sharePct: number } => s.kind === 'share' && s.sharePct !== undefined && isUsable(s),
    )
    .map((s) => ({ id: s.id, year: s.year, sharePct: s.sharePct, statement: s }))
    .sort((a, b) => a.year - b.year);
}

/** The years an axis must show for a set of spans, or undefined when there is none. */
export function spanOf(spans: readonly YearSpan[]): YearSpan | undefined {
  if (spans.length === 0) return undefined;
  return { from: Math.min(...spans.map((s) => s.from)), to: Math.max(...spans.map((s) => s.to)) };
}

/**
 * The amounts chart's year axis: a year of room each side of the span (a bar's end marks and a one-year diamond stay
 * whole at the edges), ticked at a step that suits its length.
 */
export function amountsAxis(span: YearSpan): { domain: [number, number]; ticks: number[] } {
  const padded = { from: span.from - 1, to: span.to + 1 };
  return { domain: [padded.from, padded.to], ticks: yearTicks(padded, { byLength: 'aid' }) };
}
