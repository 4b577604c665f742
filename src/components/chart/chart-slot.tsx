import { Suspense, type ReactNode } from 'react';
import { PanelLoading } from '@/components/panel-status.tsx';

interface ChartSlotProps {
  /** What the chart shows, for screen readers (the picture itself is hidden from them). */
  description: ReactNode;
  /** What is loading, for the status text while the lazy chart arrives. */
  what: string;
  /** The chart's height in px, held while it loads. */
  height: number;
  children: ReactNode;
}

/** A lazily loaded chart in a frame: its text description, and its reserved height while Recharts arrives. */
export function ChartSlot({ description, what, height, children }: ChartSlotProps) {
  return (
    <>
      <p className="visually-hidden">{description}</p>
      <Suspense fallback={<PanelLoading what={what} height={height} />}>{children}</Suspense>
    </>
  );
}
