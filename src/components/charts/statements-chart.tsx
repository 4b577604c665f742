import { memo, useMemo } from 'react';
import {
  CartesianGrid,
  Scatter,
  ScatterChart,
  XAxis,
  YAxis,
  usePlotArea,
  useXAxisScale,
  useYAxisScale,
} from 'recharts';
import { GRID_AT_TICKS, moneyAxisProps, PAGE_SCALE, yearAxisProps, type ChartScale } from '@/components/chart/axes.ts';
import { ChartCanvas } from '@/components/chart/chart-canvas.tsx';
import { ChartTooltip } from '@/components/chart/chart-tooltip.tsx';
import { pointTooltip } from '@/components/chart/point-tooltip.tsx';
import { PointMarker, ShapeMark, type MarkShape } from '@/components/chart/markers.tsx';
import { useScaledPlot } from '@/components/chart/use-chart-width.ts';
import { useLocale } from '@/components/use-locale.ts';
import type { Locale } from '@/data/schema/common.ts';
import { estimateTextWidth, formatUsdShort, placeLabels } from '@/domain/investment-labels.ts';
import { whoStated, type StatementBody, type StatementPoint } from '@/domain/investment-statements.ts';
import { STACK_STEP, stackOffset, statementsLayout } from '@/domain/statements-view.ts';
import { formatPartialDate, formatUsdMillions } from '@/i18n/format.ts';

const MARGIN = { top: 30, right: 18, bottom: 8, left: 4 };
const LABEL_FONT = 12;
/** The value axis's width on the page, px: its short amounts need less room than the trade chart's. */
const PAGE_AXIS_WIDTH = { es: 76, en: 60, ko: 60 };

interface StatementsChartProps {
  points: readonly StatementPoint[];
  span: { from: number; to: number };
  /** Colour and shape per body (the page's and the slide's palettes differ: the slide has no section styles). */
  bodyStyle: Record<StatementBody, { color: string; shape: MarkShape }>;
  /** The page's fixed height in px, or '100%' of the slide's chart box. */
  height: number | '100%';
  /** The page's (default) or a slide's: text and marks sized for a projector. */
  scale?: ChartScale;
}

/**
 * Statements of the accumulated stock as separate markers on a time axis, one series per body, each labelled with
 * its value. No line joins them: they are statements of a stock by different bodies, not a series of yearly flows.
 * The investment section and the investment slide draw this same chart, at their own scale.
 */
function StatementsChart({ points, span, bodyStyle, height, scale = PAGE_SCALE }: StatementsChartProps) {
  const { t, locale } = useLocale();
  const axisWidth = (scale === PAGE_SCALE ? PAGE_AXIS_WIDTH : scale.moneyAxisWidth)[locale];
  const { size, margin, plotWidth } = useScaledPlot(MARGIN, scale, axisWidth);
  const layout = useMemo(
    () => statementsLayout(points, span, plotWidth, scale.font),
    [points, span, plotWidth, scale.font],
  );
  const yAxis = useMemo(() => ({ ...moneyAxisProps(locale, scale), width: axisWidth }), [locale, scale, axisWidth]);
  const k = scale.factor;
  return (
    <ChartCanvas height={height} size={size}>
      <ScatterChart margin={margin} accessibilityLayer={scale.interactive}>
        <CartesianGrid {...GRID_AT_TICKS} stroke="var(--grid)" vertical={false} />
        <XAxis
          {...yearAxisProps(layout.domain, layout.ticks, { scale })}
          name={t('investment.statements.yearAxis')}
          tickFormatter={(v: number) => String(Math.floor(v))}
          interval={0}
        />
        <YAxis {...yAxis} name={t('investment.statements.valueAxis')} />
        {scale.interactive && pointTooltip((point: StatementPoint) => <StatementTooltip point={point} />)}
        {layout.series.map((s) => (
          <Scatter
            key={s.body}
            name={t(`investment.bodies.${s.body}`)}
            data={s.points}
            fill={bodyStyle[s.body].color}
            isAnimationActive={false}
            className={`investment-series investment-series--${s.body}`}
            shape={(props: { cx?: number; cy?: number; payload?: StatementPoint }) => {
              const p = props.payload;
              if (props.cx === undefined || props.cy === undefined || !p) return <g />;
              const cx = props.cx + stackOffset(p, k);
              const style = bodyStyle[p.body];
              return (
                <g className="investment-point" data-id={p.id}>
                  {p.headline && (
                    <circle
                      cx={cx}
                      cy={props.cy}
                      r={12 * k}
                      fill="none"
                      stroke="var(--text)"
                      strokeWidth={2 * k}
                      className="investment-point__ring"
                    />
                  )}
                  {scale.markerSize === undefined ? (
                    <ShapeMark cx={cx} cy={props.cy} shape={style.shape} color={style.color} size={12 * k} />
                  ) : (
                    <PointMarker cx={cx} cy={props.cy} {...style} size={scale.markerSize} outline={scale.axisStroke} />
                  )}
                </g>
              );
            }}
          />
        ))}
        {scale.valueLabels && <ValueLabels points={points} locale={locale} />}
      </ScatterChart>
    </ChartCanvas>
  );
}

