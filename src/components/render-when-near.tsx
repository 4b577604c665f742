import { useEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { embeddedChart, FreezeViewFilter } from '@/state/view-params.ts';
import { holdJumpTarget } from './hold-jump-target.ts';
import { useIdleTurn } from './idle-turns.ts';
import { useNearViewport } from './use-near-viewport.ts';

interface RenderWhenNearProps {
  /** The id the content will carry, held by the placeholder so a jump link or a shared #fragment finds it. */
  anchorId?: string;
  /** The height the placeholder holds, in px: an estimate of the content's. */
  height: number;
  /** The same on a phone (≤ 700 px wide), where sections stack and grow taller. */
  phoneHeight?: number;
  /** Light content the placeholder shows until the section renders (its heading and opening text). */
  lightContent?: ReactNode;
  children: ReactNode;
}

/** Whether the page was opened at this section (a shared link such as `#timeline-section`). */
const isLinkedTo = (id: string | undefined) =>
  id !== undefined && typeof window !== 'undefined' && window.location.hash === `#${id}`;

/**
 * Renders a section (or a part of the first screen) once its place comes within half a screen of the viewport,
 * when the page is printed, or when a link points at it, and keeps it from then on. Once the page has loaded, the
 * sections not reached yet render one by one while the browser is idle (`idle-turns.ts`): every heading, text and
 * table is then in the document for find-in-page, heading navigation and print, while charts are still drawn only
 * near the screen (`render-while-near.tsx`). The first screen then costs only
 * itself: the page below it is 25,000 px of charts, tables and cards that a reader reaches one at a time. Once
 * rendered, a section left far from the screen keeps the filter it was drawn with until the reader comes back, so a
 * filter change redraws only what is near.
 */
export function RenderWhenNear({
  anchorId,
  height,
  phoneHeight = height,
  lightContent,
  children,
}: RenderWhenNearProps) {
  const placeholder = useRef<HTMLDivElement>(null);
  // Opened from a shared link to this section: it did not exist when the browser looked for it, so go there now.
  // An embedded chart (`?embed=`) may sit in any section: all render at once, only that chart shows (embed.css).
  const [embedded] = useState(() => embeddedChart() !== null);
  const [openedAt, setOpenedAt] = useState(() => isLinkedTo(anchorId));
  const near = useNearViewport(placeholder, true, openedAt || embedded);
  const [linked, setLinked] = useState(false);
  const idleTurn = useIdleTurn(!near && !linked && !openedAt);
  const shown = near || linked || idleTurn || openedAt;

  useEffect(() => {
    if (!anchorId) return;
    // A link followed while this part was being rendered (a transition, in slices) but was not in the page yet: the
    // browser found nothing to scroll to, and the hashchange came before the listener below. Go there now.
    const missed = requestAnimationFrame(() => isLinkedTo(anchorId) && setOpenedAt(true));
    // Once linked to, rendered for good: following another link later must not take it away again. The browser's
    // own jump may land before the page around the section has settled: hold the section in place.
    let stopHolding: (() => void) | undefined;
    const onHashChange = () => {
      if (!isLinkedTo(anchorId)) return;
      setLinked(true);
      stopHolding?.();
      stopHolding = holdJumpTarget(anchorId);
    };
    window.addEventListener('hashchange', onHashChange);
    return () => {
      cancelAnimationFrame(missed);
      window.removeEventListener('hashchange', onHashChange);
      stopHolding?.();
    };
  }, [anchorId]);

  const heights = { '--placeholder-height': `${height}px`, '--phone-placeholder-height': `${phoneHeight}px` };
  if (shown)
    return (
      <NearSlot scrollTo={openedAt ? anchorId : undefined} style={heights}>
        {children}
      </NearSlot>
    );
  return (
    <div ref={placeholder} id={anchorId} className="render-when-near" style={heights as CSSProperties}>
      {lightContent}
    </div>
  );
}

/** The rendered section, in a box that tells whether it is near the screen; an empty one takes no room. */
function NearSlot({ scrollTo, style, children }: { scrollTo?: string; style: object; children: ReactNode }) {
  const slot = useRef<HTMLDivElement>(null);
  const near = useNearViewport(slot, false, true);
  useEffect(() => {
    if (scrollTo) return holdJumpTarget(scrollTo);
  }, [scrollTo]);
  return (
    // The heights are what the slot holds while the browser skips it off screen (content-visibility, styles.css).
    <div ref={slot} className="render-when-near__slot" style={style as CSSProperties}>
      <FreezeViewFilter frozen={!near}>{children}</FreezeViewFilter>
    </div>
  );
}
