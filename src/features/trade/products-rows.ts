import type { TFunction } from 'i18next';
import type { Locale, LocalizedText, Reporter } from '@/data/schema/common.ts';
import type { ProductRecord } from '@/data/schema/products.ts';
import type { ShareBar, ValueBar } from '@/domain/products.ts';
import { qualifierLabels } from '@/components/qualifier-labels.ts';
import { formatFigure, formatPeriod } from './flows-format.ts';

/** One bar of a labelled bar list, with every text it shows already in the interface language. */
export interface BarRow {
  id: string;
  /** The product or group; shown on the first row of its product only. */
  title: string;
  showTitle: boolean;
  period: string;
  /** "US$121 million", "about 92.5%". */
  valueLabel: string;
  /** Qualifiers the value label does not already say (year inferred, sources differ, not verified), or ''. */
  flags: string;
  value: number;
  /** The scale the bar is drawn on: US$ (up to the largest bar) or percent (a 0–100 track). */
  unit: 'usd_m' | 'percent';
  /** Under the bar: what a share is a share of. */
  below?: string;
  reporter: Reporter;
  partial: boolean;
  record: ProductRecord;
}

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
