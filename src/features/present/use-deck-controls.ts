import { useCallback, useEffect, useRef, useState } from 'react';

interface DeckControls {
  index: number;
  length: number;
  go: (index: number) => void;
  /** One step from the slide shown (use-deck-index.ts); `wrap` loops. */
  step: (delta: number, wrap?: boolean) => void;
  exit: () => void;
  /** Autoplay interval in seconds, or null. */
  interval: number | null;
  /** `s` opens the presenter view (as in reveal.js); absent in the presenter view itself. */
  onPresenter?: () => void;
}

const NEXT_KEYS = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter']);
const PREVIOUS_KEYS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace']);
const SWIPE_PX = 50;

export function toggleFullscreen() {
  if (document.fullscreenElement) void document.exitFullscreen();
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
}

/**
 * What a presenter's keyboard or clicker does (clickers send PageUp/PageDown or arrows), swipes on a touch screen,
 * and the kiosk autoplay: it loops, any key pauses it, `p` pauses and resumes.
 */
export function useDeckControls({ index, length, go, step, exit, interval, onPresenter }: DeckControls) {
  const [paused, setPaused] = useState(false);
  const touchStart = useRef<{ x: number; y: number } | null>(null);

  const next = useCallback(() => step(1), [step]);
  const previous = useCallback(() => step(-1), [step]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement | null;
      // Buttons keep their own Space/Enter; the deck handles everything else.
      const onButton = target?.closest('button, a, input, select');
      const key = event.key;
      if (key === 'p' || key === 'P') {
        setPaused((p) => !p);
        return;
      }
      if (interval !== null) setPaused(true);
      if (key === 'Escape') exit();
      else if (key === 'f' || key === 'F') toggleFullscreen();
      else if ((key === 's' || key === 'S') && onPresenter) onPresenter();
      else if (key === 'Home') go(0);
      else if (key === 'End') go(length - 1);
      else if (/^[0-9]$/.test(key)) {
        const n = key === '0' ? 10 : Number(key);
        if (n <= length) go(n - 1);
      } else if (NEXT_KEYS.has(key) && !(onButton && (key === ' ' || key === 'Enter'))) next();
      else if (PREVIOUS_KEYS.has(key)) previous();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [exit, go, interval, length, next, previous, onPresenter]);

  useEffect(() => {
    if (interval === null || paused || length < 2) return;
    const timer = window.setTimeout(() => step(1, true), interval * 1000);
    return () => window.clearTimeout(timer);
  }, [step, index, interval, length, paused]);

  const onTouchStart = (e: React.TouchEvent) => {
    const t = e.touches[0];
    touchStart.current = t ? { x: t.clientX, y: t.clientY } : null;
  };
  const onTouchEnd = (e: React.TouchEvent) => {
    const start = touchStart.current;
    const t = e.changedTouches[0];
    touchStart.current = null;
    if (!start || !t) return;
    const dx = t.clientX - start.x;
    if (Math.abs(dx) < SWIPE_PX || Math.abs(dx) < Math.abs(t.clientY - start.y)) return;
    if (interval !== null) setPaused(true);
    if (dx < 0) next();
    else previous();
  };

  return { paused, setPaused, next, previous, touchHandlers: { onTouchStart, onTouchEnd } };
}
