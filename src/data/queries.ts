import { queryOptions } from '@tanstack/react-query';
import { loadDataFile } from './load-data-file.ts';
import type { DataFileKey } from './schema/index.ts';

/**
 * The dataset is static for the life of the page: fetch each file once, never refetch on focus.
 * One retry covers a dropped connection; a 404 or a schema error is shown at once with a Retry button.
 */
function dataFileQuery<K extends DataFileKey>(key: K) {
  return queryOptions({
    queryKey: ['data', key] as const,
    queryFn: ({ signal }) => loadDataFile(key, signal),
    staleTime: Infinity,
    gcTime: Infinity,
    refetchOnWindowFocus: false,
    retry: (failureCount, error) => failureCount < 1 && error.name !== 'DataFileError',
  });
}

export const sourcesQuery = () => dataFileQuery('sources');
export const headlinesQuery = () => dataFileQuery('headlines');
export const tradeQuery = () => dataFileQuery('trade');
export const productsQuery = () => dataFileQuery('products');
export const investmentQuery = () => dataFileQuery('investment');
export const aidQuery = () => dataFileQuery('aid');
export const exchangeQuery = () => dataFileQuery('exchange');
export const timelineQuery = () => dataFileQuery('timeline');
