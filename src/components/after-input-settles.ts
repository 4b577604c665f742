/**
 * The work the page does on its own after load (sections rendered in idle turns, `idle-turns.ts`) waits until the
 * reader has stopped using the page's controls for a moment, so it never competes with a run of clicks. A control
 * used from the keyboard counts too (it fires `click` or `change`), but moving through the page does not: scrolling,
 * Tab and the arrow keys never wait. What a click itself changes, and charts that come near because of it, are drawn
 * at once (in a transition that the next click interrupts): a reader waits for them.
 */
const QUIET_MS = 300;

let lastInputAt = Number.NEGATIVE_INFINITY;
let listening = false;

function listen() {
  if (listening || typeof window === 'undefined') return;
  listening = true;
  const note = () => {
    lastInputAt = performance.now();
  };
  // pointerdown comes before the click's own work; click and change also cover keyboard use of controls.
  for (const type of ['pointerdown', 'click', 'change'])
    window.addEventListener(type, note, { capture: true, passive: true });
}

/** Runs `task` now if the reader has not used a control in the last moment, else once they stop. */
export function afterInputSettles(task: () => void): () => void {
  listen();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const attempt = () => {
    const wait = lastInputAt + QUIET_MS - performance.now();
    if (wait > 0) timer = setTimeout(attempt, wait);
    else task();
  };
  attempt();
  return () => clearTimeout(timer);
}

/** Starts listening for input before the first click, so that click counts. */
export const watchInput = listen;

/**
 * What tells that a reader is using the page (a pointer, a key, a wheel, a tap, a scroll, a focus): work that the
 * first screen must never pay for (the live trade chart, the other charts' code) starts at the first of these.
 */
export const READER_INPUT = [
  'pointerdown',
  'pointermove',
  'keydown',
  'wheel',
  'touchstart',
  'scroll',
  'focusin',
] as const;

/** Runs `task` once, at the reader's first input. */
export function atFirstInput(task: () => void) {
  const options = { capture: true, passive: true };
  const once = () => {
    for (const type of READER_INPUT) window.removeEventListener(type, once, options);
    task();
  };
  for (const type of READER_INPUT) window.addEventListener(type, once, options);
}
