import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { topicalDataQueries } from '@/data/queries.ts';
import type { Sector } from '@/data/schema/common.ts';

interface Tagged {
  sectors: Sector[];
}

/**
 * Defined once, not inline: TanStack Query runs `combine` again (and compares its result record by record) whenever
 * the function changes, and the filter bar that uses it renders on every click.
 */
function allRecords(results: UseQueryResult<unknown>[]): Tagged[] {
  return results.flatMap((r) =>
    r.data ? Object.values(r.data).flatMap((list) => (Array.isArray(list) ? (list as Tagged[]) : [])) : [],
  );
}

/** Every record of every topical file that has loaded (a failed file simply contributes nothing). */
export function useAllRecords(): Tagged[] {
  return useQueries({
    queries: topicalDataQueries(),
    combine: allRecords,
  });
}
