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
