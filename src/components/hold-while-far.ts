import { useState, type ReactNode } from 'react';

/**
 * What a part of the page shows, held while it is far from the screen: the element it last rendered is given back as
 * it was, so React skips everything below it. A filter click then redraws the frames a reader can see, not the
 * tables, notes and sources of every frame of a long section. `inputs` are what the content is made from (the props
 * object, state): the content is made again only when one changed and the part is near, or when the language changed
 * (a frame found in the page must read in the page's language). Coming near with nothing changed renders nothing.
 */
export function useHeldWhileFar(
  content: ReactNode,
  near: boolean,
  inputs: readonly unknown[],
  locale: string,
): ReactNode {
  const [held, setHeld] = useState({ content, inputs, locale });
  const changed = inputs.some((input, i) => !Object.is(input, held.inputs[i]));
  if (held.locale !== locale || (changed && near)) {
    // Derived state (React re-renders at once with it): the next render gives back this same element.
    setHeld({ content, inputs, locale });
    return content;
  }
  return held.content;
}
