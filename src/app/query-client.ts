import { QueryClient } from '@tanstack/react-query';

/**
 * The data files are static and fetched once: no refetch on focus, and no structural sharing. Sharing compares
 * every new result with the last one, record by record, to keep references stable across refetches that never
 * come here; with a large dataset that comparison was the slowest part of a filter change.
 */
export function createQueryClient() {
  return new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false, structuralSharing: false } } });
}
