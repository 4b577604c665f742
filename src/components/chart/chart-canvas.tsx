import { useLayoutEffect, useRef, useState, type ReactElement } from 'react';
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
 * Every Recharts chart's box: it reserves the chart's height before the chart draws (no layout shift), measures its
 * own box before the chart's first drawing (in a layout effect, before the browser paints), and reports its width
 * to useChartWidth. The chart is then drawn once at its real size: drawn first at a guessed width, a phone's
 * total-trade chart was drawn twice on load, a second long task of several hundred ms at 4× CPU. Where the box has
 * no size yet (a test's document), the stated initial size stands in, so Recharts never sees a zero size.
 */
export function ChartCanvas({ height, initialHeight, size, initialWidth, children }: ChartCanvasProps) {
  const box = useRef<HTMLDivElement>(null);
  const [measured, setMeasured] = useState<{ width: number; height: number } | null>(null);
  const onResize = size?.onResize;
  const startWidth = size?.initial ?? initialWidth ?? INITIAL_CHART_WIDTH;
  const startHeight = typeof height === 'number' ? height : (initialHeight ?? 520);

  useLayoutEffect(() => {
    const element = box.current;
    const width = element?.clientWidth || startWidth;
    setMeasured({ width, height: (typeof height === 'number' ? height : element?.clientHeight) || startHeight });
    onResize?.(width);
    // Once, at mount: later sizes come from ResponsiveContainer's own observer.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <div ref={box} className="chart-canvas" style={{ width: '100%', height }}>
      {measured && (
        <ResponsiveContainer width="100%" height={height} initialDimension={measured} onResize={onResize}>
          {children}
        </ResponsiveContainer>
      )}
    </div>
  );
}
