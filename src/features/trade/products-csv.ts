import type { TFunction } from 'i18next';
import { figureCells } from '@/components/qualifier-labels.ts';
import { sourceCells } from '@/components/use-source-lookup.ts';
import type { Locale, LocalizedText } from '@/data/schema/common.ts';
import type { ProductRecord } from '@/data/schema/products.ts';
import type { Source } from '@/data/schema/sources.ts';
import { formatPeriod } from './flows-format.ts';
import { csvHeader } from '@/components/csv-header.ts';

/** The CSV of a product table: the same rows, numbers unformatted, with the source columns. */
export function productCsv(
  records: readonly ProductRecord[],
  t: TFunction,
  locale: Locale,
  pick: (text: LocalizedText) => string,
  sources: Map<string, Source>,
) {
  return {
    header: csvHeader(t, [
      'table.year',
      'tradeDetail.table.period',
      'tradeDetail.table.product',
      'tradeDetail.table.group',
      'table.valueUsdM',
      'tradeDetail.table.share',
      'tradeDetail.table.shareOf',
      'table.side',
      'table.qualifiers',
      'tradeDetail.table.conflictNote',
      'table.note',
      'tradeDetail.table.charted',
    ]),
    rows: records.map((r) => [
      r.year,
      formatPeriod(r.year, r.qualifiers, t, locale),
      pick(r.product),
      t(`tradeDetail.groups.${r.group}`),
      r.valueUsdM,
      r.sharePct,
      r.shareOf ? pick(r.shareOf) : '',
      t(`reporters.${r.reporter}`),
      ...figureCells(r, t, locale, pick),
      r.qualifiers.unusable ? t('tradeDetail.table.chartedNo') : t('tradeDetail.table.chartedYes'),
      ...sourceCells(sources, r.sourceIds),
    ]),
  };
}
