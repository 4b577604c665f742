import { startTransition, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { stepSlide } from '@/domain/deck.ts';
import { afterPaintAndRelease, trackKeys } from './after-paint.ts';
import { markSlides, showSlide } from './slide-visibility.ts';

/**
 * Which slide is shown. A key press shows the new slide at once by flipping two attributes of the already painted
 * slides (slide-visibility.ts), with no render, so the room sees it in the next frame. Once that frame is painted,
 * React's `index` follows: it makes the shown slide operable (`inert` comes off), paints its neighbours ahead for the
 * next press, updates the counter and the presenter's window, and writes the slide number into the URL (each of which
 * restyles, paints or re-renders more than the room needs to see the slide), and once the key is released and that
 * painted (after-paint.ts: the browser times a press to the paint after its release). Presses faster than that settle
 * once.
 * The URL is read when the deck opens: while it runs, the deck is the only thing that changes its slide.
 *
 * `slides` goes on the element whose children are the slides, in deck order (none in the presenter's view, where a
 * change renders at once).
 */
export function useDeckIndex(initial: number, length: number, writeUrl: (index: number) => void) {
  const slides = useRef<HTMLDivElement>(null);
  const shown = useRef(initial);
  const [index, setIndex] = useState(initial);
  const pending = useRef<(() => void) | null>(null);
  const urlWriter = useRef(writeUrl);
  useLayoutEffect(() => {
    urlWriter.current = writeUrl;
  }, [writeUrl]);

  const go = useCallback((to: number) => {
    const root = slides.current;
    if (to === shown.current) return;
    if (!root) {
      shown.current = to;
      setIndex(to);
      return;
    }
    showSlide(root.children, shown.current, to);
    shown.current = to;
    pending.current?.();
    pending.current = afterPaintAndRelease(() => {
      pending.current = null;
      startTransition(() => setIndex(to));
    });
  }, []);
  /** One step from the slide shown (not from `index`, which may not have caught up with a fast clicker yet). */
  const step = useCallback(
    (delta: number, wrap = false) => go(stepSlide(shown.current, delta, length, wrap)),
    [go, length],
  );

  // Every slide's attributes, before the first paint and after each settled change.
  useLayoutEffect(() => {
    if (slides.current) markSlides(slides.current.children, shown.current, index);
  }, [index, length]);
  useEffect(() => {
    startTransition(() => urlWriter.current(index));
  }, [index]);
  useEffect(() => {
    trackKeys();
    return () => pending.current?.();
  }, []);

  return { slides, index, go, step };
}
