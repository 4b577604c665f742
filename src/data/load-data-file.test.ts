import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataFileError } from './data-file-error.ts';
import { loadDataFile } from './load-data-file.ts';

const serve = (body: string, status = 200) =>
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(body, { status })),
  );

afterEach(() => vi.unstubAllGlobals());

const validSources = {
  sources: [{ id: 's-1', publisher: 'Yonhap', title: 'Title', url: 'https://example.org/a', side: 'korea' }],
};

describe('loadDataFile', () => {
  it('returns the validated content', async () => {
    serve(JSON.stringify(validSources));
    await expect(loadDataFile('sources')).resolves.toEqual(validSources);
  });

  it('names the file when the server answers 404', async () => {
    serve('not found', 404);
    const error = await loadDataFile('trade').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataFileError);
    expect((error as DataFileError).file).toBe('trade.json');
    expect((error as Error).message).toContain('trade.json: the server answered 404');
  });

  it('says when the file is not JSON or empty', async () => {
    serve('{"sources": [');
    await expect(loadDataFile('sources')).rejects.toThrow(/sources\.json: invalid JSON/);
    serve('   ');
    await expect(loadDataFile('sources')).rejects.toThrow(/sources\.json: the file is empty/);
  });

  it('names the file, the record and the field of a schema error', async () => {
    const bad = structuredClone(validSources);
    (bad.sources[0] as Record<string, unknown>).url = 'not a url';
    serve(JSON.stringify(bad));
    const error = (await loadDataFile('sources').catch((e: unknown) => e)) as DataFileError;
    expect(error.message).toMatch(/^sources\.json: record "s-1", field "url": /);
    expect(error.problems).toHaveLength(1);
  });

  it('says when the request itself fails', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    await expect(loadDataFile('aid')).rejects.toThrow('aid.json: the request failed (Failed to fetch)');
  });
});
