import { startTransition, useEffect, useState, type ReactNode } from 'react';
import { onReadingOn } from './idle-turns.ts';

/** React writes `hidden` as a plain boolean attribute; the until-found state is set on the element itself. */
const untilFound = (element: HTMLElement | null) => element?.setAttribute('hidden', 'until-found');

/**
 * Content kept in the document but not shown (`hidden="until-found"`): find-in-page reaches it and the browser
 * reveals it at the match. Used for a chart's table while the chart is drawn, so every figure the chart shows can be
 * found as text; the chart's "Table" button shows the same table.
 */
export function Findable({ children }: { children: ReactNode }) {
  // Not part of the first render: the tables join the page with the rest of it, at the reader's first key or scroll.
  const [on, setOn] = useState(false);
  useEffect(() => onReadingOn(() => startTransition(() => setOn(true))), []);
  return (
    <div ref={untilFound} className="findable">
      {on ? children : null}
    </div>
  );
}
