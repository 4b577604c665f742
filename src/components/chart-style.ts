import type { ComponentProps } from 'react';
import type { CartesianGrid } from 'recharts';

/** Shared Recharts styling, read from the theme's CSS variables, so every chart looks alike in every theme. */

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
