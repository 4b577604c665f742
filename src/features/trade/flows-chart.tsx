import { ChartCanvas } from '@/components/chart/chart-canvas.tsx';
import { AXIS_STYLE, GRID_AT_TICKS, yearAxisProps } from '@/components/chart/axes.ts';
import { memo, useMemo } from 'react';
import { CartesianGrid, ReferenceArea, ReferenceLine, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';
import { REPORTER_STYLE } from '@/components/chart-palette.ts';
import { useLocale } from '@/components/use-locale.ts';
import { yearTicks } from '@/domain/year-ticks.ts';
import { type FlowPanel, type FlowPoint, type NiceScale } from '@/domain/trade-flows.ts';
import type { YearRange } from '@/domain/trade-series.ts';
import { formatUsdAxis } from '@/i18n/format.ts';
import { formatFigure, sideLabel } from './flows-format.ts';
import { ChartTooltip } from '@/components/chart/chart-tooltip.tsx';
import { ftaLine, markerShape } from '@/components/chart/marker-elements.tsx';

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
  const ticks = useMemo(() => yearTicks(span, { maxTicks: 7 }), [span]);
  const yTick = useMemo(() => (v: number) => formatUsdAxis(v, locale), [locale]);
  const domain: [number, number] = [span.from - 0.6, span.to + 0.6];
  return (
    <ChartCanvas height={FLOW_PANEL_HEIGHT} initialWidth={400}>
      <ScatterChart margin={{ top: 26, right: 12, bottom: 4, left: 0 }} accessibilityLayer>
        <CartesianGrid {...GRID_AT_TICKS} stroke="var(--grid)" vertical={false} />
        {panel.differences.map((d) => (
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
        <XAxis {...yearAxisProps(domain, ticks)} />
        <YAxis
          type="number"
          dataKey="valueUsdM"
          domain={scale.domain}
          ticks={scale.ticks}
          interval={0}
          tickFormatter={yTick}
          width={locale === 'es' ? 78 : 58}
          {...AXIS_STYLE}
          allowDataOverflow
        />
        {scale.domain[0] < 0 && <ReferenceLine y={0} stroke="var(--axis)" strokeWidth={1.5} />}
        {ftaLine(domain, t('tradeDetail.ftaShort'))}
        <Tooltip
          content={({ active, payload }) => (
            <FlowTooltip active={active} point={payload?.[0]?.payload as FlowPoint | undefined} />
          )}
          cursor={false}
          isAnimationActive={false}
        />
        {panel.series
          .filter((s) => !hidden.has(s.reporter))
          .map((s) => (
            <Scatter
              key={s.reporter}
              name={t(`reporters.${s.reporter}`)}
              data={s.points}
              fill={REPORTER_STYLE[s.reporter].color}
              shape={markerShape(REPORTER_STYLE[s.reporter])}
              isAnimationActive={false}
              className={`td-series td-series--${s.reporter}`}
            />
          ))}
      </ScatterChart>
    </ChartCanvas>
  );
}

function FlowTooltip({ active, point }: { active?: boolean; point?: FlowPoint }) {
  const { t, locale } = useLocale();
  if (!active || !point) return null;
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
      qualifiers={record.qualifiers}
      note={record.note}
      sourceIds={record.sourceIds}
    />
  );
}

export default memo(FlowPanelChart);
