import { useEffect, useRef } from 'react';
import { afterPaint } from './after-paint.ts';

interface SyncMessage {
  slide: number;
}

/**
 * Keeps the audience window and the presenter window on the same slide (one computer, two windows): each window
 * announces its slide when it changes and follows the other's announcements. A window that follows an announcement
 * re-announces the same slide, which the first already shows, so the exchange stops there.
 */
export function useDeckSync(channelName: string, index: number, go: (index: number) => void) {
  const channel = useRef<BroadcastChannel | null>(null);
  const current = useRef(index);
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const bc = new BroadcastChannel(channelName);
    channel.current = bc;
    bc.onmessage = (event: MessageEvent<SyncMessage>) => {
      const slide = event.data?.slide;
      if (Number.isInteger(slide) && slide !== current.current) go(slide);
    };
    // A window that opens later learns where the deck is.
    bc.postMessage({ slide: current.current, hello: true });
    return () => {
      bc.close();
      channel.current = null;
    };
  }, [channelName, go]);
  useEffect(() => {
    current.current = index;
    // The other window hears of the change once this one has painted it: the room's screen comes first.
    return afterPaint(() => channel.current?.postMessage({ slide: index } satisfies SyncMessage));
  }, [index]);
}
