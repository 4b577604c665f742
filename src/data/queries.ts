import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { DataFileError } from './data-file-error.ts';
import { loadDataFile } from './load-data-file.ts';
import { DATA_FILE_NAMES, type DataFileKey } from './vocabulary.ts';
import { crossFileProblems, formatProblem } from './validate-dataset.ts';

/**
 * The dataset is static for the life of the page: fetch each file once, never refetch on focus.
 * A file that fails (the request, the server's answer, or its content: a DataFileError) is shown at once with a
 * Retry button; only an unexpected error is retried, once.
 */
function dataFileQuery<K extends DataFileKey>(key: K) {
  return queryOptions({
    queryKey: ['data', key] as const,
    queryFn: async ({ signal, client }) => checkIntegrity(key, await loadDataFile(key, signal), client),
    staleTime: Infinity,
    gcTime: Infinity,
    refetchOnWindowFocus: false,
    // A failed file stays failed until the reader presses Retry: each section and table that mounts later (the page
    // renders them on its own after load) would otherwise fetch it again, and its error, with the Retry button
    // under the reader's finger, would flicker away and back.
    retryOnMount: false,
    retry: (failureCount, error) => failureCount < 1 && error.name !== 'DataFileError',
  });
}

/**
 * What the schema of one record cannot see: duplicate ids, unknown source ids (against the registry, when it
 * loads), negative amounts, years out of range, a note promising a qualifier that is not set. A file that fails
 * is an error of its own panels, naming the record and field, like a schema error.
 */
async function checkIntegrity<T>(key: DataFileKey, content: T, client: QueryClient): Promise<T> {
  const sources = key === 'sources' ? content : await client.ensureQueryData(sourcesQuery()).catch(() => undefined);
  const problems = crossFileProblems({ sources, [key]: content }).filter((p) => p.file === DATA_FILE_NAMES[key]);
  if (problems.length > 0) {
    const shown = problems.slice(0, 3).map(formatProblem).join('\n');
    throw new DataFileError(
      DATA_FILE_NAMES[key],
      shown + (problems.length > 3 ? ` (+${problems.length - 3} more)` : ''),
      problems,
    );
  }
  return content;
}

export const sourcesQuery = () => dataFileQuery('sources');
export const headlinesQuery = () => dataFileQuery('headlines');
export const tradeQuery = () => dataFileQuery('trade');
export const productsQuery = () => dataFileQuery('products');
export const investmentQuery = () => dataFileQuery('investment');
export const aidQuery = () => dataFileQuery('aid');
export const exchangeQuery = () => dataFileQuery('exchange');
export const timelineQuery = () => dataFileQuery('timeline');
export const speakerNotesQuery = () => dataFileQuery('speakerNotes');

/** The topical files: those whose records carry sectors (what the filter bar counts). */
export const topicalDataQueries = () =>
  [tradeQuery(), productsQuery(), investmentQuery(), aidQuery(), exchangeQuery(), timelineQuery()] as const;

/** Every file of the dataset (the speaker notes are the deck's, not figures), the registry and the headline figures first: one list for whoever needs them all. */
export const allDataQueries = () => [sourcesQuery(), headlinesQuery(), ...topicalDataQueries()] as const;
