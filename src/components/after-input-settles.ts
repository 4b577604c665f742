/**
 * Heavy rendering that a click sets off indirectly (a chart or section that comes near because the page above it got
 * shorter) waits until the reader has stopped using the page's controls for a moment. A reader toggling several
 * sector chips in a row then gets an answer to each click at once, and the charts that came into view are drawn
 * once, after the last click, instead of between every two. A control used from the keyboard counts too (it fires
 * `click` or `change`), but moving through the page does not: scrolling, Tab and the arrow keys never wait, so content
 * scrolled or tabbed towards is ready.
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
