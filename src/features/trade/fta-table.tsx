import { DataTable, type Column } from '@/components/data-table.tsx';
import { useFigureColumns } from '@/components/figure-columns.tsx';
import { useLocale } from '@/components/use-locale.ts';
import type { TradeFact } from '@/data/schema/trade.ts';
import { factPeriod, factValue } from './fta-format.ts';

/** Every FTA fact in the filter, one row each: kind, what, the figure, when, about whom, qualifiers, source. */
export function FtaTable({ caption, facts, testId }: { caption: string; facts: readonly TradeFact[]; testId: string }) {
  const { t, locale, pick } = useLocale();
  const fig = useFigureColumns((f: TradeFact) => f);
  const columns: Column<TradeFact>[] = [
    { key: 'kind', header: t('tradeDetail.table.kind'), cell: (f) => t(`tradeDetail.fta.kinds.${f.kind}`) },
    { key: 'fact', header: t('tradeDetail.table.fact'), cell: (f) => pick(f.label) },
    { key: 'value', header: t('table.value'), numeric: true, cell: (f) => factValue(f, t, locale) || '—' },
    { key: 'period', header: t('tradeDetail.table.period'), cell: (f) => factPeriod(f, t, locale) || '—' },
    {
      key: 'party',
      header: t('tradeDetail.table.party'),
      cell: (f) => (f.party ? t(`tradeDetail.fta.party.${f.party}`) : ''),
    },
    fig.qualifiers(),
    fig.source(true),
  ];
  return <DataTable caption={caption} columns={columns} rows={facts} testId={testId} />;
}
