import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { PanelError, PanelLoading } from './panel-status.tsx';

interface QueryStateProps {
  /** The queries this panel needs; it shows their first error, or waits for all. */
  queries: readonly Pick<UseQueryResult, 'error' | 'isPending' | 'refetch'>[];
  /** What is loading, for the status text ("trade figures"). */
  what: string;
  /** The panel's final height, held while loading; omitted when the stylesheet holds it (the headline cards). */
  height?: number;
  /** Shown instead of the loading state while the data loads (the headline cards the build painted). */
  placeholder?: ReactNode;
  children: () => ReactNode;
}

/** Renders a panel only when all its data is there; otherwise a reserved-height loading or error state with Retry. */
export function QueryState({ queries, what, height, placeholder, children }: QueryStateProps) {
  const failed = queries.filter((q) => q.error);
  if (failed.length > 0) {
    const retry = () => failed.forEach((q) => void q.refetch());
    return <PanelError error={failed[0]!.error!} onRetry={retry} />;
  }
  if (queries.some((q) => q.isPending)) return placeholder ?? <PanelLoading what={what} height={height} />;
  return <>{children()}</>;
}
