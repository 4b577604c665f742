import { afterInputSettles } from './after-input-settles.ts';

/**
 * Turns for work that the page does on its own once it has loaded (rendering the sections below the first screen,
 * so that find-in-page, heading navigation and print reach all of the page): one at a time, in the order asked,
 * each when the browser is idle and the reader is not using a control, each released by its owner once done.
 */
type Turn = () => void;
const waiting: Turn[] = [];
let busy = false;
let loaded = false;
/** What must be ready before the first turn (the data the sections read), so each renders whole in one go. */
let ready: Promise<unknown> = Promise.resolve();

/**
 * Holds the turns until `preparation` settles: the sections' data is fetched first, so that a section rendered in
 * its turn (a transition, in slices) does not render again, all at once, when its data arrives.
 */
export function prepareIdleTurns(preparation: () => Promise<unknown>) {
  ready = new Promise<void>((done) => idle(() => void preparation().finally(done)));
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

function whenLoaded() {
  if (loaded || typeof window === 'undefined') return;
  const start = () =>
    void ready.then(() => {
      loaded = true;
      next();
    });
  if (document.readyState === 'complete') idle(start);
  else window.addEventListener('load', () => idle(start), { once: true });
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
