import { startTransition, useEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { flushSync } from 'react-dom';

interface RenderWhenNearProps {
  /** The id the content will carry, held by the placeholder so a jump link or a shared #fragment finds it. */
  anchorId?: string;
  /** The height the placeholder holds, in px: exact for a fixed-height chart, an estimate for a section. */
  height: number;
  /** The same on a phone (≤ 700 px wide), where sections stack and grow taller. */
  phoneHeight?: number;
  children: ReactNode;
}

/** Whether the page was opened at this section (a shared link such as `#timeline-section`). */
const isLinkedTo = (id: string | undefined) =>
  id !== undefined && typeof window !== 'undefined' && window.location.hash === `#${id}`;

/**
 * Renders a chart or a long section only once its place comes within half a screen of the viewport, when the page is printed,
 * or when a link points at it. The first screen then costs only itself: the page below it is 25,000 px of charts,
 * tables and cards that a reader reaches one at a time. Rendering happens in a transition, so scrolling stays
 * responsive while a section mounts.
 */
export function RenderWhenNear({ anchorId, height, phoneHeight = height, children }: RenderWhenNearProps) {
  const placeholder = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(() => isLinkedTo(anchorId) || typeof IntersectionObserver === 'undefined');

  useEffect(() => {
    const element = placeholder.current;
    if (near || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) startTransition(() => setNear(true));
      },
      { rootMargin: '50% 0px' },
    );
    observer.observe(element);
    // A print or a "save as PDF" must hold the whole page: render now, before the browser lays it out.
    const beforePrint = () => flushSync(() => setNear(true));
    const onHashChange = () => isLinkedTo(anchorId) && setNear(true);
    window.addEventListener('beforeprint', beforePrint);
    window.addEventListener('hashchange', onHashChange);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', beforePrint);
      window.removeEventListener('hashchange', onHashChange);
    };
  }, [near, anchorId]);

  if (near) return children;
  return (
    <div
      ref={placeholder}
      id={anchorId}
      className="render-when-near"
      style={
        { '--placeholder-height': `${height}px`, '--phone-placeholder-height': `${phoneHeight}px` } as CSSProperties
      }
    />
  );
}
