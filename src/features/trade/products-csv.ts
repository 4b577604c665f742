import type { TFunction } from 'i18next';
import { qualifierCells } from '@/components/qualifier-labels.ts';
import { sourceCells, sourceHeaders } from '@/components/use-source-lookup.ts';
import type { Locale, LocalizedText } from '@/data/schema/common.ts';
import type { ProductRecord } from '@/data/schema/products.ts';
import type { Source } from '@/data/schema/sources.ts';
import { formatPeriod } from './flows-format.ts';

/** The CSV of a product table: the same rows, numbers unformatted, with the source columns. */
export function productCsv(
  records: readonly ProductRecord[],
  t: TFunction,
  locale: Locale,
  pick: (text: LocalizedText) => string,
  sources: Map<string, Source>,
) {
  return {
    header: [
      t('table.year'),
      t('tradeDetail.table.period'),
      t('tradeDetail.table.product'),
      t('tradeDetail.table.group'),
      t('table.valueUsdM'),
      t('tradeDetail.table.share'),
      t('tradeDetail.table.shareOf'),
      t('table.side'),
      t('table.qualifiers'),
      t('tradeDetail.table.conflictNote'),
      t('table.note'),
      t('tradeDetail.table.charted'),
      ...sourceHeaders(t),
    ],
    rows: records.map((r) => [
      r.year,
      formatPeriod(r.year, r.qualifiers, t, locale),
      pick(r.product),
      t(`tradeDetail.groups.${r.group}`),
      r.valueUsdM,
      r.sharePct,
      r.shareOf ? pick(r.shareOf) : '',
      t(`reporters.${r.reporter}`),
      ...qualifierCells(r.qualifiers, t, locale, pick),
      r.note ? pick(r.note) : '',
      r.qualifiers.unusable ? t('tradeDetail.table.chartedNo') : t('tradeDetail.table.chartedYes'),
      ...sourceCells(sources, r.sourceIds),
    ]),
  };
}
