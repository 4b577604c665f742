import { startTransition, useEffect, useEffectEvent, useState } from 'react';
import { afterPaint } from './after-paint.ts';

/**
 * The slide shown. A key press changes React state that only the deck reads, so the deck paints the new slide at
 * once; the URL's slide number follows after that paint (writing the URL re-renders whatever reads it and costs a
 * history call, none of which the room needs to see the slide). Presses faster than frames write the URL once.
 * The URL is read when the deck opens: while it runs, the deck is the only thing that changes its slide.
 */
export function useDeckIndex(initial: number, writeUrl: (index: number) => void) {
  const [index, setIndex] = useState(initial);
  const write = useEffectEvent((i: number) => startTransition(() => writeUrl(i)));
  useEffect(() => afterPaint(() => write(index)), [index]);
  return [index, setIndex] as const;
}
