import type { TFunction } from 'i18next';
import { yearRanges } from '@/domain/coverage.ts';

/** Years across (wide screens) or years down (phones), so every cell stays big enough to read its count. */
export type CoverageLayout = 'wide' | 'tall';

/** The coverage grid's fixed height: three rows across, or one row of 30 px per year down. */
export const coverageChartHeight = (layout: CoverageLayout, years: number) =>
  layout === 'wide' ? 236 : 48 + years * 30;

/** "2013–2016, 2018–2020, 2022": years folded into ranges, in the reader's language. */
export function formatYearRanges(years: readonly number[], t: TFunction): string {
  return yearRanges(years)
    .map(([a, b]) => (a === b ? String(a) : t('method.figure.range', { from: a, to: b })))
    .join(', ');
}
