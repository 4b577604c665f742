import { useRef, type ReactNode } from 'react';
import { useLocale } from './use-locale.ts';

/**
 * What a part of the page shows, held while it is far from the screen: the element last rendered near it (or in
 * another language) is given back as it was, so React skips everything below it. A filter click then redraws the
 * frames a reader can see, not the tables, notes and sources of every frame of a long section; a frame that comes
 * near again renders from its current props (`useNearViewport` tells it in a transition). A language change is never
 * held: a frame found in the page must read in the page's language.
 */
export function useHeldWhileFar(content: ReactNode, near: boolean): ReactNode {
  const { locale } = useLocale();
  const held = useRef<{ content: ReactNode; locale: string } | null>(null);
  // Written during render on purpose: the held element must be the one React committed for this frame last time it
  // was near, and a render that is thrown away only ever writes a newer near render's element.
  // eslint-disable-next-line react-hooks/refs
  if (near || !held.current || held.current.locale !== locale) held.current = { content, locale };
  // eslint-disable-next-line react-hooks/refs
  return held.current.content;
}
