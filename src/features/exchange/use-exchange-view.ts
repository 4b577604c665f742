import { useCallback } from 'react';
import { useQuery } from '@tanstack/react-query';
import { exchangeQuery } from '@/data/queries.ts';
import type { ExchangeFile } from '@/data/schema/exchange.ts';
import { exchangeView } from '@/domain/exchange.ts';
import { sectorsCarried, viewByScope, type ViewFilter } from '@/domain/filters.ts';

// Remembered per filter scope: a chip that no exchange record carries changes nothing here.
const selectExchange = viewByScope(
  (file: ExchangeFile, filter: ViewFilter) => exchangeView(file.records, filter),
  (file) => sectorsCarried(file.records),
);

/** The exchange section's data: exchange.json under the filter (community over time, programmes by kind). */
export function useExchangeView(filter: ViewFilter) {
  const select = useCallback((file: ExchangeFile) => selectExchange(file, filter), [filter]);
  return useQuery({ ...exchangeQuery(), select });
}
