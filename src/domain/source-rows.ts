import type { Locale } from '@/data/schema/common.ts';
import type { Source } from '@/data/schema/sources.ts';
import { SOURCE_SIDES } from '@/data/vocabulary.ts';
import { INTL_LOCALE } from '@/i18n/format.ts';
import type { DatasetEntry } from './dataset-entries.ts';

/* The source registry's rows: how often each source is cited, its title's language, search and sort. */

/** How many records cite each source id (a record naming a source twice counts once). */
export function citationCounts(entries: readonly DatasetEntry[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { record } of entries)
    for (const id of new Set(record.sourceIds)) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

/** Notes in sources.json that say the title is a description written by the research, not the headline. */
const DESCRIPTIVE_NOTE =
  /descriptive (label|title)|describes it|a description|research['’]s description|did not record (its|this page['’]s) headline/i;
/** Words that only an English label would contain (the research wrote its descriptions in English). */
const ENGLISH_WORDS =
  /\b(the|of|on|in|with|and|by|to|from|for|at|its|report|summary|interview|summit|exports|news|blog|briefing)\b|\w['’]s\b/i;
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;
const CJK_LANGUAGES = new Set(['ko', 'ja', 'zh']);

/** True when the registry says the title is the research's description of the page, not its published headline. */
export const isDescriptiveTitle = (source: Pick<Source, 'note'>) =>
  source.note !== undefined && DESCRIPTIVE_NOTE.test(source.note.en);

/**
 * The language the title is written in, for the `lang` attribute: the source's language when the title is as
 * published; English when the title is an English description written by the research (or a Korean or Japanese
 * source's title has no Korean or Japanese script at all), so screen readers pronounce it right.
 */
export function titleLanguage(source: Pick<Source, 'title' | 'language' | 'note'>): string | undefined {
  const { title, language } = source;
  if (isDescriptiveTitle(source) && ENGLISH_WORDS.test(title)) return 'en';
  if (language && CJK_LANGUAGES.has(language) && !CJK.test(title)) return 'en';
  return language;
}

/** A row of the source registry table. */
export interface SourceRow {
  source: Source;
  /** Records of the dataset that cite it (0 when none does). */
  citations: number;
  titleLang: string | undefined;
}

export function sourceRows(sources: readonly Source[], counts: ReadonlyMap<string, number>): SourceRow[] {
  return sources.map((source) => ({
    source,
    citations: counts.get(source.id) ?? 0,
    titleLang: titleLanguage(source),
  }));
}

/** Lower case, accents removed, so that "mincetur" finds "MINCETUR" and "exportacion" finds "exportación". */
export const foldText = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * The rows whose publisher, title, date, address, id or note (in the reader's language) contain every word of the
 * query, in any order, ignoring case and accents. An empty query keeps every row.
 */
export function searchSources(rows: readonly SourceRow[], query: string, locale: Locale): SourceRow[] {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...rows];
  return rows.filter(({ source }) => {
    const haystack = foldText(
      [source.publisher, source.title, source.date ?? '', source.url, source.id, source.note?.[locale] ?? ''].join(' '),
    );
    return words.every((w) => haystack.includes(w));
  });
}

export const SOURCE_SORT_KEYS = ['side', 'publisher', 'title', 'date', 'citations'] as const;
export type SourceSortKey = (typeof SOURCE_SORT_KEYS)[number];
export type SortDirection = 'ascending' | 'descending';

/**
 * Sorts registry rows by one column; ties fall back to side (Peru, Korea, third party), publisher, then date.
 * An undated source always sorts last, whichever the direction, because "no date" is not earlier or later.
 */
export function sortSourceRows(
  rows: readonly SourceRow[],
  key: SourceSortKey,
  direction: SortDirection,
  locale: Locale,
): SourceRow[] {
  const collator = new Intl.Collator(INTL_LOCALE[locale], { sensitivity: 'base', numeric: true });
  const sign = direction === 'ascending' ? 1 : -1;
  const bySide = (a: SourceRow, b: SourceRow) =>
    SOURCE_SIDES.indexOf(a.source.side) - SOURCE_SIDES.indexOf(b.source.side);
  const byPublisher = (a: SourceRow, b: SourceRow) => collator.compare(a.source.publisher, b.source.publisher);
  const byDate = (a: SourceRow, b: SourceRow) => (a.source.date ?? '').localeCompare(b.source.date ?? '');
  const primary = (a: SourceRow, b: SourceRow): number => {
    switch (key) {
      case 'side':
        return bySide(a, b);
      case 'publisher':
        return byPublisher(a, b);
      case 'title':
        return collator.compare(a.source.title, b.source.title);
      case 'date':
        return byDate(a, b);
      case 'citations':
        return a.citations - b.citations;
    }
  };
  return [...rows].sort((a, b) => {
    if (key === 'date' && !a.source.date !== !b.source.date) return a.source.date ? -1 : 1;
    return (
      sign * primary(a, b) ||
      bySide(a, b) ||
      byPublisher(a, b) ||
      byDate(a, b) ||
      a.source.id.localeCompare(b.source.id)
    );
  });
}

/** How many sources each side has, in SOURCE_SIDES order. */
export function countBySide(rows: readonly SourceRow[]): Map<Source['side'], number> {
  const counts = new Map<Source['side'], number>(SOURCE_SIDES.map((s) => [s, 0]));
  for (const { source } of rows) counts.set(source.side, (counts.get(source.side) ?? 0) + 1);
  return counts;
}
