import { DataTable, type Column } from '@/components/data-table.tsx';
import { useFigureColumns } from '@/components/figure-columns.tsx';
import { useLocale } from '@/components/use-locale.ts';
import type { TimelineEvent } from '@/data/schema/timeline.ts';
import { DateTime } from '@/components/date-time.tsx';

/** The list view of the timeline: every shown event with its date at its own precision, and its source. */
export function TimelineTable({ caption, events }: { caption: string; events: readonly TimelineEvent[] }) {
  const { t, pick } = useLocale();
  const fig = useFigureColumns((e: TimelineEvent) => e);
  const columns: Column<TimelineEvent>[] = [
    {
      key: 'date',
      header: t('table.date'),
      cell: (e) => <DateTime date={e.date} className="timeline-table__date" />,
    },
    { key: 'category', header: t('timeline.table.category'), cell: (e) => t(`timeline.categories.${e.category}`) },
    {
      key: 'title',
      header: t('timeline.table.title'),
      cell: (e) =>
        e.milestone ? (
          <>
            <strong>{pick(e.title)}</strong> <span className="timeline-milestone-tag">{t('timeline.milestone')}</span>
          </>
        ) : (
          pick(e.title)
        ),
    },
    { key: 'description', header: t('timeline.table.description'), cell: (e) => pick(e.description) },
    fig.qualifiers('timeline-table__conflict'),
    fig.source(),
  ];
  return <DataTable caption={caption} columns={columns} rows={events} testId="table-timeline-events" />;
}
