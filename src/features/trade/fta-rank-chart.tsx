import { memo, useMemo } from 'react';
import { useLocale } from '@/components/use-locale.ts';
import type { RankSeries } from '@/domain/fta-facts.ts';
import type { YearRange } from '@/domain/trade-series.ts';
import { rankChartView, type PlacedRank } from '@/domain/year-scatter-view.ts';
import { FactScatterChart } from './fact-scatter-chart.tsx';
import { TradeTooltip } from './trade-tooltip.tsx';

export const RANK_CHART_HEIGHT = 260;

interface RankChartProps {
  ranks: RankSeries[];
  span: YearRange;
  maxRank: number;
  hidden: ReadonlySet<string>;
}

/**
 * Korea's rank among Peru's trading partners by year, rank 1 at the top, one marker per statement (two sources for the
 * same year stand side by side, conflicting or not); hollow markers cover part of a year.
 */
function RankChart({ ranks, span, maxRank, hidden }: RankChartProps) {
  const { t } = useLocale();
  const view = useMemo(() => rankChartView(ranks, span, maxRank), [ranks, span, maxRank]);
  return (
    <FactScatterChart
      height={RANK_CHART_HEIGHT}
      initialWidth={700}
      axis={view}
      yAxis={{ ...view.valueAxis, tickFormatter: String }}
      series={view.series.map((s) => ({ ...s, key: s.scope, name: t(`tradeDetail.fta.rankScopes.${s.scope}`) }))}
      hidden={hidden}
      tooltip={(point: PlacedRank) => <RankTooltip point={point} />}
    />
  );
}

function RankTooltip({ point }: { point: PlacedRank }) {
  const { t, pick } = useLocale();
  return (
    <TradeTooltip
      title={pick(point.fact.label)}
      value={point.rank}
      unit="rank"
      year={point.year}
      rows={[[t('tradeDetail.tooltip.scope'), t(`tradeDetail.fta.rankScopes.${point.scope}`)]]}
      figure={point.fact}
    />
  );
}

export default memo(RankChart);
