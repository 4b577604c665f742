import { useQuery } from '@tanstack/react-query';
import { sourcesQuery } from '@/data/queries.ts';
import type { Source, SourcesFile } from '@/data/schema/sources.ts';
import type { useLocale } from './use-locale.ts';

const EMPTY = new Map<string, Source>();

/**
 * One index per loaded registry, shared by every caller: a page shows hundreds of source lines, and each building
 * its own map on every render was a large part of a filter change.
 */
const indexes = new WeakMap<SourcesFile, Map<string, Source>>();
function indexById(file: SourcesFile): Map<string, Source> {
  let index = indexes.get(file);
  if (!index) indexes.set(file, (index = new Map(file.sources.map((s) => [s.id, s]))));
  return index;
}

/** The source registry by id (empty while loading or if sources.json failed; callers then show the ids). */
export function useSourceLookup(): Map<string, Source> {
  const { data } = useQuery({ ...sourcesQuery(), select: indexById });
  return data ?? EMPTY;
}

/** The CSV columns that say where a row comes from: publisher, title, date, URL of its primary source. */
export function sourceCells(sources: Map<string, Source>, sourceIds: readonly string[]): string[] {
  const s = sources.get(sourceIds[0] ?? '');
  return s ? [s.publisher, s.title, s.date ?? '', s.url] : ['', sourceIds.join(' '), '', ''];
}

/** The headers of the `sourceCells` columns, in the same order. */
export const sourceHeaders = (t: ReturnType<typeof useLocale>['t']) => [
  t('table.sourcePublisher'),
  t('table.sourceTitle'),
  t('table.sourceDate'),
  t('table.sourceUrl'),
];
