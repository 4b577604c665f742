import { AXIS_STYLE, GRID_AT_TICKS } from '@/components/chart-style.ts';
import { memo, useMemo, useState } from 'react';
import {
  CartesianGrid,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
  usePlotArea,
  useXAxisScale,
  useYAxisScale,
} from 'recharts';
import { QualifierBadges } from '@/components/qualifier-badges.tsx';
import { SourceLine } from '@/components/source-line.tsx';
import { useLocale } from '@/components/use-locale.ts';
import type { Locale } from '@/data/schema/common.ts';
import {
  STATEMENT_BODIES,
  estimateTextWidth,
  formatUsdShort,
  placeLabels,
  yearTicks,
  type StatementPoint,
  whoStated,
} from '@/domain/investment.ts';
import { formatPartialDate, formatUsdAxis, formatUsdMillions } from '@/i18n/format.ts';
import { Mark } from './investment-marks.tsx';
import { BODY_STYLE, STATEMENTS_CHART_HEIGHT } from './investment-styles.ts';

const MARGIN = { top: 30, right: 18, bottom: 8, left: 4 };
/** Side-by-side spacing of identical figures published by two outlets. */
const STACK_STEP = 13;
const LABEL_FONT = 12;

interface StatementsChartProps {
  points: readonly StatementPoint[];
  span: { from: number; to: number };
}

const stackOffset = (p: StatementPoint) => (p.stackIndex - (p.stackSize - 1) / 2) * STACK_STEP;

/**
 * Statements of the accumulated stock as separate markers on a time axis, one series per body, each labelled with
 * its value. No line joins them: they are statements of a stock by different bodies, not a series of yearly flows.
 */
function StatementsChart({ points, span }: StatementsChartProps) {
  const { t, locale } = useLocale();
  const [width, setWidth] = useState(800);
  const yAxisWidth = locale === 'es' ? 76 : 60;
  const ticks = useMemo(
    () => yearTicks(span, width - yAxisWidth - MARGIN.left - MARGIN.right, 46),
    [span, width, yAxisWidth],
  );
  const yTick = useMemo(() => (v: number) => formatUsdAxis(v, locale), [locale]);
  const series = STATEMENT_BODIES.map((body) => ({ body, points: points.filter((p) => p.body === body) })).filter(
    (s) => s.points.length > 0,
  );
  return (
    <ResponsiveContainer
      width="100%"
      height={STATEMENTS_CHART_HEIGHT}
      initialDimension={{ width: 800, height: STATEMENTS_CHART_HEIGHT }}
      onResize={(w) => setWidth(w)}
    >
      <ScatterChart margin={MARGIN} accessibilityLayer>
        <CartesianGrid {...GRID_AT_TICKS} stroke="var(--grid)" vertical={false} />
        <XAxis
          type="number"
          dataKey="x"
          name={t('investment.statements.yearAxis')}
          domain={[span.from - 0.3, span.to + 1.3]}
          ticks={ticks}
          tickFormatter={(v: number) => String(Math.floor(v))}
          interval={0}
          {...AXIS_STYLE}
          allowDataOverflow
        />
        <YAxis
          type="number"
          dataKey="valueUsdM"
          name={t('investment.statements.valueAxis')}
          tickFormatter={yTick}
          width={yAxisWidth}
          interval={0}
          {...AXIS_STYLE}
          domain={[0, 'auto']}
        />
        <Tooltip
          content={({ active, payload }) => (
            <StatementTooltip
              active={active}
              point={payload?.[0]?.payload as StatementPoint | undefined}
              locale={locale}
            />
          )}
          cursor={false}
          isAnimationActive={false}
        />
        {series.map((s) => (
          <Scatter
            key={s.body}
            name={t(`investment.bodies.${s.body}`)}
            data={s.points}
            fill={BODY_STYLE[s.body].color}
            isAnimationActive={false}
            className={`investment-series investment-series--${s.body}`}
            shape={(props: { cx?: number; cy?: number; payload?: StatementPoint }) => {
              const p = props.payload;
              if (props.cx === undefined || props.cy === undefined || !p) return <g />;
              const cx = props.cx + stackOffset(p);
              return (
                <g className="investment-point" data-id={p.id}>
                  {p.headline && (
                    <circle
                      cx={cx}
                      cy={props.cy}
                      r={12}
                      fill="none"
                      stroke="var(--text)"
                      strokeWidth={2}
                      className="investment-point__ring"
                    />
                  )}
                  <Mark cx={cx} cy={props.cy} shape={BODY_STYLE[p.body].shape} color={BODY_STYLE[p.body].color} />
                </g>
              );
            }}
          />
        ))}
        <ValueLabels points={points} locale={locale} />
      </ScatterChart>
    </ResponsiveContainer>
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

function StatementTooltip({ active, point, locale }: { active?: boolean; point?: StatementPoint; locale: Locale }) {
  const { t, pick } = useLocale();
  if (!active || !point) return null;
  return (
    <div className="chart-tooltip investment-tooltip">
      <p className="chart-tooltip__value">{formatUsdMillions(point.valueUsdM, locale)}</p>
      {point.headline && <p className="investment-tooltip__headline">{t('investment.statements.headlineBadge')}</p>}
      <p className="investment-tooltip__measure">{pick(point.measure)}</p>
      <dl>
        <dt>{t('investment.statements.asOf')}</dt>
        <dd>
          {formatPartialDate(point.asOf, locale)}
          {point.sinceYear !== undefined && ` (${t('investment.statements.since', { year: point.sinceYear })})`}
        </dd>
        <dt>{t('investment.statements.statedBy')}</dt>
        <dd>
          {t(`investment.bodies.${point.body}`)}
          {whoStated(point, pick) ? ` (${whoStated(point, pick)})` : ''}
        </dd>
      </dl>
      <QualifierBadges qualifiers={point.qualifiers} />
      {point.note && <p className="chart-tooltip__note">{pick(point.note)}</p>}
      <SourceLine sourceIds={point.sourceIds} primaryOnly />
    </div>
  );
}

export default memo(StatementsChart);
