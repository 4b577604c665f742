import { startTransition, useEffect, useRef, useState } from 'react';
import { afterInputSettles } from './after-input-settles.ts';

/**
 * Turns for work that the page does on its own once the first screen has settled (rendering the sections below the
 * first screen and each chart's table, so that find-in-page, heading navigation and print reach all of the page
 * without any input): one at a time, in the order asked, each when the browser is idle and the reader is not using a
 * control, each released by its owner once committed. Each turn is one small commit, so none holds the main thread
 * long enough to delay a tap (a long task).
 */
type Turn = () => void;
const waiting: Turn[] = [];
let busy = false;
let loaded = false;
let started = false;
/** What must be ready before the first turn (the data the sections read), so each renders whole in one go. */
let prepare: () => Promise<unknown> = () => Promise.resolve();

/**
 * Holds the turns until `preparation` settles: the sections' data is fetched first, so that a section rendered in
 * its turn (a transition, in slices) does not render again, all at once, when its data arrives.
 */
export function prepareIdleTurns(preparation: () => Promise<unknown>) {
  prepare = preparation;
}

/** The browser's next idle moment (a timer where it has no idle callbacks). */
export const idle = (task: () => void) =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(task, { timeout: 3000 }) : setTimeout(task, 100);

/** Whether the page's own work after load (every section and table queued at load) has all been done. */
let caughtUp = false;
const onCatchingUp: Array<() => void> = [];

/** Runs `task` once the page's own work after load is done (at once if it is). */
export function onceCaughtUp(task: () => void) {
  if (caughtUp) task();
  else onCatchingUp.push(task);
}

function next() {
  if (busy || !loaded) return;
  const turn = waiting.shift();
  if (!turn) {
    if (!caughtUp) {
      caughtUp = true;
      for (const task of onCatchingUp.splice(0)) task();
    }
    return;
  }
  busy = true;
  // The page's own work waits for the reader to stop clicking; a turn asked for later is a click's consequence (a
  // frame the click brought in, its table's rows), which the reader is waiting for: it runs in the next idle moment.
  idle(() => (caughtUp ? turn() : afterInputSettles(turn)));
}

/**
 * The reader reading on (a key, such as the one that opens find-in-page; a wheel or touch scroll) starts the turns at
 * once; without any input they start once the page has loaded and the browser has a quiet moment, after the first
 * screen's own work.
 */
const READING_ON = ['keydown', 'wheel', 'touchstart', 'scroll'] as const;

function whenLoaded() {
  if (started || typeof window === 'undefined') return;
  started = true;
  let begun = false;
  const start = () => {
    if (begun) return;
    begun = true;
    for (const type of READING_ON) window.removeEventListener(type, start, true);
    void prepare().finally(() => {
      loaded = true;
      next();
    });
  };
  for (const type of READING_ON) window.addEventListener(type, start, { capture: true, passive: true });
  const afterLoad = () => idle(start);
  if (document.readyState === 'complete') afterLoad();
  else window.addEventListener('load', afterLoad, { once: true });
}

/**
 * Queues `turn`; returns a cancel function for a turn no longer wanted (the section came near first). The owner
 * calls `release()` once its turn's work has been committed, so the next one starts.
 */
export function takeIdleTurn(turn: Turn): () => void {
  whenLoaded();
  let cancelled = false;
  // Cancelled after it was taken from the queue but before it ran: the turn passes straight to the next one.
  const queued = () => (cancelled ? releaseIdleTurn() : turn());
  waiting.push(queued);
  next();
  return () => {
    cancelled = true;
    const at = waiting.indexOf(queued);
    if (at >= 0) waiting.splice(at, 1);
  };
}

export function releaseIdleTurn() {
  busy = false;
  next();
}

/**
 * Whether the owner's idle turn has come: while `wanted`, a turn is queued; when it comes, the answer turns true in a
 * transition and the turn is released once that render is committed (or when the owner goes away first).
 */
export function useIdleTurn(wanted: boolean): boolean {
  const [came, setCame] = useState(false);
  const holding = useRef(false);
  useEffect(() => {
    if (!wanted || came) return;
    return takeIdleTurn(() => {
      holding.current = true;
      startTransition(() => setCame(true));
    });
  }, [wanted, came]);
  useEffect(() => {
    if (!holding.current) return;
    // Released when the turn's render is committed, or when the owner stops wanting it or goes away first.
    if (came || !wanted) {
      holding.current = false;
      releaseIdleTurn();
    }
  }, [came, wanted]);
  useEffect(
    () => () => {
      if (holding.current) {
        holding.current = false;
        releaseIdleTurn();
      }
    },
    [],
  );
  return came;
}
