import type { ReactElement } from 'react';
import { ResponsiveContainer } from 'recharts';
import { INITIAL_CHART_WIDTH, type ChartWidth } from './use-chart-width.ts';

interface ChartCanvasProps {
  /** The chart's height in px, stated here once; or '100%' of a box sized by its parent (a slide). */
  height: number | '100%';
  /** The height to lay out for before the first measure when `height` is '100%'. */
  initialHeight?: number;
  /** From useChartWidth, when the chart's layout follows its width. */
  size?: ChartWidth;
  /** The width to lay out for before the first measure, when no `size` is given. */
  initialWidth?: number;
  children: ReactElement;
}

/**
 * Every Recharts chart's box: it reserves the chart's height before the chart draws (no layout shift), starts from a
 * stated size (Recharts warns of a zero size otherwise), and reports its width to useChartWidth.
 */
export function ChartCanvas({ height, initialHeight, size, initialWidth, children }: ChartCanvasProps) {
  const startHeight = typeof height === 'number' ? height : (initialHeight ?? 520);
  return (
    <ResponsiveContainer
      width="100%"
      height={height}
      initialDimension={{ width: size?.initial ?? initialWidth ?? INITIAL_CHART_WIDTH, height: startHeight }}
      onResize={size?.onResize}
    >
      {children}
    </ResponsiveContainer>
  );
}
