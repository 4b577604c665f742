import { createContext, useContext, type ReactNode } from 'react';
import { useIdleTurn } from './idle-turns.ts';

/** React writes `hidden` as a plain boolean attribute; the until-found state is set on the element itself. */
const untilFound = (element: HTMLElement | null) => element?.setAttribute('hidden', 'until-found');

/** Whether content is inside a Findable (a chart's hidden table), where long tables add their rows in turns. */
const InFindable = createContext(false);

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
      <InFindable.Provider value={true}>{on ? children : null}</InFindable.Provider>
    </div>
  );
}

/**
 * A part of a long table (a few dozen rows) that, inside a Findable, joins the page in an idle turn of its own: a
 * table of a hundred rows is some 1,300 elements, a commit of 15–25 ms on a phone, too long for one turn. Shown as
 * a table (the chart's "Table" button) it is drawn at once.
 */
export function RowsWhenIdle({ children }: { children: ReactNode }) {
  const inFindable = useContext(InFindable);
  const turn = useIdleTurn(inFindable);
  return inFindable && !turn ? null : children;
}
