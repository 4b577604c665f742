import { DataTable, type Column } from '@/components/data-table.tsx';
import { useFigureColumns } from '@/components/figure-columns.tsx';
import { useLocale } from '@/components/use-locale.ts';
import type { CommunityPoint } from '@/domain/exchange.ts';
import { formatNumber } from '@/i18n/format.ts';

/** Every charted community figure, one row each, with what it counts, its qualifiers, note and source. */
export function CommunityTable({ caption, points }: { caption: string; points: readonly CommunityPoint[] }) {
  const { t, locale, pick } = useLocale();
  const fig = useFigureColumns((p: CommunityPoint) => p.record);
  const columns: Column<CommunityPoint>[] = [
    { key: 'year', header: t('table.year'), cell: (p) => p.year },
    {
      key: 'value',
      header: t('exchange.community.valueAxis'),
      cell: (p) => formatNumber(p.value, locale),
      numeric: true,
    },
    { key: 'metric', header: t('exchange.table.metric'), cell: (p) => pick(p.record.metric) },
    fig.qualifiers('exchange-table__conflict'),
    fig.note,
    fig.source(),
  ];
  return (
    <DataTable
      caption={caption}
      columns={columns}
      rows={points}
      rowKey={(p) => p.record.id}
      testId="table-exchange-community"
    />
  );
}
