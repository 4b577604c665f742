import type { TFunction } from 'i18next';
import { yearRanges } from '@/domain/coverage.ts';

/** "2013–2016, 2018–2020, 2022": years folded into ranges, in the reader's language. */
export function formatYearRanges(years: readonly number[], t: TFunction): string {
  return yearRanges(years)
    .map(([a, b]) => (a === b ? String(a) : t('method.figure.range', { from: a, to: b })))
    .join(', ');
}
