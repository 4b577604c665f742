import { useRef, type ReactElement } from 'react';
import { useNearViewport } from './use-near-viewport.ts';

/**
 * A text box or a select that joins the page once its place comes within half a screen of the viewport (or the page
 * is printed); until then a box of its height stands in. Why: Chrome's autofill looks at every such control shortly
 * after it is added, and to do so lays out the whole off-screen section around it, which the browser otherwise skips
 * (`content-visibility: auto`, styles.css): 30–80 ms of layout per section, once for each section rendered on its
 * own after load (idle-turns.ts). Checkboxes and buttons are not looked at and need no stand-in.
 */
export function ControlWhenNear({ height, children }: { height: number; children: ReactElement }) {
  const standIn = useRef<HTMLSpanElement>(null);
  const near = useNearViewport(standIn, true);
  if (near) return children;
  return <span ref={standIn} className="control-when-near" style={{ minHeight: height }} aria-hidden="true" />;
}
