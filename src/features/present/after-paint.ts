/**
 * Runs `work` once the browser has painted the frame being prepared: a task queued from that frame's animation
 * callback runs after its paint. A hidden window draws no frames, so a timer runs it anyway after `latestMs`.
 * Returns a function that cancels it.
 */
export function afterPaint(work: () => void, latestMs = 200): () => void {
  let done = false;
  let task = 0;
  const run = () => {
    if (done) return;
    done = true;
    window.clearTimeout(fallback);
    work();
  };
  const fallback = window.setTimeout(run, latestMs);
  const frame = requestAnimationFrame(() => {
    task = window.setTimeout(run, 0);
  });
  return () => {
    done = true;
    cancelAnimationFrame(frame);
    window.clearTimeout(task);
    window.clearTimeout(fallback);
  };
}

/** Keys held down in this window (a clicker's or keyboard's), so that work can wait for their release. */
const held = new Set<string>();
let listening = false;
export function trackKeys() {
  if (listening) return;
  listening = true;
  window.addEventListener('keydown', (e) => held.add(e.code || e.key), true);
  window.addEventListener('keyup', (e) => held.delete(e.code || e.key), true);
  // A window that loses focus with a key down never hears its release.
  window.addEventListener('blur', () => held.clear());
}

/**
 * Runs `work` once the frame being prepared is painted and the key that caused it is released and that release
 * painted too. A press is two events, and the browser times the pair as one interaction up to the paint after the
 * later: a clicker's or a person's key comes up some 50–150 ms after it went down, and work run in between delays the
 * release's paint, so the press counts as slow though the slide was on screen at once. With no key down (a swipe, a
 * button, the other window), as `afterPaint`. `latestMs` bounds the wait for a release (a key held to repeat).
 * Keys are tracked from `trackKeys()` on, which must run before the first press.
 */
export function afterPaintAndRelease(work: () => void, latestMs = 600): () => void {
  let cancel = () => {};
  let done = false;
  const finish = () => {
    if (done) return;
    done = true;
    window.removeEventListener('keyup', onKeyUp, true);
    window.clearTimeout(fallback);
    cancel = afterPaint(work);
  };
  // Runs after the tracker above (registered first) has removed the key.
  const onKeyUp = () => (held.size === 0 ? finish() : undefined);
  const fallback = window.setTimeout(finish, latestMs);
  cancel = afterPaint(() => {
    if (held.size === 0) finish();
    else window.addEventListener('keyup', onKeyUp, true);
  });
  return () => {
    done = true;
    window.removeEventListener('keyup', onKeyUp, true);
    window.clearTimeout(fallback);
    cancel();
  };
}
