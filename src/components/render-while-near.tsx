import { useCallback, useRef, useState, type ReactNode } from 'react';
import { useSectionReturning, useSectionsMoving } from '@/state/sections-moving.ts';
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
  // While a click moves the sections, a chart not drawn yet waits to learn where it lands: drawn now, it would be
  // drawn with the props its frame held, then again with the new ones (sections-moving.ts). One drawn stays drawn,
  // unless its section is coming back from hidden.
  const moving = useSectionsMoving() !== null;
  const returning = useSectionReturning();
  const [wasDrawn, setWasDrawn] = useState(near);
  const drawn = near && (!moving || (wasDrawn && !returning));
  if (drawn !== wasDrawn) setWasDrawn(drawn);
  return (
    <div ref={box} className="render-while-near" style={{ minHeight: drawn ? height : leftAt }} data-drawn={drawn}>
      {drawn ? children : null}
    </div>
  );
}
