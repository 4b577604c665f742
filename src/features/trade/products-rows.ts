import type { TFunction } from 'i18next';
import type { Locale, LocalizedText } from '@/data/schema/common.ts';
import type { ProductRecord } from '@/data/schema/products.ts';
import type { BarRow } from '@/domain/product-bars-layout.ts';
import type { ShareBar, ValueBar } from '@/domain/products.ts';
import { qualifierLabels } from '@/components/qualifier-labels.ts';
import { formatFigure, formatPeriod } from './flows-format.ts';

type Pick = (text: LocalizedText) => string;

/** The qualifiers a bar's own words (period, "about", "more than") do not carry, as short labels. */
function flags(record: ProductRecord, t: TFunction, locale: Locale): string {
  const { yearInferred, notVerified, conflict } = record.qualifiers;
  return qualifierLabels({ yearInferred, notVerified, conflict }, t, locale).join(' · ');
}

export function valueRows(bars: readonly ValueBar[], t: TFunction, locale: Locale, pick: Pick): BarRow[] {
  return bars.map((b) => ({
    id: b.id,
    title: pick(b.record.product),
    showTitle: b.firstOfFamily,
    period: formatPeriod(b.record.year, b.record.qualifiers, t, locale),
    valueLabel: formatFigure(b.valueUsdM, 'usd_m', b.record.qualifiers, t, locale),
    flags: flags(b.record, t, locale),
    value: b.valueUsdM,
    unit: 'usd_m',
    reporter: b.record.reporter,
    partial: b.partial,
    record: b.record,
  }));
}

export function shareRows(bars: readonly ShareBar[], t: TFunction, locale: Locale, pick: Pick): BarRow[] {
  return bars.map((b) => {
    // A share bar sits on a 0–100 % track: its qualifiers go under it, with its base, to keep the track wide.
    const base = b.record.shareOf ? t('tradeDetail.products.base', { base: pick(b.record.shareOf) }) : '';
    const below = [base, flags(b.record, t, locale)].filter(Boolean).join(' · ');
    return {
      id: `${b.id}-share`,
      title: pick(b.record.product),
      showTitle: true,
      period: formatPeriod(b.record.year, b.record.qualifiers, t, locale),
      valueLabel: formatFigure(b.sharePct, 'percent', b.record.qualifiers, t, locale),
      flags: '',
      value: b.sharePct,
      unit: 'percent',
      below: below || undefined,
      reporter: b.record.reporter,
      partial: b.partial,
      record: b.record,
    };
  });
}
