import { SourcesFold } from '@/components/sources-fold.tsx';
import { useMemo } from 'react';
import { SectionPanel } from '@/components/section-panel.tsx';
import { ChartFrame } from '@/components/chart-frame.tsx';
import { EmptyState } from '@/components/empty-state.tsx';
import { QueryState } from '@/components/query-state.tsx';
import { RenderWhenNear } from '@/components/render-when-near.tsx';
import { qualifierLabels } from '@/components/qualifier-labels.ts';
import { useHiddenSeries } from '@/components/use-hidden-series.ts';
import { useLocale } from '@/components/use-locale.ts';
import { sourceCells, useSourceLookup } from '@/components/use-source-lookup.ts';
import { matchesSectors } from '@/domain/filters.ts';
import { TOTAL_TRADE_CHART_HEIGHT } from '@/domain/total-trade-view.ts';
import { axisMilestones, FTA_IN_FORCE, ftaMilestone } from '@/domain/milestones.ts';
import { MESSAGES } from '@/i18n/index.ts';
import { useViewFilter } from '@/state/view-params.ts';
import { TradeChartSlot } from './trade-chart-slot.tsx';
import { TradeLegend } from './trade-legend.tsx';
import { TradeTable } from './trade-table.tsx';
import { useTradeTotals } from './use-trade-totals.ts';
import { csvHeader } from '@/components/csv-header.ts';
import { TRADE_RECORD_CSV } from './flows-format.ts';

/** About the legend's height (reporters, then milestones; Spanish is longest), on a wide screen and on a phone. */
const LEGEND_HEIGHT = 90;
const LEGEND_PHONE_HEIGHT = 300;
const CHART_ID = 'trade-total';

/** Used when timeline.json is unavailable: the FTA line must still be drawn. */
const FTA_FALLBACK = ftaMilestone({
  en: MESSAGES.en.trade.ftaLabel,
  es: MESSAGES.es.trade.ftaLabel,
  ko: MESSAGES.ko.trade.ftaLabel,
});

/** Total trade by year and reporting side, with the FTA and the other milestones marked. */
export function TradePanel() {
  const { t, locale } = useLocale();
  const sources = useSourceLookup();
  const [filter] = useViewFilter();
  const [hidden, toggle] = useHiddenSeries();
  const { totals: query, timeline } = useTradeTotals(filter);
  const span = query.data?.span;
  const events = timeline.data;
  const milestones = useMemo(() => {
    if (!span) return [];
    const found = events ? axisMilestones(events, span) : [];
    const hasFta = found.some((m) => m.date === FTA_IN_FORCE);
    return hasFta || span.from > 2011 || span.to < 2011 ? found : [...found, FTA_FALLBACK];
  }, [span, events]);
  const series = query.data?.series;
  const visible = useMemo(() => series?.filter((s) => !hidden.has(s.reporter)) ?? [], [series, hidden]);
  const title = t('trade.chartTitle');

  return (
    <SectionPanel
      id="trade"
      titleId="trade-section-title"
      title={t('sectors.trade')}
      shown={matchesSectors(['trade'], filter.sectors)}
    >
      <QueryState queries={[query]} what={title} height={TOTAL_TRADE_CHART_HEIGHT + 330}>
        {() => {
          const { span, series, records, sourceIds } = query.data!;
          if (!span || records.length === 0) return <EmptyState />;
          const ftaId = milestones.find((m) => m.date === FTA_IN_FORCE)?.id ?? FTA_FALLBACK.id;
          const shown = records.filter((r) => !hidden.has(r.reporter));
          return (
            <ChartFrame
              id={CHART_ID}
              title={title}
              subtitle={t('trade.chartSubtitle', { from: span.from, to: span.to })}
              height={TOTAL_TRADE_CHART_HEIGHT}
              chart={
                <>
                  <p className="visually-hidden">
                    {t('trade.chartDescription', { count: shown.length, from: span.from, to: span.to })}
                  </p>
                  <TradeChartSlot series={visible} span={span} milestones={milestones} ftaId={ftaId} />
                </>
              }
              table={<TradeTable caption={title} records={shown} testId={`table-${CHART_ID}`} />}
              csv={() => ({
                header: csvHeader(t, [...TRADE_RECORD_CSV, 'table.qualifiers']),
                rows: shown.map((r) => [
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
                  {/* With the chart it keys: its milestone dates are the page's first date formatting, which is slow. */}
                  <RenderWhenNear height={LEGEND_HEIGHT} phoneHeight={LEGEND_PHONE_HEIGHT}>
                    <TradeLegend series={series} hidden={hidden} onToggle={toggle} milestones={milestones} />
                  </RenderWhenNear>
                  <p className="chart-note">{t('trade.gapNote')}</p>
                  <p className="chart-note">{t('trade.differenceNote')}</p>
                </>
              }
              sources={<SourcesFold sourceIds={sourceIds} />}
            />
          );
        }}
      </QueryState>
    </SectionPanel>
  );
}
