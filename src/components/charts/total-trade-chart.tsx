import { memo, useMemo } from 'react';
import { CartesianGrid, Scatter, ScatterChart, XAxis, YAxis } from 'recharts';
import { REPORTER_STYLE, reporterScatter } from '@/components/chart-palette.ts';
import { GRID_AT_TICKS, moneyAxisProps, PAGE_SCALE, yearAxisProps, type ChartScale } from '@/components/chart/axes.ts';
import { ChartCanvas } from '@/components/chart/chart-canvas.tsx';
import { useScaledPlot } from '@/components/chart/use-chart-width.ts';
import { ChartTooltip } from '@/components/chart/chart-tooltip.tsx';
import { pointTooltip } from '@/components/chart/point-tooltip.tsx';
import { markerShape, milestoneLines } from '@/components/chart/marker-elements.tsx';
import { useLocale } from '@/components/use-locale.ts';
import type { AxisMilestone } from '@/domain/milestones.ts';
import { TOTAL_TRADE_CHART_HEIGHT, totalTradeLayout } from '@/domain/total-trade-view.ts';
import type { TradePoint, TradeSeries, YearRange } from '@/domain/trade-series.ts';
import { formatUsdMillions } from '@/i18n/format.ts';

interface TotalTradeChartProps {
  series: TradeSeries[];
  span: YearRange;
  milestones: AxisMilestone[];
  /** The FTA's entry into force, drawn heavier than the other milestones. */
  ftaId?: string;
  /** The page's (default) or a slide's: text, markers and lines sized for a projector. */
  scale?: ChartScale;
  /** The page's fixed height in px, or '100%' of the slide's chart box. */
  height?: number | '100%';
}

const MARGIN = { top: 28, right: 16, bottom: 8, left: 8 };

/** Draws no marker: the line's own Scatter only joins the points its series' markers already show. */
const NO_MARKER = () => <g />;

/**
 * Total trade as markers, one series per reporting side: a missing year is simply empty (no line is drawn
 * through it), and conflicting figures for one year stand side by side. Only consecutive years of one official
 * series (imported statistics) are joined by a line. Milestones are vertical lines marked A, B, C…. The page and the
 * trade slide draw this same chart, at their own scale.
 */
function TotalTradeChart(props: TotalTradeChartProps) {
  const { series, span, milestones, ftaId, scale = PAGE_SCALE, height = TOTAL_TRADE_CHART_HEIGHT } = props;
  const { t, locale } = useLocale();
  const { size, margin, plotWidth } = useScaledPlot(MARGIN, scale, scale.moneyAxisWidth[locale]);
  const layout = useMemo(() => totalTradeLayout(span, plotWidth, scale.font), [span, plotWidth, scale.font]);
  const yAxis = useMemo(() => moneyAxisProps(locale, scale), [locale, scale]);
  return (
    <ChartCanvas height={height} size={size}>
      <ScatterChart margin={margin} accessibilityLayer={scale.interactive}>
        <CartesianGrid {...GRID_AT_TICKS} stroke="var(--grid)" vertical={false} />
        <XAxis
          {...yearAxisProps(layout.domain, layout.ticks, { dataKey: 'year', scale })}
          name={t('trade.yearAxis')}
          interval={0}
          allowDataOverflow={false}
        />
        <YAxis {...yAxis} name={t('trade.valueAxis')} />
        {milestoneLines(milestones, { id: ftaId, label: t('trade.ftaLabel') }, scale)}
        {scale.interactive && pointTooltip((point: TradePoint) => <TradeTooltip point={point} />)}
        {series.flatMap((s) =>
          s.lines.map((line) => (
            <Scatter
              key={`${s.reporter}-${line.series}-${line.points[0]!.year}`}
              data={line.points}
              line={{ stroke: REPORTER_STYLE[s.reporter].color, strokeWidth: 2 * scale.axisStroke }}
              shape={NO_MARKER}
              legendType="none"
              tooltipType="none"
              isAnimationActive={false}
              className={`trade-line trade-line--${s.reporter}`}
            />
          )),
        )}
        {series.map((s) => (
          <Scatter
            key={s.reporter}
            {...reporterScatter(s, t)}
            shape={
              scale.markerSize === undefined
                ? REPORTER_STYLE[s.reporter].shape
                : markerShape(REPORTER_STYLE[s.reporter], scale.markerSize, scale.axisStroke)
            }
            isAnimationActive={false}
            className={`trade-series trade-series--${s.reporter}`}
          />
        ))}
      </ScatterChart>
    </ChartCanvas>
  );
}

function TradeTooltip({ point }: { point: TradePoint }) {
  const { t, locale } = useLocale();
  // The official lines' points carry no record: only the markers have a tooltip.
  if (!point.record) return null;
  const { record } = point;
  return (
    <ChartTooltip
      value={formatUsdMillions(record.valueUsdM, locale)}
      rows={[
        [t('trade.tooltipYear'), String(record.year)],
        [t('trade.tooltipSide'), `${t(`reporters.${record.reporter}`)}${record.agency ? ` (${record.agency})` : ''}`],
      ]}
      qualifiers={record.qualifiers}
      note={record.note}
      extra={
        point.records.length > 1 && (
          <p className="chart-tooltip__note">{t('trade.tooltipSameFigure', { count: point.records.length })}</p>
        )
      }
      sourceIds={[...new Set(point.records.map((r) => r.sourceIds[0]!))]}
    />
  );
}

export default memo(TotalTradeChart);
