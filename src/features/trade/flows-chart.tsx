import { memo, useMemo } from 'react';
import { ReferenceArea, ReferenceLine } from 'recharts';
import { REPORTER_STYLE } from '@/components/chart-palette.ts';
import { ChartTooltip } from '@/components/chart/chart-tooltip.tsx';
import { YearScatterChart } from '@/components/chart/year-scatter-chart.tsx';
import { useLocale } from '@/components/use-locale.ts';
import { type FlowPanel, type FlowPoint, type NiceScale } from '@/domain/trade-flows.ts';
import type { YearRange } from '@/domain/trade-series.ts';
import { yearScatterAxis } from '@/domain/year-scatter-view.ts';
import { formatUsdAxis } from '@/i18n/format.ts';
import { formatFigure, sideLabel } from './flows-format.ts';

export const FLOW_PANEL_HEIGHT = 250;

interface FlowPanelChartProps {
  panel: FlowPanel;
  span: YearRange;
  scale: NiceScale;
  hidden: ReadonlySet<string>;
}

/**
 * One flow as markers by reporting side on a shared value scale: no line joins the years, so a gap stays visible; the
 * years where Korea's and Peru's figures differ are shaded and marked "≠" (the note under the panel says why).
 */
function FlowPanelChart({ panel, span, scale, hidden }: FlowPanelChartProps) {
  const { t, locale } = useLocale();
  const axis = useMemo(() => yearScatterAxis(span, 0.6, 7), [span]);
  const yTick = useMemo(() => (v: number) => formatUsdAxis(v, locale), [locale]);
  const series = panel.series.map((s) => ({
    key: s.reporter,
    name: t(`reporters.${s.reporter}`),
    points: s.points,
    style: REPORTER_STYLE[s.reporter],
    className: `td-series td-series--${s.reporter}`,
  }));
  return (
    <YearScatterChart
      height={FLOW_PANEL_HEIGHT}
      initialWidth={400}
      margin={{ top: 26, right: 12, bottom: 4, left: 0 }}
      axis={axis}
      yAxis={{
        dataKey: 'valueUsdM',
        domain: scale.domain,
        ticks: scale.ticks,
        tickFormatter: yTick,
        width: locale === 'es' ? 78 : 58,
      }}
      ftaLabel={t('tradeDetail.ftaShort')}
      series={series}
      hidden={hidden}
      tooltip={(point: FlowPoint) => <FlowTooltip point={point} />}
      under={panel.differences.map((d) => (
        <ReferenceArea
          key={d.year}
          x1={d.year - 0.45}
          x2={d.year + 0.45}
          fill="var(--td-differ-bg)"
          fillOpacity={1}
          stroke="var(--td-differ-line)"
          strokeDasharray="3 3"
          label={{
            value: t('tradeDetail.flows.differMark'),
            position: 'insideTop',
            fill: 'var(--text)',
            fontSize: 15,
            fontWeight: 700,
          }}
        />
      ))}
      over={scale.domain[0] < 0 && <ReferenceLine y={0} stroke="var(--axis)" strokeWidth={1.5} />}
    />
  );
}

function FlowTooltip({ point }: { point: FlowPoint }) {
  const { t, locale } = useLocale();
  const { record } = point;
  return (
    <ChartTooltip
      primaryOnly
      value={formatFigure(record.valueUsdM, 'usd_m', record.qualifiers, t, locale)}
      title={t(`tradeDetail.flowNames.${record.flow as FlowPanel['flow']}`)}
      rows={[
        [t('tradeDetail.tooltip.year'), String(record.year)],
        [t('tradeDetail.tooltip.side'), sideLabel(record.reporter, record.agency, t)],
      ]}
      figure={record}
    />
  );
}

export default memo(FlowPanelChart);
