import type { Reporter } from '@/data/schema/common.ts';
import type { AxisMilestone } from './milestones.ts';
import { totalTradeLayout } from './total-trade-view.ts';
import type { TradeSeries, YearRange } from './trade-series.ts';

/**
 * The total-trade chart as plain shapes, for the light SVG shown on load (features/trade/static-trade-chart.tsx):
 * the same axes, grid, markers, official lines and milestone lines the interactive Recharts chart draws
 * (components/charts/total-trade-chart.tsx, page scale), at the same pixel positions, so the live chart can replace
 * it on the reader's first input without anything moving. Only the page's scale is drawn (a slide draws the live chart).
 */

/** The live chart's page margins and Recharts' default year-axis height and tick size, in px. */
const MARGIN = { top: 28, right: 16, bottom: 8, left: 8 };
const YEAR_AXIS_HEIGHT = 30;
const TICK_SIZE = 6;
/** Recharts' default symbol area (px²) for the string shapes the page's markers use. */
const SYMBOL_AREA = 64;

export interface StaticMarker {
  x: number;
  y: number;
  /** An SVG path centred on (0, 0), Recharts' (d3's) symbol of the same area. */
  d: string;
}

export interface StaticTradeChart {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  yearTicks: { year: number; x: number }[];
  valueTicks: { value: number; y: number }[];
  milestones: { id: string; x: number; isFta: boolean; mark: string }[];
  series: { reporter: Reporter; markers: StaticMarker[]; lines: { x: number; y: number }[][] }[];
}

const round = (n: number) => Math.round(n * 1000) / 1000;
const TAN30 = Math.sqrt(1 / 3);
const SQRT3 = Math.sqrt(3);

/** d3-shape's circle, diamond and triangle (what Recharts' Symbols draws) for an area in px². */
export function symbolPath(shape: 'circle' | 'diamond' | 'triangle', area = SYMBOL_AREA): string {
  if (shape === 'circle') {
    const r = round(Math.sqrt(area / Math.PI));
    return `M${r},0A${r},${r},0,1,1,${-r},0A${r},${r},0,1,1,${r},0`;
  }
  if (shape === 'diamond') {
    const y = Math.sqrt(area / (TAN30 * 2));
    const x = round(y * TAN30);
    return `M0,${-round(y)}L${x},0L0,${round(y)}L${-x},0Z`;
  }
  const y = -Math.sqrt(area / (SQRT3 * 3));
  return `M0,${round(y * 2)}L${round(-SQRT3 * y)},${round(-y)}L${round(SQRT3 * y)},${round(-y)}Z`;
}

interface StaticTradeChartInput {
  series: readonly TradeSeries[];
  span: YearRange;
  milestones: readonly AxisMilestone[];
  ftaId?: string;
  /** The chart's box in px. */
  width: number;
  height: number;
  /** The money axis's width for the language (PAGE_SCALE.moneyAxisWidth). */
  valueAxisWidth: number;
  /** The value axis's ticks for [0, the largest value] (Recharts' own nice ticks), the last one its top. */
  niceTicks: (max: number) => number[];
  shapes: Record<Reporter, 'circle' | 'diamond' | 'triangle'>;
}

export function staticTradeChart(input: StaticTradeChartInput): StaticTradeChart {
  const { series, span, milestones, ftaId, width, height, valueAxisWidth, niceTicks, shapes } = input;
  const plot = {
    left: MARGIN.left + valueAxisWidth,
    right: width - MARGIN.right,
    top: MARGIN.top,
    bottom: height - MARGIN.bottom - YEAR_AXIS_HEIGHT,
  };
  const layout = totalTradeLayout(span, width - valueAxisWidth - MARGIN.left - MARGIN.right);
  const [d0, d1] = layout.domain;
  const xOf = (year: number) => plot.left + ((year - d0) / (d1 - d0)) * (plot.right - plot.left);
  const max = Math.max(
    0,
    ...series.flatMap((s) => [...s.points, ...s.lines.flatMap((l) => l.points)].map((p) => p.valueUsdM)),
  );
  const ticks = niceTicks(max);
  const top = ticks[ticks.length - 1] || 1;
  const yOf = (value: number) => plot.bottom - (value / top) * (plot.bottom - plot.top);
  return {
    width,
    height,
    plot,
    yearTicks: layout.ticks.map((year) => ({ year, x: xOf(year) })),
    valueTicks: ticks.map((value) => ({ value, y: yOf(value) })),
    // Recharts leaves out a reference line outside the axis's domain.
    milestones: milestones
      .filter((m) => m.x >= d0 && m.x <= d1)
      .map((m) => ({ id: m.id, x: xOf(m.x), isFta: m.id === ftaId, mark: m.mark })),
    series: series.map((s) => ({
      reporter: s.reporter,
      markers: s.points.map((p) => ({ x: xOf(p.year), y: yOf(p.valueUsdM), d: symbolPath(shapes[s.reporter]) })),
      lines: s.lines.map((l) => l.points.map((p) => ({ x: xOf(p.year), y: yOf(p.valueUsdM) }))),
    })),
  };
}

/** Recharts' tick size, for the tick marks and the labels' distance from their axis. */
export const STATIC_TICK_SIZE = TICK_SIZE;
