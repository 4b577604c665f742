import { memo, useMemo } from 'react';
import { useLocale } from '@/components/use-locale.ts';
import type { KoreaShareView } from '@/domain/products.ts';
import { shareChartView, type PlacedShare } from '@/domain/year-scatter-view.ts';
import { formatPercent } from '@/i18n/format.ts';
import { sideLabel } from './flows-format.ts';
import { FactScatterChart } from './fact-scatter-chart.tsx';
import { TradeTooltip } from './trade-tooltip.tsx';

export const SHARE_CHART_HEIGHT = 320;

interface ShareChartProps {
  view: KoreaShareView;
  hidden: ReadonlySet<string>;
}

/**
 * Korea's share of Peru's import market for each product, one marker per published share: no lines, so a missing year
 * stays empty; hollow markers cover part of a year. Series of one year stand slightly apart so none hides another.
 */
function KoreaShareChart({ view, hidden }: ShareChartProps) {
  const { locale } = useLocale();
  const chart = useMemo(() => shareChartView(view), [view]);
  const yTick = useMemo(() => (v: number) => formatPercent(v, locale), [locale]);
  return (
    <FactScatterChart
      height={SHARE_CHART_HEIGHT}
      axis={chart}
      yAxis={{ ...chart.valueAxis, tickFormatter: yTick }}
      series={chart.series.map((s, index) => ({ key: s.family, name: s.family, points: s.points, index }))}
      hidden={hidden}
      tooltip={(point: PlacedShare) => <ShareTooltip point={point} />}
    />
  );
}

function ShareTooltip({ point }: { point: PlacedShare }) {
  const { t, pick } = useLocale();
  const { record } = point;
  return (
    <TradeTooltip
      title={pick(record.product)}
      value={point.sharePct}
      unit="percent"
      year={record.year}
      rows={[
        ...(record.shareOf ? [[t('tradeDetail.tooltip.of'), pick(record.shareOf)] as const] : []),
        [t('tradeDetail.tooltip.side'), sideLabel(record.reporter, undefined, t)],
      ]}
      figure={record}
    />
  );
}

export default memo(KoreaShareChart);
