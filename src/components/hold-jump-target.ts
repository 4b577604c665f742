/** How long at most a jump's target is held in place, in ms (the sections above it settle well within it). */
const HOLD_MS = 3000;
/** What tells that the reader has taken over: from then on the page scrolls only as they scroll it. */
const READER_INPUT = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;

/**
 * Brings the section with this id to the top of the screen and keeps it there while the page settles around it.
 * A jump link or a shared #fragment lands among sections that are still rendering (`render-when-near.tsx`) or
 * hold an estimated height while skipped (`content-visibility`): a section above the target that renders or is
 * laid out for the first time changes height, and the browser's scroll anchoring cannot always make up for it (its
 * anchor may be the very placeholder being replaced). The target then slid 2,500 px off screen, or the jump never
 * happened, about one time in three on a loaded machine. So the target is placed again after every change of the
 * page's height, until the reader scrolls, taps or types, or for a few seconds. Returns a function that stops it.
 */
export function holdJumpTarget(id: string): () => void {
  let frame = 0;
  const place = () => document.getElementById(id)?.scrollIntoView();
  const placeNextFrame = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(place);
  };
  const heightWatch = new ResizeObserver(placeNextFrame);
  heightWatch.observe(document.body);
  const stop = () => {
    heightWatch.disconnect();
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    for (const type of READER_INPUT) window.removeEventListener(type, stop, true);
  };
  const timer = setTimeout(stop, HOLD_MS);
  for (const type of READER_INPUT) window.addEventListener(type, stop, { capture: true, passive: true });
  placeNextFrame();
  return stop;
}
