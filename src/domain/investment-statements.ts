import type { PartialDate, Qualifiers, Reporter, LocalizedText, Sector } from '@/data/schema/common.ts';
import type { HeadlineFigure } from '@/data/schema/headlines.ts';
import type { InvestmentStatement } from '@/data/schema/investment.ts';
import { matchesSectors, matchesYears, type ViewFilter } from './filters.ts';
import { yearFraction } from './milestones.ts';
import { isUsable } from './prefer-record.ts';

/** Statements of Korea's accumulated investment in Peru: who stated them, where they sit on the time axis, which are charted. */

/**
 * Who made a statement of Korea's accumulated investment, as the reader needs to tell them apart: Korean ministries
 * and statistics, Korean ambassadors (estimates in interviews), Peru's government, and the press without a stated side.
 */
export const STATEMENT_BODIES = ['korea-government', 'korea-ambassador', 'peru', 'unclear'] as const;
export type StatementBody = (typeof STATEMENT_BODIES)[number];

const AMBASSADOR = /ambassador|embajador|대사/i;

/** The body behind a statement: an ambassador's word is told apart from a ministry's figure. */
/** Who stated a point, in the reader's language: the agency as the dataset names it, or the headline's speaker. */
export const whoStated = (
  point: { agency?: string; statedBy?: LocalizedText },
  pick: (text: LocalizedText) => string,
): string | undefined => point.agency ?? (point.statedBy ? pick(point.statedBy) : undefined);

export function statementBody(statement: Pick<InvestmentStatement, 'reporter' | 'agency'>): StatementBody {
  if (statement.agency && AMBASSADOR.test(statement.agency)) {
    return statement.reporter === 'peru' ? 'peru' : 'korea-ambassador';
  }
  if (statement.reporter === 'korea') return 'korea-government';
  return statement.reporter;
}

/**
 * Where a partial date sits on a numeric year axis whose year Y spans [Y, Y+1): a year alone in the middle of its year,
 * a month in the middle of its month, a day on its day. A figure "as of 2011" is never drawn as if it were 1 January.
 */
export function asOfPosition(date: PartialDate): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
  if (d !== undefined) return yearFraction(date);
  if (m === undefined) return y + 0.5;
  const start = yearFraction(`${y}-${String(m).padStart(2, '0')}`);
  const end = m === 12 ? y + 1 : yearFraction(`${y}-${String(m + 1).padStart(2, '0')}`);
  return (start + end) / 2;
}

const yearOf = (date: PartialDate) => Number(date.slice(0, 4));

/** One statement drawn on the chart: a marker at its date and stated value. Never joined to another. */
export interface StatementPoint {
  /** The record's id (a statement, or a headline figure with no statement behind it). */
  id: string;
  asOf: PartialDate;
  year: number;
  /** Position on the year axis (see asOfPosition). */
  x: number;
  valueUsdM: number;
  body: StatementBody;
  reporter: Reporter;
  /** Agency or person, as the dataset gives it. */
  agency?: string;
  /** Who stated it, for a headline figure drawn on its own (name and role, in each language). */
  statedBy?: LocalizedText;
  sinceYear?: number;
  measure: LocalizedText;
  qualifiers: Qualifiers;
  sourceIds: readonly string[];
  sectors: readonly Sector[];
  note?: LocalizedText;
  quote?: string;
  /** The dashboard's headline figure this statement is (the Ambassador's US$6.2 billion in 2023). */
  headline?: HeadlineFigure;
  /** Statements with the same date and value (the same figure in two outlets) sit side by side: index and size. */
  stackIndex: number;
  stackSize: number;
}

/** A headline figure and a statement are the same statement: same value, same year, a source in common. */
export function isSameStatement(statement: InvestmentStatement, headline: HeadlineFigure): boolean {
  return (
    headline.value !== undefined &&
    statement.valueUsdM === headline.value &&
    yearOf(statement.asOf) === yearOf(headline.statedOn) &&
    statement.sourceIds.some((id) => headline.sourceIds.includes(id))
  );
}

/** Investment headlines that are amounts in US$ (the accumulated stock stated by the Ambassador). */
export const investmentHeadlines = (figures: readonly HeadlineFigure[]) =>
  figures.filter((f) => f.topic === 'investment' && f.unit === 'usd_m' && f.value !== undefined && isUsable(f));

const bodyRank = (body: StatementBody) => STATEMENT_BODIES.indexOf(body);

