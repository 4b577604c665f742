import { lazy, Suspense } from 'react';
import { useQuery } from '@tanstack/react-query';
import { ChartFrame } from '@/components/chart-frame.tsx';
import { PanelLoading } from '@/components/panel-status.tsx';
import { QueryState } from '@/components/query-state.tsx';
import { SourceLine } from '@/components/source-line.tsx';
import { useLocale } from '@/components/use-locale.ts';
import { qualifierLabels } from '@/components/qualifier-labels.ts';
import { sourceCells, useSourceLookup } from '@/components/use-source-lookup.ts';
import { tradeQuery } from '@/data/queries.ts';
import type { TradeFile } from '@/data/schema/trade.ts';
import { tradeSeriesByReporter, tradeYearSpan } from '@/domain/trade-series.ts';
import { TradeLegend } from './trade-legend.tsx';
import { TradeTable } from './trade-table.tsx';

/** Recharts is loaded on demand, so the headline figures paint before any chart code arrives. */
const TradeChart = lazy(() => import('./trade-chart.tsx'));
const CHART_HEIGHT = 380;

const selectTotals = (file: TradeFile) => {
  const span = tradeYearSpan(file.annual, 'total');
  const series = tradeSeriesByReporter(file.annual, 'total');
  const records = series.flatMap((s) => s.points.map((p) => p.record)).sort((a, b) => a.year - b.year);
  const sourceIds = [...new Set(records.map((r) => r.sourceIds[0]!))];
  return { span, series, records, sourceIds };
};

/** Total trade by year and reporting side, with the FTA marked. */
export function TradePanel() {
  const { t, locale } = useLocale();
  const sources = useSourceLookup();
  const query = useQuery({ ...tradeQuery(), select: selectTotals });
  const title = t('trade.chartTitle');
  return (
    <section className="panel" aria-labelledby="trade-section-title" id="trade">
      <h2 id="trade-section-title" className="section-title">
        {t('sectors.trade')}
      </h2>
      <QueryState queries={[query]} what={title} height={CHART_HEIGHT + 160}>
        {() => {
          const { span, series, records, sourceIds } = query.data!;
          if (!span) return <p>{t('status.noData')}</p>;
          return (
            <ChartFrame
              id="trade-total"
              title={title}
              subtitle={t('trade.chartSubtitle', { from: span.from, to: span.to })}
              height={CHART_HEIGHT}
              chart={
                <>
                  <p className="visually-hidden">
                    {t('trade.chartDescription', { count: records.length, from: span.from, to: span.to })}
                  </p>
                  <Suspense fallback={<PanelLoading what={title} height={CHART_HEIGHT} />}>
                    <TradeChart series={series} span={span} />
                  </Suspense>
                </>
              }
              table={<TradeTable caption={title} records={records} testId="table-trade-total" />}
              csv={() => ({
                header: [
                  t('table.year'),
                  t('table.flow'),
                  t('table.valueUsdM'),
                  t('table.side'),
                  t('table.agency'),
                  t('table.qualifiers'),
                  t('table.sourcePublisher'),
                  t('table.sourceTitle'),
                  t('table.sourceDate'),
                  t('table.sourceUrl'),
                ],
                rows: records.map((r) => [
                  r.year,
                  t(`flows.${r.flow}`),
                  r.valueUsdM,
                  t(`reporters.${r.reporter}`),
                  r.agency,
                  qualifierLabels(r.qualifiers, t, locale).join('; '),
                  ...sourceCells(sources, r.sourceIds),
                ]),
              })}
              notes={
                <>
                  <TradeLegend series={series} />
                  <p className="chart-note">{t('trade.gapNote')}</p>
                  <p className="chart-note">{t('trade.differenceNote')}</p>
                </>
              }
              sources={
                <details className="chart-sources">
                  <summary>
                    {t('source.labelPlural')} ({sourceIds.length})
                  </summary>
                  <SourceLine sourceIds={sourceIds} />
                </details>
              }
            />
          );
        }}
      </QueryState>
    </section>
  );
}
