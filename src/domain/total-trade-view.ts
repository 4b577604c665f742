import type { YearRange } from './trade-series.ts';
import { yearTicks } from './year-ticks.ts';

/** The total-trade chart's height on the page in px, stated once (the panel reserves it before the chart loads). */
export const TOTAL_TRADE_CHART_HEIGHT = 380;

/** Room a year label needs on the axis at 13 px, in px: "2011" and a gap. Larger text needs more in proportion. */
const YEAR_LABEL_PX = 48;

export interface TotalTradeLayout {
  /** The year axis's extent: half a year beyond the first and last years, so edge markers are whole. */
  domain: [number, number];
  /** Labelled years, thinned so that labels never crowd (a phone shows every fourth or fifth year). */
  ticks: number[];
}

/**
 * What the total-trade chart draws on its year axis, for its width: the plot's width (chart width less the value
 * axis and margins, in px) and the axis labels' font size in px decide how many year labels fit.
 */
export function totalTradeLayout(span: YearRange, plotWidthPx: number, fontPx = 13): TotalTradeLayout {
  const labelPx = (YEAR_LABEL_PX * fontPx) / 13;
  const maxTicks = Math.min(10, Math.max(2, Math.floor(plotWidthPx / labelPx)));
  return { domain: [span.from - 0.5, span.to + 0.5], ticks: yearTicks(span, { maxTicks }) };
}
