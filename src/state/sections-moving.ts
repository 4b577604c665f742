import { createContext, startTransition, useContext, useEffect, useState } from 'react';

/**
 * A filter click that shows or hides sections moves everything below them: a chart that was on screen before the
 * click may be far from it after. Redrawn in the click's own render, such a chart would be drawn with the new filter
 * and dropped a frame later (`RenderWhileNear`), a Recharts mount for nothing; when a section came back at the top,
 * that was most of the click's work (four of six charts redrawn and dropped, 0.8 s at 4× CPU).
 *
 * So while the sections move, the chart frames hold what they showed (`ChartFrame`, like a frame far from the
 * screen) and no chart is drawn for the first time (`RenderWhileNear`); once the page has been laid out and each
 * chart knows whether it is near, the frames near redraw with the new filter and the charts that came near are drawn,
 * once. A section the click brings back shows its text at once and its charts once it is laid out.
 *
 * The value is the move's number while sections move, else null.
 */
export const SectionsMovingContext = createContext<number | null>(null);

export const useSectionsMoving = () => useContext(SectionsMovingContext);

/** The sector set a filter shows, as a key: a change of years alone moves no section. */
const sectorsKey = (sectors: readonly string[]) => sectors.join(',');

/** The move's number from the render in which the filter's sectors change until the page has been laid out. */
export function useSectionsMovingFor(sectors: readonly string[]): number | null {
  const key = sectorsKey(sectors);
  const [state, setState] = useState({ key, moving: null as number | null, moves: 0 });
  let current = state;
  if (state.key !== key) {
    // Derived state: the move starts in the very render that shows and hides the sections.
    current = { key, moving: state.moves + 1, moves: state.moves + 1 };
    setState(current);
  }
  const { moving } = current;
  useEffect(() => {
    if (moving === null) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const end = () => {
      timer = setTimeout(() =>
        startTransition(() => setState((s) => (s.moving === moving ? { ...s, moving: null } : s))),
      );
    };
    if (typeof IntersectionObserver === 'undefined') {
      end();
      return () => clearTimeout(timer);
    }
    // The browser tells all of a page's intersection observers together, after the layout that follows this commit:
    // a new observer's first report comes with each chart's report of whether it is still near (useNearViewport).
    // Counting frames instead is not enough: on a slow phone those reports came after the second frame.
    const observer = new IntersectionObserver(() => {
      observer.disconnect();
      end();
    });
    observer.observe(document.body);
    return () => {
      observer.disconnect();
      clearTimeout(timer);
    };
  }, [moving]);
  return moving;
}

/**
 * Whether a section is coming back in the current move (a section the click shows again): its charts were drawn
 * when it was hidden, with the filter of that moment; they are dropped and drawn again only if near once it is laid
 * out, rather than brought back to life (an Activity's effects run again: every Recharts chart set up anew) and then
 * redrawn or dropped.
 */
export const SectionReturningContext = createContext(false);

export const useSectionReturning = () => useContext(SectionReturningContext);

/** For a section shown or hidden by the filter: whether it is coming back in the current move. */
export function useReturningIn(shown: boolean, moving: number | null): boolean {
  const [seen, setSeen] = useState({ shown, returnedIn: null as number | null });
  let returnedIn = seen.returnedIn;
  if (seen.shown !== shown) {
    returnedIn = shown ? moving : null;
    setSeen({ shown, returnedIn });
  }
  return shown && moving !== null && returnedIn === moving;
}