/** One value label per statement (identical figures share one), placed so that no two labels collide. */
function ValueLabels({ points, locale }: { points: readonly StatementPoint[]; locale: Locale }) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const plot = usePlotArea();
  if (!xScale || !yScale || !plot) return null;
  const anchors = points
    .filter((p) => p.stackIndex === 0)
    .flatMap((p) => {
      const x = xScale(p.x);
      const y = yScale(p.valueUsdM);
      if (x === undefined || y === undefined) return [];
      const text = formatUsdShort(p.valueUsdM, locale);
      return [
        {
          id: p.id,
          text,
          x,
          y,
          halfWidth: (p.headline ? 13 : 8) + ((p.stackSize - 1) * STACK_STEP) / 2,
          halfHeight: p.headline ? 13 : 8,
          width: estimateTextWidth(text, LABEL_FONT) + 6,
          height: LABEL_FONT + 4,
        },
      ];
    });
  const placed = placeLabels(anchors, {
    left: plot.x - 4,
    right: plot.x + plot.width + MARGIN.right - 2,
    top: plot.y - MARGIN.top + 2,
    bottom: plot.y + plot.height,
  });
  return (
    <g className="investment-labels" aria-hidden="true">
      {anchors.map((a, i) => {
        const label = placed[i]!;
        return (
          <g key={a.id}>
            {label.leader && (
              <line
                x1={a.x}
                y1={a.y}
                x2={label.x}
                y2={label.y + (label.y < a.y ? a.height / 2 : -a.height / 2)}
                stroke="var(--axis)"
                strokeWidth={1}
              />
            )}
            <text
              x={label.x}
              y={label.y}
              textAnchor="middle"
              dominantBaseline="central"
              fontSize={LABEL_FONT}
              fontWeight={600}
              fill="var(--text)"
              stroke="var(--surface)"
              strokeWidth={3}
              paintOrder="stroke"
              strokeLinejoin="round"
            >
              {a.text}
            </text>
          </g>
        );
      })}
    </g>
  );
}

function StatementTooltip({ point }: { point: StatementPoint }) {
  const { t, locale, pick } = useLocale();
  const who = whoStated(point, pick);
  return (
    <ChartTooltip
      className="investment-tooltip"
      value={formatUsdMillions(point.valueUsdM, locale)}
      lead={
        <>
          {point.headline && <p className="investment-tooltip__headline">{t('investment.statements.headlineBadge')}</p>}
          <p className="investment-tooltip__measure">{pick(point.measure)}</p>
        </>
      }
      rows={[
        [
          t('investment.statements.asOf'),
          `${formatPartialDate(point.asOf, locale)}${
            point.sinceYear !== undefined ? ` (${t('investment.statements.since', { year: point.sinceYear })})` : ''
          }`,
        ],
        [t('investment.statements.statedBy'), `${t(`investment.bodies.${point.body}`)}${who ? ` (${who})` : ''}`],
      ]}
      figure={point}
      primaryOnly
    />
  );
}

export default memo(StatementsChart);
