import { DataTable, type Column } from '@/components/data-table.tsx';
import { useFigureColumns } from '@/components/figure-columns.tsx';
import { useLocale } from '@/components/use-locale.ts';
import type { ExchangeRecord } from '@/data/schema/exchange.ts';
import { numberText, periodText, unitText } from './exchange-format.ts';
import { shownValue } from '@/domain/exchange.ts';

/** Every program figure, grouped by program: what is counted, the period, the value, qualifiers, note and source. */
export function ProgramsTable({ caption, records }: { caption: string; records: readonly ExchangeRecord[] }) {
  const { t, locale, pick } = useLocale();
  const fig = useFigureColumns((r: ExchangeRecord) => r);
  const columns: Column<ExchangeRecord>[] = [
    { key: 'program', header: t('exchange.table.program'), cell: (r) => pick(r.programName) },
    { key: 'metric', header: t('exchange.table.metric'), cell: (r) => pick(r.metric) },
    { key: 'period', header: t('exchange.table.period'), cell: (r) => periodText(r, t) },
    {
      key: 'value',
      header: t('table.value'),
      cell: (r) => numberText(r, locale) ?? <span className="exchange-muted">{t('exchange.programs.noFigure')}</span>,
      numeric: true,
    },
    { key: 'unit', header: t('exchange.table.unit'), cell: (r) => unitText(shownValue(r), r.unit, t) },
    fig.qualifiers('exchange-table__conflict'),
    fig.note,
    fig.source(),
  ];
  return <DataTable caption={caption} columns={columns} rows={records} testId="table-exchange-programs" />;
}
