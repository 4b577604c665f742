import { useCallback, useRef, useState, type ReactNode } from 'react';
import { useNearViewport } from './use-near-viewport.ts';

/**
 * A chart drawn only while it is within half a screen of the viewport (and when the page is printed). A filter
 * change then redraws the few charts a reader can see, not every chart met on the way down; one scrolled back to is
 * drawn again from its current props. The box keeps the height the chart had when it was left (at least `height`),
 * so nothing on the page moves.
 */
export function RenderWhileNear({ height, children }: { height: number; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [leftAt, setLeftAt] = useState(height);
  const onLeave = useCallback((measured: number) => setLeftAt(Math.max(height, measured)), [height]);
  const near = useNearViewport(box, false, false, onLeave);
  return (
    <div ref={box} className="render-while-near" style={{ minHeight: near ? height : leftAt }} data-drawn={near}>
      {near ? children : null}
    </div>
  );
}
