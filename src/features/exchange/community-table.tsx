import { DataTable, type Column } from '@/components/data-table.tsx';
import { qualifierLabels } from '@/components/qualifier-labels.ts';
import { SourceLine } from '@/components/source-line.tsx';
import { useLocale } from '@/components/use-locale.ts';
import type { CommunityPoint } from '@/domain/exchange.ts';
import { formatNumber } from '@/i18n/format.ts';

/** Every charted community figure, one row each, with what it counts, its qualifiers, note and source. */
export function CommunityTable({ caption, points }: { caption: string; points: readonly CommunityPoint[] }) {
  const { t, locale, pick } = useLocale();
  const columns: Column<CommunityPoint>[] = [
    { key: 'year', header: t('table.year'), cell: (p) => p.year },
    {
      key: 'value',
      header: t('exchange.community.valueAxis'),
      cell: (p) => formatNumber(p.value, locale),
      numeric: true,
    },
    { key: 'metric', header: t('exchange.table.metric'), cell: (p) => pick(p.record.metric) },
    {
      key: 'qualifiers',
      header: t('table.qualifiers'),
      cell: (p) => (
        <>
          {qualifierLabels(p.record.qualifiers, t, locale).join(', ')}
          {p.record.qualifiers.conflict && (
            <span className="exchange-table__conflict">{pick(p.record.qualifiers.conflict)}</span>
          )}
        </>
      ),
    },
    { key: 'note', header: t('table.note'), cell: (p) => (p.record.note ? pick(p.record.note) : '') },
    { key: 'source', header: t('table.source'), cell: (p) => <SourceLine sourceIds={p.record.sourceIds} /> },
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
