import { ReferenceLine } from 'recharts';
import { AXIS_STYLE, eventLineProps } from '@/components/chart-style.ts';
import { FTA_IN_FORCE, yearFraction } from '@/domain/milestones.ts';
import { PointMarker } from './flows-marker.tsx';
import type { SeriesShape } from './flows-palette.ts';

/*
 * What the trade details' marker charts (flows, Korea's market shares, Korea's rank) share. These are props and
 * elements, not components, so that each chart's children stay Recharts' own.
 */

/** The year axis: markers sit at `x`, a year nudged so that series of one year stand side by side. */
export const yearAxisProps = (domain: [number, number], ticks: number[]) =>
  ({
    type: 'number',
    dataKey: 'x',
    domain,
    ticks,
    tickFormatter: String,
    ...AXIS_STYLE,
    allowDataOverflow: true,
  }) as const;

/** The FTA's entry into force, when it falls inside the years shown. */
export function ftaLine(domain: [number, number], label: string) {
  const fta = yearFraction(FTA_IN_FORCE);
  return fta >= domain[0] && fta <= domain[1] ? <ReferenceLine x={fta} {...eventLineProps(label)} /> : null;
}

/** A Scatter's `shape`: the series' marker, hollow where the figure covers part of a year. */
export const markerShape =
  (style: { shape: SeriesShape; color: string }, size?: number) =>
  (props: { cx?: number; cy?: number; payload?: { partial?: boolean } }) => (
    <PointMarker
      cx={props.cx}
      cy={props.cy}
      shape={style.shape}
      color={style.color}
      hollow={props.payload?.partial}
      size={size}
    />
  );
