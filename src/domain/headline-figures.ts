import type { AidStatement } from '@/data/schema/aid.ts';
import type { ExchangeRecord } from '@/data/schema/exchange.ts';
import type { HeadlineFigure, HeadlineTopic } from '@/data/schema/headlines.ts';
import type { InvestmentStatement } from '@/data/schema/investment.ts';
import { byPrecision, isUsable } from './prefer-record.ts';

/** The stated figure for a topic (the first one in the file when several exist). */
export const headlineFor = (figures: readonly HeadlineFigure[], topic: HeadlineTopic) =>
  figures.find((f) => f.topic === topic);

/** Investment statements dated after a given date, newest first (they refine or update a stated figure). */
export function investmentStatementsAfter(
  statements: readonly InvestmentStatement[],
  afterDate: string,
): InvestmentStatement[] {
  return statements
    .filter((s) => isUsable(s) && s.valueUsdM !== undefined && s.asOf > afterDate)
    .sort((a, b) => b.asOf.localeCompare(a.asOf));
}

/** The cumulative aid statement covering the latest year, most precise first. */
export function latestCumulativeAid(statements: readonly AidStatement[]): AidStatement | undefined {
  const cumulative = statements.filter((s) => isUsable(s) && s.kind === 'cumulative' && s.valueUsdM !== undefined);
  if (cumulative.length === 0) return undefined;
  const latest = Math.max(...cumulative.map((s) => s.year));
  return byPrecision(cumulative.filter((s) => s.year === latest))[0];
}

/** Latest count for an exchange program, most precise first. */
export function latestExchangeCount(
  records: readonly ExchangeRecord[],
  program: ExchangeRecord['program'],
): ExchangeRecord | undefined {
  const counts = records.filter(
    (r) => r.program === program && isUsable(r) && r.value !== undefined && r.year !== undefined,
  );
  if (counts.length === 0) return undefined;
  const latest = Math.max(...counts.map((r) => r.year ?? 0));
  return byPrecision(counts.filter((r) => r.year === latest))[0];
}
