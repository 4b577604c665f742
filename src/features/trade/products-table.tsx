import { DataTable, type Column } from '@/components/data-table.tsx';
import { useFigureColumns } from '@/components/figure-columns.tsx';
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
  const fig = useFigureColumns((r: ProductRecord) => r);
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
    fig.qualifiers(),
    {
      key: 'charted',
      header: t('tradeDetail.table.charted'),
      cell: (r) => (r.qualifiers.unusable ? t('tradeDetail.table.chartedNo') : t('tradeDetail.table.chartedYes')),
    },
    fig.source(true),
  ];
  return <DataTable caption={caption} columns={columns} rows={records} testId={testId} />;
}
