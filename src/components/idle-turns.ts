import { afterInputSettles } from './after-input-settles.ts';

/**
 * Turns for work that the page does on its own once the reader starts reading on (rendering the sections below the
 * first screen, so that find-in-page and print reach all of the page): one at a time, in the order asked, each when
 * the browser is idle and the reader is not using a control, each released by its owner once done.
 */
type Turn = () => void;
const waiting: Turn[] = [];
let busy = false;
let loaded = false;
let started = false;
let readingOn = false;
const readingOnListeners = new Set<() => void>();

/** Whether the reader has started reading on (see READING_ON); tells `listener` once they do. */
export function onReadingOn(listener: () => void): () => void {
  whenLoaded();
  if (readingOn) listener();
  else readingOnListeners.add(listener);
  return () => readingOnListeners.delete(listener);
}
/** What must be ready before the first turn (the data the sections read), so each renders whole in one go. */
let prepare: () => Promise<unknown> = () => Promise.resolve();

/**
 * Holds the turns until `preparation` settles: the sections' data is fetched first, so that a section rendered in
 * its turn (a transition, in slices) does not render again, all at once, when its data arrives.
 */
export function prepareIdleTurns(preparation: () => Promise<unknown>) {
  prepare = preparation;
}

const idle = (task: () => void) =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(task, { timeout: 3000 }) : setTimeout(task, 100);

function next() {
  if (busy || !loaded) return;
  const turn = waiting.shift();
  if (!turn) return;
  busy = true;
  idle(() => afterInputSettles(turn));
}

/**
 * The first sign that the reader is reading on (a key, such as the one that opens find-in-page; a wheel or touch
 * scroll): a phone that only shows the first screen does not pay for the rest of the page.
 */
const READING_ON = ['keydown', 'wheel', 'touchstart', 'scroll'] as const;

function whenLoaded() {
  if (started || typeof window === 'undefined') return;
  started = true;
  const start = () => {
    for (const type of READING_ON) window.removeEventListener(type, start, true);
    readingOn = true;
    for (const listener of readingOnListeners) listener();
    void prepare().finally(() => {
      loaded = true;
      next();
    });
  };
  for (const type of READING_ON) window.addEventListener(type, start, { capture: true, passive: true });
}

/**
 * Queues `turn`; returns a cancel function for a turn no longer wanted (the section came near first). The owner
 * calls `release()` once its turn's work has been committed, so the next one starts.
 */
export function takeIdleTurn(turn: Turn): () => void {
  whenLoaded();
  waiting.push(turn);
  next();
  return () => {
    const at = waiting.indexOf(turn);
    if (at >= 0) waiting.splice(at, 1);
  };
}

export function releaseIdleTurn() {
  busy = false;
  next();
}
