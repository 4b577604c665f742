import type { TFunction } from 'i18next';
import type { Locale, Qualifiers, Reporter } from '@/data/schema/common.ts';
import { formatMonthRange, formatNumber, formatPercent, formatUsdMillions } from '@/i18n/format.ts';

/** The units a figure of this section comes in (as in the dataset's `unit`). */
export type FigureUnit = 'usd_m' | 'percent' | 'rank' | 'count' | 'none';

/**
 * A figure in the interface language with its unit, every published digit kept, and the words its qualifiers call for:
 * "about US$900 million", "more than US$29 million", "No. 4", "92.5%".
 */
export function formatFigure(
  value: number,
  unit: FigureUnit,
  qualifiers: Qualifiers,
  t: TFunction,
  locale: Locale,
): string {
  const base =
    unit === 'usd_m'
      ? formatUsdMillions(value, locale)
      : unit === 'percent'
        ? formatPercent(value, locale)
        : unit === 'rank'
          ? t('tradeDetail.value.rank', { rank: value })
          : formatNumber(value, locale);
  if (qualifiers.lowerBound) return t('tradeDetail.value.lowerBound', { value: base });
  if (qualifiers.approximate) return t('tradeDetail.value.approximate', { value: base });
  return base;
}

/** "2018" or "Jan–Sep 2018" (a partial year always says which months). */
export function formatPeriod(year: number, qualifiers: Qualifiers, t: TFunction, locale: Locale): string {
  const part = qualifiers.partialYear;
  if (!part) return t('tradeDetail.period.full', { year: String(year) });
  return t('tradeDetail.period.partial', {
    months: formatMonthRange(part.fromMonth, part.toMonth, locale),
    year: String(year),
  });
}

/** "Korean statistics (MOFAT briefing)": the side, and the agency where the record names one. */
export const sideLabel = (reporter: Reporter, agency: string | undefined, t: TFunction) =>
  t(`reporters.${reporter}`) + (agency ? ` (${agency})` : '');

/** The first CSV columns of a table of trade records (the total-trade panel's and the flows frame's). */
export const TRADE_RECORD_CSV = ['table.year', 'table.flow', 'table.valueUsdM', 'table.side', 'table.agency'] as const;
