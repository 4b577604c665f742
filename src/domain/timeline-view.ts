import type { Locale } from '@/data/schema/common.ts';
import type { EventCategory, TimelineEvent } from '@/data/schema/timeline.ts';
import { placeEvents, timelineTicks, type PlacedEvent, type YearSpan } from './timeline.ts';

/* What the timeline chart draws, from the events and the chart's width: lanes, positions, axes. */

/** The chart's height, stated once (the section reserves it while the chart loads). */
export const TIMELINE_CHART_HEIGHT = 480;
export const TIMELINE_MARGIN = { top: 12, right: 6, bottom: 6, left: 2 } as const;
/** Room beyond the first and last year (px), so a marker on the edge is drawn whole. */
const X_PADDING = 12;
export const TIMELINE_X_AXIS_HEIGHT = 30;
export const MARKER_R = 5.5;
export const MILESTONE_R = 7.5;
/** Below this width the axis labels are smaller and the lane names narrower. */
const NARROW = 520;

/** An event placed in its lane, at the height it is drawn (lane index plus its nudge). */
export interface TimelineDatum extends PlacedEvent {
  y: number;
}

export interface TimelineChartView {
  narrow: boolean;
  /** Room for the longest lane name ("Intercambio", 84 px at 12 px semibold) and the tick's gap. */
  yAxisWidth: number;
  data: TimelineDatum[];
  /** The year axis: the span plus X_PADDING pixels each side. */
  domain: [number, number];
  ticks: number[];
  /** One tick per lane, at its index (the axis names it). */
  laneTicks: number[];
  /** A quarter lane of room above the first: its topmost milestone ring is not cut by the plot's edge. */
  laneDomain: [number, number];
  tickFont: number;
}

/** The timeline drawn `width` px wide: events placed so none hides another (their dates never move). */
export function timelineChartView(
  events: readonly TimelineEvent[],
  lanes: readonly EventCategory[],
  range: YearSpan,
  width: number,
  locale: Locale,
): TimelineChartView {
  const narrow = width < NARROW;
  const yAxisWidth = locale === 'ko' ? (narrow ? 60 : 72) : narrow ? 96 : 104;
  const plotWidth = Math.max(100, width - yAxisWidth - TIMELINE_MARGIN.left - TIMELINE_MARGIN.right);
  // The plot holds the years plus X_PADDING pixels on each side.
  const pxPerYear = (plotWidth - 2 * X_PADDING) / (range.to + 1 - range.from);
  const plotHeight = TIMELINE_CHART_HEIGHT - TIMELINE_MARGIN.top - TIMELINE_MARGIN.bottom - TIMELINE_X_AXIS_HEIGHT;
  const lanePx = plotHeight / Math.max(1, lanes.length);
  // Up to five positions per lane when the lane is tall enough, three otherwise, about a marker apart.
  const maxSlots = lanePx >= 42 ? 5 : lanePx >= 26 ? 3 : 1;
  const slotStep = Math.min(0.3, (maxSlots === 5 ? 8.5 : 2 * MARKER_R) / lanePx);
  const data = placeEvents(events, lanes, (2 * MILESTONE_R + 4) / pxPerYear, maxSlots).map((p) => ({
    ...p,
    y: p.lane + p.slot * slotStep,
  }));
  const pad = X_PADDING / pxPerYear;
  return {
    narrow,
    yAxisWidth,
    data,
    domain: [range.from - pad, range.to + 1 + pad],
    ticks: timelineTicks(range),
    laneTicks: lanes.map((_, i) => i),
    laneDomain: [-0.75, lanes.length - 0.5],
    tickFont: narrow ? 12 : 13,
  };
}
