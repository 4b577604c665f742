import { DataTable, type Column } from '@/components/data-table.tsx';
import { qualifierLabels } from '@/components/qualifier-labels.ts';
import { SourceLine } from '@/components/source-line.tsx';
import { useLocale } from '@/components/use-locale.ts';
import type { ProductRecord } from '@/data/schema/products.ts';
import { formatFigure, formatPeriod } from './flows-format.ts';

/** Every product record behind a frame, charted or not, with its value and/or share, side, qualifiers and source. */
export function ProductTable({
  caption,
  records,
  testId,
}: {
  caption: string;
  records: readonly ProductRecord[];
  testId: string;
}) {
  const { t, locale, pick } = useLocale();
  const columns: Column<ProductRecord>[] = [
    {
      key: 'period',
      header: t('tradeDetail.table.period'),
      cell: (r) => formatPeriod(r.year, r.qualifiers, t, locale),
    },
    { key: 'product', header: t('tradeDetail.table.product'), cell: (r) => pick(r.product) },
    { key: 'group', header: t('tradeDetail.table.group'), cell: (r) => t(`tradeDetail.groups.${r.group}`) },
    {
      key: 'value',
      header: t('table.value'),
      numeric: true,
      cell: (r) => (r.valueUsdM === undefined ? '—' : formatFigure(r.valueUsdM, 'usd_m', r.qualifiers, t, locale)),
    },
    {
      key: 'share',
      header: t('tradeDetail.table.share'),
      numeric: true,
      cell: (r) => (r.sharePct === undefined ? '—' : formatFigure(r.sharePct, 'percent', r.qualifiers, t, locale)),
    },
    { key: 'shareOf', header: t('tradeDetail.table.shareOf'), cell: (r) => (r.shareOf ? pick(r.shareOf) : '') },
    { key: 'side', header: t('table.side'), cell: (r) => t(`reporters.${r.reporter}`) },
    {
      key: 'qualifiers',
      header: t('table.qualifiers'),
      cell: (r) => qualifierLabels(r.qualifiers, t, locale).join(', '),
    },
    {
      key: 'charted',
      header: t('tradeDetail.table.charted'),
      cell: (r) => (r.qualifiers.unusable ? t('tradeDetail.table.chartedNo') : t('tradeDetail.table.chartedYes')),
    },
    { key: 'source', header: t('table.source'), cell: (r) => <SourceLine sourceIds={r.sourceIds} primaryOnly /> },
  ];
  return <DataTable caption={caption} columns={columns} rows={records} rowKey={(r) => r.id} testId={testId} />;
}
