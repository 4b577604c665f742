import { startTransition, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { getNiceTickValues } from 'recharts/es6/util/scale/getNiceTickValues.js';
import { REPORTER_STYLE } from '@/components/chart-palette.ts';
import { PAGE_SCALE } from '@/components/chart/axes.ts';
import { useLocale } from '@/components/use-locale.ts';
import type { AxisMilestone } from '@/domain/milestones.ts';
import { STATIC_TICK_SIZE, staticTradeChart } from '@/domain/static-trade-chart.ts';
import { TOTAL_TRADE_CHART_HEIGHT } from '@/domain/total-trade-view.ts';
import type { TradeSeries, YearRange } from '@/domain/trade-series.ts';
import { formatUsdAxis } from '@/i18n/format.ts';

interface StaticTradeChartProps {
  series: TradeSeries[];
  span: YearRange;
  milestones: AxisMilestone[];
  ftaId?: string;
}

const SHAPES = {
  korea: REPORTER_STYLE.korea.shape,
  peru: REPORTER_STYLE.peru.shape,
  unclear: REPORTER_STYLE.unclear.shape,
};
/** Recharts' value axis: [0, 'auto'] with its default five nice ticks. */
const niceTicks = (max: number) => getNiceTickValues([0, max], 5, true);
const TEXT = { fill: 'var(--text-muted)', fontSize: PAGE_SCALE.font, style: { fill: 'var(--text-muted)' } } as const;

/**
 * The total-trade chart as a light SVG (no Recharts): what the page shows on load, drawn by a few hundred elements
 * in one short render instead of the interactive chart's mount, a long task on a phone. It carries the class names
 * of the parts the live chart draws (surface, grid, axis labels, markers by side), so both read alike to a reader's
 * style sheet and to a test, and it sits in the same box: the live chart replaces it on the reader's first input
 * (trade-chart-slot.tsx) with nothing moving. It measures its box before its first drawing, like ChartCanvas.
 */
export function StaticTradeChart({ series, span, milestones, ftaId }: StaticTradeChartProps) {
  const { t, locale } = useLocale();
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState<number | null>(null);
  // Measured in the first commit, drawn in a transition after it: set in the layout effect itself, the drawing was
  // rendered again synchronously inside that commit, unsliced (20 ms and more of a phone's start-up).
  useLayoutEffect(() => {
    const measured = box.current?.clientWidth || PAGE_SCALE.initialWidth;
    startTransition(() => setWidth(measured));
  }, []);
  const chart = useMemo(
    () =>
      width === null
        ? null
        : staticTradeChart({
            series,
            span,
            milestones,
            ftaId,
            width,
            height: TOTAL_TRADE_CHART_HEIGHT,
            valueAxisWidth: PAGE_SCALE.moneyAxisWidth[locale],
            niceTicks,
            shapes: SHAPES,
          }),
    [series, span, milestones, ftaId, width, locale],
  );
  const ftaLabel = t('trade.ftaLabel');
  return (
    <div
      ref={box}
      className="chart-canvas static-trade-chart"
      style={{ width: '100%', height: TOTAL_TRADE_CHART_HEIGHT }}
    >
      {chart && (
        <svg
          className="recharts-surface"
          data-static-chart=""
          width={chart.width}
          height={chart.height}
          viewBox={`0 0 ${chart.width} ${chart.height}`}
          style={{ display: 'block' }}
          role="img"
          aria-label={t('trade.chartTitle')}
        >
          <g className="recharts-cartesian-grid-horizontal">
            {chart.valueTicks.map(({ value, y }) => (
              <line key={value} stroke="var(--grid)" x1={chart.plot.left} x2={chart.plot.right} y1={y} y2={y} />
            ))}
          </g>
          {chart.milestones.map((m) => (
            <g key={m.id} className={m.isFta ? 'fta-line' : 'milestone-line'}>
              <line
                stroke="var(--event-line)"
                strokeDasharray={m.isFta ? PAGE_SCALE.ftaDash : '2 4'}
                strokeWidth={m.isFta ? PAGE_SCALE.ftaStroke : 1.5}
                x1={m.x}
                x2={m.x}
                y1={chart.plot.bottom}
                y2={chart.plot.top}
              />
              <text
                x={m.x}
                y={m.isFta ? chart.plot.top - 5 : chart.plot.top + 5}
                dy={m.isFta ? '0em' : '0.71em'}
                textAnchor="middle"
                fill="var(--text)"
                fontSize={PAGE_SCALE.eventFont}
                fontWeight={700}
                style={{ fill: 'var(--text)' }}
              >
                {m.isFta ? `${m.mark} · ${ftaLabel}` : m.mark}
              </text>
            </g>
          ))}
          <StaticAxis
            className="recharts-xAxis"
            line={{ x1: chart.plot.left, x2: chart.plot.right, y1: chart.plot.bottom, y2: chart.plot.bottom }}
            ticks={chart.yearTicks.map(({ year, x }) => ({
              key: year,
              x1: x,
              x2: x,
              y1: chart.plot.bottom + STATIC_TICK_SIZE,
              y2: chart.plot.bottom,
            }))}
          />
          <StaticAxis
            className="recharts-yAxis"
            line={{ x1: chart.plot.left, x2: chart.plot.left, y1: chart.plot.top, y2: chart.plot.bottom }}
            ticks={chart.valueTicks.map(({ value, y }) => ({
              key: value,
              x1: chart.plot.left - STATIC_TICK_SIZE,
              x2: chart.plot.left,
              y1: y,
              y2: y,
            }))}
          />
          {chart.series.map((s) => (
            <g key={`${s.reporter}-lines`} className={`trade-line trade-line--${s.reporter}`}>
              {s.lines.map((line) => (
                <path
                  key={`${line[0]!.x}`}
                  className="recharts-scatter-line"
                  d={`M${line.map((p) => `${p.x},${p.y}`).join('L')}`}
                  fill="none"
                  stroke={REPORTER_STYLE[s.reporter].color}
                  strokeWidth={2}
                />
              ))}
            </g>
          ))}
          {chart.series.map((s) => (
            <g key={s.reporter} className={`trade-series trade-series--${s.reporter}`}>
              {s.markers.map((m, i) => (
                <path
                  key={i}
                  className="recharts-symbols"
                  fill={REPORTER_STYLE[s.reporter].color}
                  transform={`translate(${m.x}, ${m.y})`}
                  d={m.d}
                />
              ))}
            </g>
          ))}
          <g className="recharts-xAxis-tick-labels">
            {chart.yearTicks.map(({ year, x }) => (
              <TickLabel key={year} x={x} y={chart.plot.bottom + STATIC_TICK_SIZE + 2} side="below">
                {year}
              </TickLabel>
            ))}
          </g>
          <g className="recharts-yAxis-tick-labels">
            {chart.valueTicks.map(({ value, y }) => (
              <TickLabel key={value} x={chart.plot.left - STATIC_TICK_SIZE - 2} y={y} side="left">
                {formatUsdAxis(value, locale)}
              </TickLabel>
            ))}
          </g>
        </svg>
      )}
    </div>
  );
}

/** A tick's label placed as Recharts places it: centred under a year tick, or right-aligned left of a value tick. */
function TickLabel({ x, y, side, children }: { x: number; y: number; side: 'below' | 'left'; children: ReactNode }) {
  return (
    <text
      className="recharts-cartesian-axis-tick-value"
      x={x}
      y={y}
      dy={side === 'below' ? '0.71em' : '0.355em'}
      textAnchor={side === 'below' ? 'middle' : 'end'}
      {...TEXT}
    >
      {children}
    </text>
  );
}

interface Segment {
  x1: number;
  x2: number;
  y1: number;
  y2: number;
}

/** An axis line and its tick marks, with Recharts' class, so the picture matches the live chart that replaces it. */
function StaticAxis({
  className,
  line,
  ticks,
}: {
  className: string;
  line: Segment;
  ticks: (Segment & { key: number })[];
}) {
  return (
    <g className={className}>
      <line stroke="var(--axis)" {...line} />
      {ticks.map(({ key, ...tick }) => (
        <line key={key} stroke="var(--axis)" {...tick} />
      ))}
    </g>
  );
}
