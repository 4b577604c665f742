import { READER_INPUT } from '@/components/after-input-settles.ts';
import { lazyChart } from '@/components/chart/lazy-chart.tsx';
import { startTransition, Suspense, useEffect, useRef, useState } from 'react';
import type { AxisMilestone } from '@/domain/milestones.ts';
import type { TradeSeries, YearRange } from '@/domain/trade-series.ts';
import { StaticTradeChart } from './static-trade-chart.tsx';

/** Recharts is loaded on the reader's first input: the first screen never waits for it, nor pays for its mount. */
const TradeChart = lazyChart(() => import('@/components/charts/total-trade-chart.tsx'));

interface TradeChartSlotProps {
  series: TradeSeries[];
  span: YearRange;
  milestones: AxisMilestone[];
  ftaId: string;
}

/**
 * Once a reader has used the page, the chart is drawn live from then on: one dropped while far from the screen, or
 * while its section was hidden, comes back as the live chart rather than the light one and a second swap.
 */
let wentLive = false;

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
  const [live, setLive] = useState(wentLive);
  const [replayed, setReplayed] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const pointer = useRef<{ x: number; y: number } | null>(null);

  useEffect(() => {
    if (replayed) return;
    let asked = live;
    const onInput = (event: Event) => {
      // Where the reader points until the live chart has replayed it: a pointer that went elsewhere meanwhile (a tap
      // outside the chart) is forgotten, so no tooltip opens after the reader has moved on.
      if (event instanceof MouseEvent)
        pointer.current = box.current?.contains(event.target as Node) ? { x: event.clientX, y: event.clientY } : null;
      if (asked) return;
      asked = true;
      whenIdle(() => startTransition(() => setLive(true)));
    };
    const options = { capture: true, passive: true };
    for (const type of READER_INPUT) window.addEventListener(type, onInput, options);
    return () => {
      for (const type of READER_INPUT) window.removeEventListener(type, onInput, options);
    };
  }, [live, replayed]);

  useEffect(() => {
    if (!live) return;
    wentLive = true;
    let frame = 0;
    // The live chart draws once its chunk has loaded and its box has measured itself: then the pointer is replayed.
    const replay = () => {
      // Its markers drawn: Recharts has laid out its axes and can place a tooltip.
      const drawn = box.current?.querySelector('.recharts-wrapper');
      if (!drawn?.querySelector('.recharts-symbols')) {
        frame = requestAnimationFrame(replay);
        return;
      }
      setReplayed(true);
      const at = pointer.current;
      if (!at) return;
      const target = document.elementFromPoint(at.x, at.y);
      // A scatter chart's tooltip opens as the pointer enters a marker (React's onMouseEnter listens to mouseover).
      if (!target || !drawn.contains(target)) return;
      for (const type of ['mouseover', 'mousemove'])
        target.dispatchEvent(new MouseEvent(type, { bubbles: true, clientX: at.x, clientY: at.y }));
      // A replayed pointer is not where the browser thinks the pointer is, so it never tells the chart the pointer
      // left: the next tap or click elsewhere does, and the tooltip closes as it would after a real hover.
      leave = (event: Event) => {
        if (drawn.contains(event.target as Node)) return;
        target.dispatchEvent(new MouseEvent('mouseout', { bubbles: true, relatedTarget: event.target as Element }));
        window.removeEventListener('pointerdown', leave, true);
      };
      window.addEventListener('pointerdown', leave, true);
    };
    let leave = (_event: Event) => {};
    frame = requestAnimationFrame(replay);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('pointerdown', leave, true);
    };
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
