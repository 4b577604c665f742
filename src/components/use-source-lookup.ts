import { useQuery } from '@tanstack/react-query';
import { sourcesQuery } from '@/data/queries.ts';
import type { Source } from '@/data/schema/sources.ts';

const EMPTY = new Map<string, Source>();

/** The source registry by id (empty while loading or if sources.json failed; callers then show the ids). */
export function useSourceLookup(): Map<string, Source> {
  const { data } = useQuery({ ...sourcesQuery(), select: (file) => new Map(file.sources.map((s) => [s.id, s])) });
  return data ?? EMPTY;
}

/** The CSV columns that say where a row comes from: publisher, title, date, URL of its primary source. */
export function sourceCells(sources: Map<string, Source>, sourceIds: readonly string[]): string[] {
  const s = sources.get(sourceIds[0] ?? '');
  return s ? [s.publisher, s.title, s.date ?? '', s.url] : ['', sourceIds.join(' '), '', ''];
}
