import { useRef, type ReactNode } from 'react';
import { useNearViewport } from './use-near-viewport.ts';

/**
 * A chart drawn once it comes within half a screen of the viewport (or when the page is printed), and kept from then
 * on. The page's 25,000 px of charts are not all drawn on load; a chart the reader has met stays drawn, so one that
 * comes back into view after a filter click (the page above it got shorter, then longer again) is updated, not built
 * anew. Its frame keeps it from redrawing on filter changes while it is far (`ChartFrame`, `FreezeViewFilter`).
 */
export function DrawWhenNear({ height, children }: { height: number; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const drawn = useNearViewport(box, true);
  return (
    <div ref={box} className="draw-when-near" style={{ minHeight: height }} data-drawn={drawn}>
      {drawn ? children : null}
    </div>
  );
}
