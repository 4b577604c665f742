import type { TFunction } from 'i18next';
import type { Locale } from '@/data/schema/common.ts';
import type { TradeFact } from '@/data/schema/trade.ts';
import { formatPartialDate } from '@/i18n/format.ts';
import { formatFigure, formatPeriod } from './flows-format.ts';

/** When a fact holds: its date at its own precision, else its year (with the months of a partial year), else ''. */
export function factPeriod(f: TradeFact, t: TFunction, locale: Locale): string {
  if (f.date) return formatPartialDate(f.date, locale);
  if (f.year !== undefined) return formatPeriod(f.year, f.qualifiers, t, locale);
  return '';
}

/** The number a fact states, with its unit and qualifier words; '' when it states none. */
export function factValue(f: TradeFact, t: TFunction, locale: Locale): string {
  if (f.value === undefined || f.unit === 'none') return '';
  return formatFigure(f.value, f.unit, f.qualifiers, t, locale);
}
