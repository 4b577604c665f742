import type { ComponentProps } from 'react';
import type { CartesianGrid } from 'recharts';
import type { Locale } from '@/data/schema/common.ts';
import { formatPercent, formatUsdAxis } from '@/i18n/format.ts';

/** Shared Recharts styling, read from the theme's CSS variables, so every chart looks alike in every theme. */

/**
 * How large a chart draws its text, markers and lines: on the page, or on a slide seen from across a room (28 px
 * labels, large markers, a heavy FTA line). The same chart component draws both; only the scale differs.
 */
export interface ChartScale {
  /** Axis labels in px. */
  font: number;
  tickFill: string;
  /** The axis line's width in px. */
  axisStroke: number;
  /** Room for the money axis's labels in px, by language (Spanish amounts are the longest). */
  moneyAxisWidth: Record<Locale, number>;
  /** The year axis's height in px (Recharts' default when undefined). */
  yearAxisHeight?: number;
  /** Marker area in px² (Recharts' symbol size); undefined keeps Recharts' own. */
  markerSize?: number;
  eventFont: number;
  ftaStroke: number;
  ftaDash: string;
  /** Milestones carry their letters (A, B, C…) keyed to a list beside the chart. */
  markLetters: boolean;
  /** Tooltips and keyboard access (a slide has neither: nothing on it is pointed at). */
  interactive: boolean;
  /** Margins, marks and rings are the page's times this (room for the larger labels, marks seen from afar). */
  factor: number;
  /** Each marker labelled with its value (a slide states its figures in its own large numbers instead). */
  valueLabels: boolean;
  /** The width a chart is laid out for before it measures itself, in px. */
  initialWidth: number;
}

export type Margin = { top: number; right: number; bottom: number; left: number };

/** A chart's page margins at a scale. */
export const scaledMargin = (margin: Margin, scale: ChartScale): Margin =>
  scale.factor === 1
    ? margin
    : {
        top: margin.top * scale.factor,
        right: margin.right * scale.factor,
        bottom: margin.bottom * scale.factor,
        left: margin.left * scale.factor,
      };

/**
 * A scale `factor` times the page's: its lines and dashes scale with it, and a scaled chart is a picture (a slide:
 * nothing on it is pointed at, its own large numbers state the figures, milestones are not lettered).
 */
function chartScale(
  factor: number,
  type: Pick<ChartScale, 'font' | 'tickFill' | 'moneyAxisWidth' | 'eventFont' | 'initialWidth'>,
  size: Pick<ChartScale, 'yearAxisHeight' | 'markerSize'> = {},
): ChartScale {
  const page = factor === 1;
  return {
    ...type,
    ...size,
    factor,
    axisStroke: factor,
    ftaStroke: 2 * factor,
    ftaDash: `${6 * factor} ${4 * factor}`,
    markLetters: page,
    interactive: page,
    valueLabels: page,
  };
}

export const PAGE_SCALE = chartScale(1, {
  font: 13,
  tickFill: 'var(--text-muted)',
  moneyAxisWidth: { es: 84, en: 64, ko: 64 },
  eventFont: 13,
  initialWidth: 800,
});

export const SLIDE_SCALE = chartScale(
  2,
  {
    font: 28,
    tickFill: 'var(--text)',
    moneyAxisWidth: { es: 200, en: 150, ko: 150 },
    eventFont: 30,
    initialWidth: 1700,
  },
  { yearAxisHeight: 48, markerSize: 520 },
);

/** An axis's line and labels at a scale. */
export const axisStyle = (scale: ChartScale) =>
  scale === PAGE_SCALE
    ? AXIS_STYLE
    : ({
        stroke: 'var(--axis)',
        strokeWidth: scale.axisStroke,
        tick: { fill: scale.tickFill, fontSize: scale.font },
      } as const);

/** A year axis (preset): numeric years (or `x`, a year nudged so that series of one year stand side by side). */
export const yearAxisProps = (
  domain: [number, number],
  ticks: number[],
  { dataKey = 'x', scale = PAGE_SCALE }: { dataKey?: string; scale?: ChartScale } = {},
) =>
  ({
    type: 'number',
    dataKey,
    domain,
    ticks,
    tickFormatter: String,
    ...(scale.yearAxisHeight === undefined ? {} : { height: scale.yearAxisHeight }),
    ...axisStyle(scale),
    allowDataOverflow: true,
  }) as const;

/** A money axis (preset) from 0, in US$ with compact amounts ("US$ 3 mil M"), wide enough for the language. */
export const moneyAxisProps = (locale: Locale, scale: ChartScale = PAGE_SCALE, dataKey = 'valueUsdM') =>
  ({
    type: 'number',
    dataKey,
    tickFormatter: (v: number) => formatUsdAxis(v, locale),
    width: scale.moneyAxisWidth[locale],
    interval: 0,
    ...axisStyle(scale),
    domain: [0, 'auto'],
  }) as const;

/** A percent axis (preset) over a given domain and ticks. */
export const percentAxisProps = (
  locale: Locale,
  scale: { domain: [number, number]; ticks: number[] },
  dataKey = 'sharePct',
) =>
  ({
    type: 'number',
    dataKey,
    domain: scale.domain,
    ticks: scale.ticks,
    interval: 0,
    tickFormatter: (v: number) => formatPercent(v, locale),
    width: 52,
    ...AXIS_STYLE,
    allowDataOverflow: true,
  }) as const;

/**
 * Axis line and tick labels. Numeric axes also set `interval={0}`: their few ticks never collide, and Recharts would
 * otherwise measure every label in the DOM, forcing a layout of the whole page on each redraw.
 */
export const AXIS_STYLE = { stroke: 'var(--axis)', tick: { fill: 'var(--text-muted)', fontSize: 13 } } as const;

/** The smallest text a chart draws: 12 CSS px, readable on a phone held at arm's length (issue 15). */
export const SMALL_LABEL_FONT = 12;

/** A dated event drawn across a time axis (the FTA's entry into force, milestones), labelled at the top. */
export function eventLineProps(label: string, emphasis: 'strong' | 'light' = 'strong') {
  return {
    stroke: 'var(--event-line)',
    strokeDasharray: emphasis === 'strong' ? '6 4' : '2 4',
    strokeWidth: emphasis === 'strong' ? 2 : 1.5,
    label: { value: label, position: 'top' as const, fill: 'var(--text)', fontSize: 13, fontWeight: 600 },
  };
}

type GridProps = ComponentProps<typeof CartesianGrid>;
type GridAxis = Parameters<NonNullable<GridProps['verticalCoordinatesGenerator']>>[0]['xAxis'];

/** Pixel positions of every tick of the axis (those it was given, else the round ones it chose), by its own scale. */
const tickPositions = (axis: GridAxis): number[] =>
  (axis?.ticks ?? axis?.niceTicks ?? [])
    .map((tick) => axis?.scale?.map(tick))
    .filter((x): x is number => Number.isFinite(x));

/**
 * Grid lines at the axis's ticks. Recharts' default placement first measures every tick label in the DOM to drop the
 * ones that would collide, which forces a layout of the whole page each time a chart mounts; a line never collides.
 */
export const GRID_AT_TICKS = {
  verticalCoordinatesGenerator: ({ xAxis }) => tickPositions(xAxis),
  horizontalCoordinatesGenerator: ({ yAxis }) => tickPositions(yAxis),
} as const satisfies Pick<GridProps, 'verticalCoordinatesGenerator' | 'horizontalCoordinatesGenerator'>;
