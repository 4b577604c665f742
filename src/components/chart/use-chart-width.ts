import { useCallback, useState } from 'react';
import { scaledMargin, type ChartScale, type Margin } from './axes.ts';

/** The width a chart is laid out for until it has measured itself (the first render, tests): a desktop column. */
export const INITIAL_CHART_WIDTH = 800;

/**
 * The one measuring hook: the chart's width in px, followed as its box resizes. A chart whose layout depends on its
 * width (thinned year labels, wrapped text, label placement) passes the result to its ChartCanvas.
 */
export function useChartWidth(initial = INITIAL_CHART_WIDTH) {
  const [width, setWidth] = useState(initial);
  // Whole pixels, and no re-render for a sub-pixel change (a layout that follows its width could otherwise flicker).
  const onResize = useCallback(
    (w: number) => setWidth((prev) => (w > 0 && Math.abs(w - prev) > 1 ? Math.round(w) : prev)),
    [],
  );
  return { width, initial, onResize };
}

export type ChartWidth = ReturnType<typeof useChartWidth>;

/**
 * A chart drawn at a scale (the page's or a slide's): its measured width, its margins at that scale, and the plot's
 * width in px left beside a value axis `axisWidth` px wide (what its view function lays out ticks and labels for).
 */
export function useScaledPlot(margin: Margin, scale: ChartScale, axisWidth: number) {
  const size = useChartWidth(scale.initialWidth);
  const scaled = scaledMargin(margin, scale);
  return { size, margin: scaled, plotWidth: size.width - axisWidth - scaled.left - scaled.right };
}