/**
 * The statements to chart: usable ones with a US$ amount, within the filter's sectors and years (by the year of asOf).
 * A headline figure that repeats a statement marks that statement; a headline with no statement behind it becomes a
 * point of its own. Nothing is summed, interpolated or joined; coincident figures are kept, each with its source.
 */
export function statementPoints(
  statements: readonly InvestmentStatement[],
  headlines: readonly HeadlineFigure[],
  filter: Pick<ViewFilter, 'sectors' | 'from' | 'to'>,
): StatementPoint[] {
  const keep = (sectors: readonly Sector[], year: number) =>
    matchesSectors(sectors, filter.sectors) && matchesYears(year, filter);
  const money = investmentHeadlines(headlines);
  const matched = new Set<string>();
  const points: Omit<StatementPoint, 'stackIndex' | 'stackSize'>[] = [];
  for (const s of statements) {
    if (!isUsable(s) || s.valueUsdM === undefined || !keep(s.sectors, yearOf(s.asOf))) continue;
    const headline = money.find((h) => isSameStatement(s, h));
    if (headline) matched.add(headline.id);
    points.push({
      id: s.id,
      asOf: s.asOf,
      year: yearOf(s.asOf),
      x: asOfPosition(s.asOf),
      valueUsdM: s.valueUsdM,
      body: statementBody(s),
      reporter: s.reporter,
      agency: s.agency,
      sinceYear: s.sinceYear,
      measure: s.measure,
      qualifiers: s.qualifiers,
      sourceIds: s.sourceIds,
      sectors: s.sectors,
      note: s.note,
      quote: s.quote,
      headline,
    });
  }
  // A headline repeated by no statement in the file: drawn on its own, attributed to whoever stated it.
  for (const h of money) {
    if (matched.has(h.id) || statements.some((s) => isSameStatement(s, h))) continue;
    if (!keep(h.sectors, yearOf(h.statedOn))) continue;
    const ambassador = AMBASSADOR.test(h.statedBy.en);
    const korean = ambassador && /korea/i.test(h.statedBy.en);
    points.push({
      id: h.id,
      asOf: h.statedOn,
      year: yearOf(h.statedOn),
      x: asOfPosition(h.statedOn),
      valueUsdM: h.value!,
      body: korean ? 'korea-ambassador' : 'unclear',
      reporter: korean ? 'korea' : 'unclear',
      statedBy: h.statedBy,
      measure: h.statement,
      qualifiers: h.qualifiers,
      sourceIds: h.sourceIds,
      sectors: h.sectors,
      quote: h.quote,
      headline: h,
    });
  }
  points.sort((a, b) => a.x - b.x || bodyRank(a.body) - bodyRank(b.body) || a.id.localeCompare(b.id));
  const stacks = new Map<string, number>();
  const key = (p: { asOf: string; valueUsdM: number }) => `${p.asOf}|${p.valueUsdM}`;
  for (const p of points) stacks.set(key(p), (stacks.get(key(p)) ?? 0) + 1);
  const seen = new Map<string, number>();
  return points.map((p) => {
    const index = seen.get(key(p)) ?? 0;
    seen.set(key(p), index + 1);
    return { ...p, stackIndex: index, stackSize: stacks.get(key(p))! };
  });
}

/** Statements kept by the filter that have no US$ amount (a share, a ranking): told in words, never drawn. */
export function statementsWithoutAmount(
  statements: readonly InvestmentStatement[],
  filter: Pick<ViewFilter, 'sectors' | 'from' | 'to'>,
): InvestmentStatement[] {
  return statements.filter(
    (s) =>
      isUsable(s) &&
      s.valueUsdM === undefined &&
      matchesSectors(s.sectors, filter.sectors) &&
      matchesYears(yearOf(s.asOf), filter),
  );
}

/** Statements kept by the filter that cannot be used as published: listed for transparency, never drawn. */
export function unusableStatements(
  statements: readonly InvestmentStatement[],
  filter: Pick<ViewFilter, 'sectors' | 'from' | 'to'>,
): InvestmentStatement[] {
  return statements.filter(
    (s) => !isUsable(s) && matchesSectors(s.sectors, filter.sectors) && matchesYears(yearOf(s.asOf), filter),
  );
}

/** The first and last year with a charted statement. */
export function pointYearSpan(points: readonly { year: number }[]): { from: number; to: number } | undefined {
  if (points.length === 0) return undefined;
  const years = points.map((p) => p.year);
  return { from: Math.min(...years), to: Math.max(...years) };
}
