import { useMemo } from 'react';
import { useQueries } from '@tanstack/react-query';
import { allDataQueries } from '@/data/queries.ts';
import { datasetEntries, type DatasetEntry, type DatasetFiles } from '@/domain/dataset-entries.ts';

/**
 * Every file of the dataset: the method section documents all of them. The entries exist only once every topical
 * file has loaded (a partial count of citations or conflicts would mislead); QueryState shows a failed file.
 */
export function useMethodData() {
  const [sources, headlines, trade, products, investment, aid, exchange, timeline] = useQueries({
    queries: allDataQueries(),
  });

  const files: DatasetFiles | undefined = useMemo(
    () =>
      trade.data && products.data && investment.data && aid.data && exchange.data && timeline.data && headlines.data
        ? {
            trade: trade.data,
            products: products.data,
            investment: investment.data,
            aid: aid.data,
            exchange: exchange.data,
            timeline: timeline.data,
            headlines: headlines.data,
          }
        : undefined,
    [trade.data, products.data, investment.data, aid.data, exchange.data, timeline.data, headlines.data],
  );
  const entries: DatasetEntry[] | undefined = useMemo(() => (files ? datasetEntries(files) : undefined), [files]);
  const recordQueries = [trade, products, investment, aid, exchange, timeline, headlines];
  return { sources, trade, recordQueries, files, entries };
}
