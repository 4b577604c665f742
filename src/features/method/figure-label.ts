import type { TFunction } from 'i18next';
import type { Locale, LocalizedText } from '@/data/schema/common.ts';
import type { DatasetEntry } from '@/domain/dataset-entries.ts';
import { formatNumber, formatPartialDate, formatPercent, formatUsdMillions } from '@/i18n/format.ts';

/** What a record states, in words the reader can compare with its neighbours: the value, what it is, and when. */
export interface FigureLabel {
  /** The number as published, formatted for the locale; undefined when the record gives none. */
  value?: string;
  what: string;
  when?: string;
}

type Pick = (text: LocalizedText) => string;

const span = (t: TFunction, from: number | undefined, to: number | undefined) =>
  from !== undefined && to !== undefined && from !== to
    ? t('method.figure.range', { from, to })
    : to !== undefined
      ? String(to)
      : from !== undefined
        ? String(from)
        : undefined;

/** A count in its unit ("1,000 people", "No. 4"); a plain formatted number for counts without a unit word. */
function unitValue(t: TFunction, locale: Locale, value: number | undefined, unit: string): string | undefined {
  if (value === undefined) return undefined;
  const n = formatNumber(value, locale);
  switch (unit) {
    case 'usd_m':
      return formatUsdMillions(value, locale);
    case 'usd_m_per_year':
      return t('method.figure.perYear', { value: formatUsdMillions(value, locale) });
    case 'percent':
      return formatPercent(value, locale);
    case 'rank':
      return t('method.figure.rank', { n });
    case 'people':
    case 'places':
    case 'visitors':
    case 'institutions':
    case 'years':
      return t(`method.figure.${unit}`, { n });
    default:
      return n;
  }
}

/** Describes any record of the dataset as a figure: every number as published, nothing computed. */
export function figureLabel(entry: DatasetEntry, t: TFunction, locale: Locale, pick: Pick): FigureLabel {
  const usd = (v: number | undefined) => (v === undefined ? undefined : formatUsdMillions(v, locale));
  switch (entry.collection) {
    case 'tradeAnnual': {
      const r = entry.record;
      return { value: usd(r.valueUsdM), what: t(`flows.${r.flow}`), when: String(r.year) };
    }
    case 'tradeFacts': {
      const r = entry.record;
      return {
        value: unitValue(t, locale, r.value, r.unit),
        what: pick(r.label),
        when: r.date ? formatPartialDate(r.date, locale) : r.year !== undefined ? String(r.year) : undefined,
      };
    }
    case 'products': {
      const r = entry.record;
      const parts = [
        usd(r.valueUsdM),
        r.sharePct !== undefined
          ? r.shareOf
            ? t('method.figure.shareOf', { share: formatPercent(r.sharePct, locale), base: pick(r.shareOf) })
            : formatPercent(r.sharePct, locale)
          : undefined,
      ].filter(Boolean);
      return {
        value: parts.length ? parts.join(' · ') : undefined,
        what: `${pick(r.product)} — ${t(`flows.${r.direction}`)}`,
        when: String(r.year),
      };
    }
    case 'investmentStatements': {
      const r = entry.record;
      const asOf = formatPartialDate(r.asOf, locale);
      return {
        value: usd(r.valueUsdM),
        what: pick(r.measure),
        when: r.sinceYear !== undefined ? t('method.figure.range', { from: r.sinceYear, to: asOf }) : asOf,
      };
    }
    case 'investmentProjects': {
      const r = entry.record;
      return {
        value: usd(r.amountUsdM),
        what: `${r.company} — ${pick(r.project)} (${pick(r.dealTypeDetail)})`,
        when: r.year !== undefined ? String(r.year) : undefined,
      };
    }
    case 'aidStatements': {
      const r = entry.record;
      const parts = [usd(r.valueUsdM), r.sharePct !== undefined ? formatPercent(r.sharePct, locale) : undefined];
      return {
        value: parts.filter(Boolean).join(' · ') || undefined,
        what: pick(r.measure),
        when: span(t, r.sinceYear, r.year),
      };
    }
    case 'aidProjects': {
      const r = entry.record;
      return {
        value: usd(r.budgetUsdM),
        what: `${pick(r.title)} (${r.region})`,
        when: span(t, r.startYear, r.endYear),
      };
    }
    case 'exchange': {
      const r = entry.record;
      return {
        value: unitValue(t, locale, r.value, r.unit),
        what: `${pick(r.programName)} — ${pick(r.metric)}`,
        when: span(t, r.sinceYear, r.year),
      };
    }
    case 'timeline': {
      const r = entry.record;
      return { what: pick(r.title), when: formatPartialDate(r.date, locale) };
    }
    case 'headlines': {
      const r = entry.record;
      return {
        value: unitValue(t, locale, r.value, r.unit),
        what: `${pick(r.statement)} (${pick(r.statedBy)})`,
        when: formatPartialDate(r.statedOn, locale),
      };
    }
  }
}
