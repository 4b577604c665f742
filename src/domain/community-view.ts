import { niceAxis, type CommunityPoint } from './exchange.ts';
import { estimateTextWidth } from './investment-labels.ts';
import { placeMarkerLabels } from './label-placement.ts';
import { yearTicks } from './year-ticks.ts';

/** The community chart's box in px: its height, margins and axis sizes (the chart draws with these). */
export const COMMUNITY_LAYOUT = {
  height: 340,
  margin: { top: 28, right: 20, bottom: 8, left: 4 },
  yAxisWidth: 52,
  xAxisHeight: 30,
  /** A marker this close to an edge has its label written inwards (px). */
  edge: 44,
  labelFont: 13,
  /** The label's baseline above (−) or below (+) its marker (px). */
  labelAbove: -12,
  labelBelow: 22,
} as const;

export interface CommunityChartView {
  /** The year axis: two years of room each side, so the end markers and their labels are whole. */
  domain: [number, number];
  ticks: number[];
  /** The value axis from 0 to a round top. */
  yAxis: { top: number; ticks: number[] };
  /** The points, each with the row its label ends up in. */
  points: CommunityPoint[];
}

/** Where a marker's label is anchored, by how close the marker is to the chart's edges. */
export function labelAnchor(cx: number, width: number): 'start' | 'middle' | 'end' {
  return cx > width - COMMUNITY_LAYOUT.edge ? 'end' : cx < COMMUNITY_LAYOUT.edge ? 'start' : 'middle';
}

/**
 * What the community chart draws at a width: the axes, and each figure's value label above or below its marker. On
 * a narrow screen the labels of markers close together take turns above and below them. `labelOf` is the value as
 * written (in the reader's language).
 */
export function communityChartView(
  points: readonly CommunityPoint[],
  span: { from: number; to: number },
  width: number,
  labelOf: (point: CommunityPoint) => string,
): CommunityChartView {
  const L = COMMUNITY_LAYOUT;
  const domain: [number, number] = [span.from - 2, span.to + 2];
  const ticks = yearTicks({ from: domain[0], to: domain[1] }, { byLength: 'community' });
  const yAxis = niceAxis(Math.max(0, ...points.map((p) => p.value)));
  const [left, top, bottom] = [L.margin.left + L.yAxisWidth, L.margin.top, L.height - L.margin.bottom - L.xAxisHeight];
  const labels = points.map((p) => {
    const cx = left + ((p.year - domain[0]) / (domain[1] - domain[0])) * (width - left - L.margin.right);
    const w = estimateTextWidth(labelOf(p), L.labelFont) * 1.1;
    const anchor = labelAnchor(cx, width);
    // The label's centre: on the marker, or ending/starting beside it near an edge.
    const x = anchor === 'end' ? cx + 10 - w / 2 : anchor === 'start' ? cx - 10 + w / 2 : cx;
    return { x, y: top + (1 - p.value / yAxis.top) * (bottom - top), width: w, row: p.label };
  });
  const rows = placeMarkerLabels(labels, { above: L.labelAbove, below: L.labelBelow, fontSize: L.labelFont });
  return {
    domain,
    ticks,
    yAxis,
    points: points.map((p, i) => (rows[i] === p.label ? p : { ...p, label: rows[i]! })),
  };
}
