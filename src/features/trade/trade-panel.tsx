import { lazy, Suspense } from 'react';
import { useQuery } from '@tanstack/react-query';
import { REPORTER_STYLE } from '@/components/chart-palette.ts';
import { ChartFrame } from '@/components/chart-frame.tsx';
import { PanelLoading } from '@/components/panel-status.tsx';
import { QueryState } from '@/components/query-state.tsx';
import { SourceLine } from '@/components/source-line.tsx';
import { useLocale } from '@/components/use-locale.ts';
import { tradeQuery } from '@/data/queries.ts';
import type { TradeFile } from '@/data/schema/trade.ts';
import { FTA_IN_FORCE } from '@/domain/milestones.ts';
import { tradeSeriesByReporter, tradeYearSpan } from '@/domain/trade-series.ts';
import { formatPartialDate } from '@/i18n/format.ts';

/** Recharts is loaded on demand, so the headline figures paint before any chart code arrives. */
const TradeChart = lazy(() => import('./trade-chart.tsx'));
const CHART_HEIGHT = 380;

const selectTotals = (file: TradeFile) => {
  const span = tradeYearSpan(file.annual, 'total');
  const series = tradeSeriesByReporter(file.annual, 'total');
  const sourceIds = [...new Set(series.flatMap((s) => s.points.map((p) => p.record.sourceIds[0]!)))];
  return { span, series, sourceIds, count: series.reduce((n, s) => n + s.points.length, 0) };
};

/** Total trade by year and reporting side, with the FTA marked. */
export function TradePanel() {
  const { t, locale } = useLocale();
  const query = useQuery({ ...tradeQuery(), select: selectTotals });
  const title = t('trade.chartTitle');
  return (
    <section className="panel" aria-labelledby="trade-section-title" id="trade">
      <h2 id="trade-section-title" className="section-title">
        {t('sectors.trade')}
      </h2>
      <QueryState queries={[query]} what={title} height={CHART_HEIGHT + 160}>
        {() => {
          const { span, series, sourceIds, count } = query.data!;
          if (!span) return <p>{t('status.noData')}</p>;
          return (
            <ChartFrame
              id="trade-total"
              title={title}
              subtitle={t('trade.chartSubtitle', { from: span.from, to: span.to })}
              height={CHART_HEIGHT}
              notes={
                <>
                  <ul className="legend" aria-label={title}>
                    {series.map((s) => (
                      <li key={s.reporter} className={`legend__item legend__item--${REPORTER_STYLE[s.reporter].shape}`}>
                        <span className="legend__swatch" style={{ background: REPORTER_STYLE[s.reporter].color }} aria-hidden="true" />
                        {t(`reporters.${s.reporter}`)} ({s.points.length})
                      </li>
                    ))}
                    <li className="legend__item legend__item--event">
                      <span className="legend__event" aria-hidden="true" />
                      {t('trade.ftaDescription', { date: formatPartialDate(FTA_IN_FORCE, locale) })}
                    </li>
                  </ul>
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
            >
              <p className="visually-hidden">{t('trade.chartDescription', { count, from: span.from, to: span.to })}</p>
              <Suspense fallback={<PanelLoading what={title} height={CHART_HEIGHT} />}>
                <TradeChart series={series} span={span} />
              </Suspense>
            </ChartFrame>
          );
        }}
      </QueryState>
    </section>
  );
}
