import type { TFunction } from 'i18next';
import { figureCells } from '@/components/qualifier-labels.ts';
import { sourceCells } from '@/components/use-source-lookup.ts';
import type { Locale, LocalizedText } from '@/data/schema/common.ts';
import type { ExchangeRecord } from '@/data/schema/exchange.ts';
import type { Source } from '@/data/schema/sources.ts';
import { periodOf, shownValue, type CommunityPoint } from '@/domain/exchange.ts';
import { formatNumber, formatUsdMillions } from '@/i18n/format.ts';

/** The period a figure covers, in words: "Cumulative, 1996–2025", "2025 (running since 2023)", "Undated". */
export function periodText(record: ExchangeRecord, t: TFunction): string {
  const period = periodOf(record);
  switch (period.kind) {
    case 'cumulative':
      if (period.from !== undefined && period.to !== undefined)
        return t('exchange.programs.cumulativeRange', { from: period.from, to: period.to });
      if (period.from !== undefined) return t('exchange.programs.cumulativeSince', { from: period.from });
      if (period.to !== undefined) return t('exchange.programs.cumulativeTo', { to: period.to });
      return t('exchange.programs.cumulativeUndated');
    case 'year':
      return period.since !== undefined
        ? t('exchange.programs.yearSince', { year: period.year, since: period.since })
        : t('exchange.programs.year', { year: period.year });
    case 'undated':
      return period.since !== undefined
        ? t('exchange.programs.undatedSince', { since: period.since })
        : t('exchange.programs.undated');
  }
}

/** The unit's name for a value (singular only for exactly one). */
export const unitText = (value: number | undefined, unit: ExchangeRecord['unit'], t: TFunction) =>
  value === 1 ? t(`exchange.unitsOne.${unit}`) : t(`exchange.unitsOther.${unit}`);

/** The figure as a number in the locale's writing, all digits kept; undefined when there is none to show. */
export function numberText(record: ExchangeRecord, locale: Locale): string | undefined {
  const value = shownValue(record);
  if (value === undefined) return undefined;
  return record.unit === 'usd_m' ? formatUsdMillions(value, locale) : formatNumber(value, locale);
}

/** "100 people", "18,356 visitors", or "No figure published". */
export function valueText(record: ExchangeRecord, t: TFunction, locale: Locale): string {
  const number = numberText(record, locale);
  if (number === undefined) return t('exchange.programs.noFigure');
  if (record.unit === 'usd_m') return number;
  // Korean writes the counter straight after the number: "100명".
  return `${number}${locale === 'ko' ? '' : ' '}${unitText(shownValue(record), record.unit, t)}`;
}

/** A charted value as a label, with "≈" / ">" when the source says "about" / "more than". */
export function labelFor(point: CommunityPoint, locale: Locale) {
  const { approximate, lowerBound } = point.record.qualifiers;
  return `${approximate ? '≈ ' : ''}${lowerBound ? '> ' : ''}${formatNumber(point.value, locale)}`;
}

/** A span of years as a subtitle writes it: "1985–2021", "2005"; in Korean "1985~2021년", "2005년". */
export function yearsText(from: number, to: number, locale: Locale): string {
  if (locale === 'ko') return from === to ? `${from}년` : `${from}~${to}년`;
  return from === to ? String(from) : `${from}–${to}`;
}

/** The columns both exchange CSVs end with: the figure, its unit, qualifiers, conflict, note, the quote, sources. */
export const EXCHANGE_CSV_TAIL = [
  'table.value',
  'exchange.table.unit',
  'table.qualifiers',
  'exchange.table.conflict',
  'table.note',
  'exchange.table.quote',
] as const;

/** The cells of `EXCHANGE_CSV_TAIL`, then the source cells. */
export function exchangeCsvTail(
  value: number | undefined,
  record: ExchangeRecord,
  tools: { t: TFunction; locale: Locale; pick: (text: LocalizedText) => string; sources: Map<string, Source> },
) {
  const { t, locale, pick, sources } = tools;
  return [
    value ?? '',
    unitText(value, record.unit, t),
    ...figureCells(record, t, locale, pick),
    record.quote ?? '',
    ...sourceCells(sources, record.sourceIds),
  ];
}
