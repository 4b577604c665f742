import type { ReactNode } from 'react';
import { useIdleTurn } from './idle-turns.ts';

/** React writes `hidden` as a plain boolean attribute; the until-found state is set on the element itself. */
const untilFound = (element: HTMLElement | null) => element?.setAttribute('hidden', 'until-found');

/**
 * Content kept in the document but not shown (`hidden="until-found"`): find-in-page reaches it and the browser
 * reveals it at the match. Used for a chart's table while the chart is drawn, so every figure the chart shows can be
 * found as text; the chart's "Table" button shows the same table.
 */
export function Findable({ children }: { children: ReactNode }) {
  // Not part of its section's render: each table joins the page in an idle turn of its own once the page has loaded
  // (components/idle-turns.ts), so no one commit holds the main thread for a whole section and its tables.
  const on = useIdleTurn(true);
  return (
    <div ref={untilFound} className="findable">
      {on ? children : null}
    </div>
  );
}
