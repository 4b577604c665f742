import { useRef, type ReactNode } from 'react';
import { useNearViewport } from './use-near-viewport.ts';

/**
 * A chart drawn only while it is within half a screen of the viewport (and when the page is printed). A filter
 * change then redraws the few charts a reader can see, not every chart met on the way down; one scrolled back to is
 * drawn again from its current props. The box keeps the chart's height, so nothing moves.
 */
export function RenderWhileNear({ height, children }: { height: number; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const near = useNearViewport(box, false);
  return (
    <div ref={box} className="render-while-near" style={{ minHeight: height }} data-drawn={near}>
      {near ? children : null}
    </div>
  );
}
