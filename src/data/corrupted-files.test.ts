import { readFileSync } from 'node:fs';
import { QueryClient, type FetchQueryOptions } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CORRUPTIBLE_FILES, corruptionsOf, type CorruptibleFile } from '@/test/data-corruptions.ts';
import { DataFileError } from './data-file-error.ts';
import { allDataQueries } from './queries.ts';

/** Each file's own query, as the page runs it, by the file's key (the second part of its query key). */
const QUERY_OF = new Map(allDataQueries().map((query) => [query.queryKey[1], query]));

const validText = (file: string) => readFileSync(`public/data/${file}.json`, 'utf8');

/** Serves the real dataset, with one file's body replaced. */
function serveWith(broken: CorruptibleFile, body: string) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      const file = /data\/(\w+)\.json$/.exec(url)?.[1] ?? '';
      return new Response(file === broken ? body : validText(file), { status: 200 });
    }),
  );
}

afterEach(() => vi.unstubAllGlobals());

/** The file's own query, as the page runs it (each factory types its own content; here any content will do). */
const fetchFile = (client: QueryClient, file: CorruptibleFile) =>
  client.fetchQuery(QUERY_OF.get(file) as unknown as FetchQueryOptions);

// The whole path a page takes (fetch, parse, schema, cross-file checks), for every file and every way to break it;
// the browser journey shows one case per file in the page.
describe.each(CORRUPTIBLE_FILES)('a corrupted %s.json', (file) => {
  it.each(corruptionsOf(file, validText(file)).map((c) => [c.name, c] as const))(
    '(%s) fails its own query with a message naming the file and the field, the others load',
    async (_name, { body, mentions }) => {
      serveWith(file, body);
      const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
      const error = await fetchFile(client, file).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DataFileError);
      expect((error as DataFileError).file).toBe(`${file}.json`);
      expect((error as Error).message).toContain(`${file}.json`);
      expect((error as Error).message).toContain(mentions);
      for (const other of CORRUPTIBLE_FILES.filter((f) => f !== file && f !== 'sources'))
        await expect(fetchFile(client, other)).resolves.toBeTruthy();
    },
  );
});
