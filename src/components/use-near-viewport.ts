import { createContext, startTransition, useContext, useEffect, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';

/** Inside a chart frame being saved as an image: everything in it is drawn, near or not, so the picture is whole. */
export const DrawAllContext = createContext(false);

/**
 * Whether an element that the observer reports with no box sits inside a rendered section that the browser skips
 * off screen (`content-visibility: auto` on `.render-when-near__slot`, styles.css): its box is then simply not laid
 * out yet, and the observer reports it again once the section nears the screen. Told from the document's structure,
 * not by asking the browser (`checkVisibility()`): that forces a layout of the whole skipped section (thousands of
 * boxes, a long task) in the middle of the page's idle work after load.
 */
const skippedOffScreen = (element: Element) => element.parentElement?.closest('.render-when-near__slot') != null;

/** How far ahead of the viewport content starts to render: half a screen, so it is there before it is seen. */
const AHEAD = '50% 0px';

/**
 * Whether `ref`'s element is within half a screen of the viewport. With `keep`, the answer stays true once reached
 * (a section, with state of its own); without, it turns false again when the element is left far behind (a chart,
 * redrawn from its props when it comes back). Printing, or "save as PDF", makes everything near until it is done.
 * Changes arrive in a transition, so scrolling and clicks are never held up by what mounts (a click during it
 * interrupts it); content that came near because of a click (the page above it got shorter) is drawn at once.
 */
export function useNearViewport(
  ref: RefObject<Element | null>,
  keep: boolean,
  initially = false,
  /** Told the element's height as it is left behind, while its content is still drawn. */
  onLeave?: (height: number) => void,
): boolean {
  const [near, setNear] = useState(() => initially || typeof IntersectionObserver === 'undefined');
  const [printing, setPrinting] = useState(false);
  const drawAll = useContext(DrawAllContext);
  const settled = keep && near;

  useEffect(() => {
    const element = ref.current;
    if (settled || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        // An element with no box (an empty slot) cannot be placed: count it as near, so it is never held back. One
        // whose box the browser skips off screen (inside a section with `content-visibility: auto`) is not near.
        const intersecting = entries.some(
          (e) =>
            e.isIntersecting ||
            (e.boundingClientRect.width === 0 && e.boundingClientRect.height === 0 && !skippedOffScreen(e.target)),
        );
        if (intersecting) {
          startTransition(() => setNear(true));
        } else {
          onLeave?.(entries[0]!.boundingClientRect.height);
          if (!keep) startTransition(() => setNear(false));
        }
      },
      { rootMargin: AHEAD },
    );
    observer.observe(element);
    // The browser lays the page out for print right after this event: render synchronously.
    const beforePrint = () => flushSync(() => setPrinting(true));
    const afterPrint = () => setPrinting(false);
    window.addEventListener('beforeprint', beforePrint);
    window.addEventListener('afterprint', afterPrint);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', beforePrint);
      window.removeEventListener('afterprint', afterPrint);
    };
  }, [ref, keep, settled, onLeave]);

  return near || printing || drawAll;
}
