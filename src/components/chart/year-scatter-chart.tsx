import type { ReactNode } from 'react';
import { CartesianGrid, Scatter, ScatterChart, XAxis, YAxis, type YAxisProps } from 'recharts';
import { AXIS_STYLE, GRID_AT_TICKS, yearAxisProps } from './axes.ts';
import { ChartCanvas } from './chart-canvas.tsx';
import { pointTooltip } from './point-tooltip.tsx';
import { ftaLine, markerShape } from './marker-elements.tsx';
import type { SeriesShape } from './markers.tsx';

export interface ScatterSeries<P> {
  key: string;
  name: string;
  points: readonly P[];
  style: { shape: SeriesShape; color: string };
  className?: string;
}

export interface YearScatterChartProps<P> {
  height: number;
  initialWidth?: number;
  margin?: { top: number; right: number; bottom: number; left: number };
  /** The year axis: its domain (a little wider than the years, so end markers are whole) and its ticks. */
  axis: { domain: [number, number]; ticks: number[] };
  /** The value axis (data key, domain, ticks, formatter, width); its line and labels are the kit's. */
  yAxis: Omit<YAxisProps, 'type' | 'ref'>;
  /** The FTA line's label. */
  ftaLabel: string;
  series: readonly ScatterSeries<P>[];
  /** Keys of the series the reader has hidden (legend toggles). */
  hidden: ReadonlySet<string>;
  /** Marker area in px² (Recharts' symbol size); undefined keeps the marker's own. */
  markerSize?: number;
  tooltip: (point: P) => ReactNode;
  /** Drawn under the axes (shaded years). */
  under?: ReactNode;
  /** Drawn over the axes, before the FTA line (a zero line). */
  over?: ReactNode;
}

const MARGIN = { top: 26, right: 16, bottom: 4, left: 0 };

/**
 * A chart of published figures by year, one marker per figure and no line joining them (a missing year stays empty):
 * the kit's grid, year axis, value axis, FTA line and tooltip around the chart's own series.
 */
export function YearScatterChart<P>(props: YearScatterChartProps<P>) {
  const { height, initialWidth, margin = MARGIN, axis, yAxis, ftaLabel, series, hidden, markerSize, tooltip } = props;
  return (
    <ChartCanvas height={height} initialWidth={initialWidth}>
      <ScatterChart margin={margin} accessibilityLayer>
        <CartesianGrid {...GRID_AT_TICKS} stroke="var(--grid)" vertical={false} />
        {props.under}
        <XAxis {...yearAxisProps(axis.domain, axis.ticks)} />
        <YAxis type="number" interval={0} {...AXIS_STYLE} allowDataOverflow {...yAxis} />
        {props.over}
        {ftaLine(axis.domain, ftaLabel)}
        {pointTooltip(tooltip)}
        {series
          .filter((s) => !hidden.has(s.key))
          .map((s) => (
            <Scatter
              key={s.key}
              name={s.name}
              data={s.points as P[]}
              fill={s.style.color}
              shape={markerShape(s.style, markerSize)}
              isAnimationActive={false}
              className={s.className}
            />
          ))}
      </ScatterChart>
    </ChartCanvas>
  );
}
