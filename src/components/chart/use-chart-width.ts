import { useCallback, useState } from 'react';

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
