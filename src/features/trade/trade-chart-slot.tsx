import { lazy, startTransition, Suspense, useEffect, useRef, useState } from 'react';
import type { AxisMilestone } from '@/domain/milestones.ts';
import type { TradeSeries, YearRange } from '@/domain/trade-series.ts';
import { StaticTradeChart } from './static-trade-chart.tsx';

/** Recharts is loaded on the reader's first input: the first screen never waits for it, nor pays for its mount. */
const TradeChart = lazy(() => import('@/components/charts/total-trade-chart.tsx'));

interface TradeChartSlotProps {
  series: TradeSeries[];
  span: YearRange;
  milestones: AxisMilestone[];
  ftaId: string;
}

/** What tells that a reader is using the page: the interactive chart is then drawn in the next quiet moment. */
const INPUT = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart', 'scroll', 'focusin'] as const;

const whenIdle = (task: () => void) =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(task, { timeout: 300 }) : setTimeout(task, 50);

/**
 * The total-trade chart: on load its light SVG (static-trade-chart.tsx), the same picture at the same size; on the
 * reader's first input anywhere on the page (a pointer, a key, a scroll, a tap), the interactive Recharts chart
 * takes its place, so the mount that was the page's longest task at load now happens once someone is there to use it.
 * A pointer that was already over the chart is replayed on the live chart, so its tooltip opens where the reader
 * points without a second move.
 */
export function TradeChartSlot(props: TradeChartSlotProps) {
  const [live, setLive] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const pointer = useRef<{ x: number; y: number } | null>(null);

  useEffect(() => {
    if (live) return;
    let asked = false;
    const onInput = (event: Event) => {
      if (event instanceof MouseEvent && box.current?.contains(event.target as Node)) {
        pointer.current = { x: event.clientX, y: event.clientY };
      }
      if (asked) return;
      asked = true;
      whenIdle(() => startTransition(() => setLive(true)));
    };
    const options = { capture: true, passive: true };
    for (const type of INPUT) window.addEventListener(type, onInput, options);
    return () => {
      for (const type of INPUT) window.removeEventListener(type, onInput, options);
    };
  }, [live]);

  useEffect(() => {
    if (!live) return;
    let frame = 0;
    // The live chart draws once its chunk has loaded and its box has measured itself: then the pointer is replayed.
    const replay = () => {
      // Its markers drawn: Recharts has laid out its axes and can place a tooltip.
      const drawn = box.current?.querySelector('.recharts-wrapper');
      if (!drawn?.querySelector('.recharts-symbols')) {
        frame = requestAnimationFrame(replay);
        return;
      }
      const at = pointer.current;
      if (!at) return;
      const target = document.elementFromPoint(at.x, at.y);
      // A scatter chart's tooltip opens as the pointer enters a marker (React's onMouseEnter listens to mouseover).
      if (target && drawn.contains(target))
        for (const type of ['mouseover', 'mousemove'])
          target.dispatchEvent(new MouseEvent(type, { bubbles: true, clientX: at.x, clientY: at.y }));
    };
    frame = requestAnimationFrame(replay);
    return () => cancelAnimationFrame(frame);
  }, [live]);

  const light = <StaticTradeChart {...props} />;
  return (
    <div ref={box} className="trade-chart-slot">
      {live ? (
        <Suspense fallback={light}>
          <TradeChart {...props} />
        </Suspense>
      ) : (
        light
      )}
    </div>
  );
}
