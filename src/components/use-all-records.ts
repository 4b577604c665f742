import { useQueries } from '@tanstack/react-query';
import { aidQuery, exchangeQuery, investmentQuery, productsQuery, timelineQuery, tradeQuery } from '@/data/queries.ts';
import type { Sector } from '@/data/schema/common.ts';

interface Tagged {
  sectors: Sector[];
}

/** Every record of every topical file that has loaded (a failed file simply contributes nothing). */
export function useAllRecords(): Tagged[] {
  return useQueries({
    queries: [tradeQuery(), productsQuery(), investmentQuery(), aidQuery(), exchangeQuery(), timelineQuery()],
    combine: (results) =>
      results.flatMap((r) =>
        r.data ? Object.values(r.data).flatMap((list) => (Array.isArray(list) ? (list as Tagged[]) : [])) : [],
      ),
  });
}
