import { DataTable, type Column } from '@/components/data-table.tsx';
import { useFigureColumns } from '@/components/figure-columns.tsx';
import { useLocale } from '@/components/use-locale.ts';
import type { TradeRecord } from '@/data/schema/trade.ts';
import { formatUsdMillions } from '@/i18n/format.ts';

/** Every published figure behind a trade chart, one row each, with side, qualifiers and source. */
export function TradeTable({
  caption,
  records,
  testId,
}: {
  caption: string;
  records: readonly TradeRecord[];
  testId: string;
}) {
  const { t, locale } = useLocale();
  const fig = useFigureColumns((r: TradeRecord) => r);
  const columns: Column<TradeRecord>[] = [
    { key: 'year', header: t('table.year'), cell: (r) => r.year },
    { key: 'flow', header: t('table.flow'), cell: (r) => t(`flows.${r.flow}`) },
    { key: 'value', header: t('table.value'), cell: (r) => formatUsdMillions(r.valueUsdM, locale), numeric: true },
    {
      key: 'side',
      header: t('table.side'),
      cell: (r) => t(`reporters.${r.reporter}`) + (r.agency ? ` (${r.agency})` : ''),
    },
    fig.qualifiers(),
    fig.source(true),
  ];
  return <DataTable caption={caption} columns={columns} rows={records} testId={testId} />;
}
