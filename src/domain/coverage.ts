import type { AidFile, AidProject, AidStatement } from '@/data/schema/aid.ts';
import type { Locale, LocalizedText, Reporter } from '@/data/schema/common.ts';
import { REPORTERS } from '@/data/vocabulary.ts';
import type { ExchangeFile, ExchangeRecord } from '@/data/schema/exchange.ts';
import type { HeadlineFigure, HeadlinesFile } from '@/data/schema/headlines.ts';
import type { InvestmentFile, InvestmentProject, InvestmentStatement } from '@/data/schema/investment.ts';
import type { ProductRecord, ProductsFile } from '@/data/schema/products.ts';
import type { Source } from '@/data/schema/sources.ts';
import { SOURCE_SIDES } from '@/data/vocabulary.ts';
import type { TimelineEvent, TimelineFile } from '@/data/schema/timeline.ts';
import type { TradeFact, TradeFile, TradeFlow, TradeRecord } from '@/data/schema/trade.ts';
import { INTL_LOCALE } from '@/i18n/format.ts';
import { isUsable } from './prefer-record.ts';

/*
 * The method section documents the whole dataset: which source backs how many records, which years each file
 * covers, and which figures conflict. Nothing here computes a new figure; it only counts and groups records.
 */

/** Every list of records in the dataset, in the order the method section shows them. */
export const COLLECTIONS = [
  { key: 'tradeAnnual', file: 'trade.json', list: 'annual' },
  { key: 'tradeFacts', file: 'trade.json', list: 'facts' },
  { key: 'products', file: 'products.json', list: 'products' },
  { key: 'investmentStatements', file: 'investment.json', list: 'statements' },
  { key: 'investmentProjects', file: 'investment.json', list: 'projects' },
  { key: 'aidStatements', file: 'aid.json', list: 'statements' },
  { key: 'aidProjects', file: 'aid.json', list: 'projects' },
  { key: 'exchange', file: 'exchange.json', list: 'records' },
  { key: 'timeline', file: 'timeline.json', list: 'events' },
  { key: 'headlines', file: 'headlines.json', list: 'figures' },
] as const;
export type CollectionKey = (typeof COLLECTIONS)[number]['key'];

/** The topical files, as loaded and validated. */
export interface DatasetFiles {
  trade: TradeFile;
  products: ProductsFile;
  investment: InvestmentFile;
  aid: AidFile;
  exchange: ExchangeFile;
  timeline: TimelineFile;
  headlines: HeadlinesFile;
}

/** One record with the list it comes from, so that the view knows what kind of figure it is. */
export type DatasetEntry =
  | { collection: 'tradeAnnual'; record: TradeRecord }
  | { collection: 'tradeFacts'; record: TradeFact }
  | { collection: 'products'; record: ProductRecord }
  | { collection: 'investmentStatements'; record: InvestmentStatement }
  | { collection: 'investmentProjects'; record: InvestmentProject }
  | { collection: 'aidStatements'; record: AidStatement }
  | { collection: 'aidProjects'; record: AidProject }
  | { collection: 'exchange'; record: ExchangeRecord }
  | { collection: 'timeline'; record: TimelineEvent }
  | { collection: 'headlines'; record: HeadlineFigure };

const tag = <C extends DatasetEntry['collection']>(
  collection: C,
  records: readonly Extract<DatasetEntry, { collection: C }>['record'][],
) => records.map((record) => ({ collection, record }) as Extract<DatasetEntry, { collection: C }>);

/** Every record of every topical file, in COLLECTIONS order, each file's own order kept. */
export function datasetEntries(files: DatasetFiles): DatasetEntry[] {
  return [
    ...tag('tradeAnnual', files.trade.annual),
    ...tag('tradeFacts', files.trade.facts),
    ...tag('products', files.products.products),
    ...tag('investmentStatements', files.investment.statements),
    ...tag('investmentProjects', files.investment.projects),
    ...tag('aidStatements', files.aid.statements),
    ...tag('aidProjects', files.aid.projects),
    ...tag('exchange', files.exchange.records),
    ...tag('timeline', files.timeline.events),
    ...tag('headlines', files.headlines.figures),
  ];
}

const yearOf = (date: string | undefined) => (date ? Number(date.slice(0, 4)) : undefined);

/**
 * The year a record refers to: its year; the end date of an accumulated stock; the start year of a project (its end
 * year when only that is known); the date of an event or a statement. Undefined when the source gives none.
 */
export function entryYear(entry: DatasetEntry): number | undefined {
  switch (entry.collection) {
    case 'tradeAnnual':
    case 'products':
    case 'aidStatements':
      return entry.record.year;
    case 'tradeFacts':
      return entry.record.year ?? yearOf(entry.record.date);
    case 'investmentStatements':
      return yearOf(entry.record.asOf);
    case 'investmentProjects':
    case 'exchange':
      return entry.record.year;
    case 'aidProjects':
      return entry.record.startYear ?? entry.record.endYear;
    case 'timeline':
      return yearOf(entry.record.date);
    case 'headlines':
      return yearOf(entry.record.statedOn);
  }
}

/** The statistics side of a figure, for the records that carry one (trade, products, investment stocks). */
export function entryReporter(entry: DatasetEntry): Reporter | undefined {
  switch (entry.collection) {
    case 'tradeAnnual':
    case 'products':
    case 'investmentStatements':
      return entry.record.reporter;
    default:
      return undefined;
  }
}

/* ------------------------------------------------------------------------------------------------------------ */
/* Source registry                                                                                               */
/* ------------------------------------------------------------------------------------------------------------ */

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

/* ------------------------------------------------------------------------------------------------------------ */
/* Coverage                                                                                                      */
/* ------------------------------------------------------------------------------------------------------------ */

/** Consecutive years folded into ranges: [2004, 2005, 2006, 2009] → [[2004, 2006], [2009, 2009]]. */
export function yearRanges(years: readonly number[]): [number, number][] {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const ranges: [number, number][] = [];
  for (const y of sorted) {
    const last = ranges.at(-1);
    if (last && y === last[1] + 1) last[1] = y;
    else ranges.push([y, y]);
  }
  return ranges;
}

/** One cell of the coverage grid: the usable figures one side published for one year (none = a gap). */
export interface CoverageCell {
  year: number;
  reporter: Reporter;
  records: TradeRecord[];
}

export interface TradeCoverage {
  from: number;
  to: number;
  years: number[];
  /** Year by year, Korea, Peru, unstated. */
  cells: CoverageCell[];
  /** Per side: how many figures and how many years with at least one. */
  bySide: { reporter: Reporter; figures: number; years: number }[];
  /** Years in the span with no figure from any side. */
  emptyYears: number[];
}

/** Where the coverage grid of trade starts: the first year of the yearly trade series. */
export const COVERAGE_FIRST_YEAR = 2004;

/**
 * Which reporting side has a figure of one trade flow for each year, from `from` to the latest year of any yearly
 * trade figure. Every year × side gets a cell, so a gap is a cell with no record (never a zero). Unusable figures
 * are left out, as in the charts.
 */
export function tradeCoverage(
  records: readonly TradeRecord[],
  flow: TradeFlow = 'total',
  from: number = COVERAGE_FIRST_YEAR,
): TradeCoverage | undefined {
  const usable = records.filter(isUsable);
  if (usable.length === 0) return undefined;
  const to = Math.max(from, ...usable.map((r) => r.year));
  const years: number[] = [];
  for (let y = from; y <= to; y += 1) years.push(y);
  const cells = years.flatMap((year) =>
    REPORTERS.map((reporter) => ({
      year,
      reporter,
      records: usable.filter((r) => r.flow === flow && r.year === year && r.reporter === reporter),
    })),
  );
  const bySide = REPORTERS.map((reporter) => {
    const own = cells.filter((c) => c.reporter === reporter && c.records.length > 0);
    return { reporter, figures: own.reduce((n, c) => n + c.records.length, 0), years: own.length };
  });
  const emptyYears = years.filter((y) => cells.every((c) => c.year !== y || c.records.length === 0));
  return { from, to, years, cells, bySide, emptyYears };
}

/** What one list of records covers. */
export interface CollectionCoverage {
  collection: CollectionKey;
  file: string;
  records: number;
  /** Records kept for transparency but not usable as published. */
  unusable: number;
  /** Usable records with no year. */
  undated: number;
  /** Distinct years with at least one usable record, ascending. */
  years: number[];
  ranges: [number, number][];
}

/** Per list of records: how many, which years have at least one usable record, how many are undated. */
export function collectionCoverage(entries: readonly DatasetEntry[]): CollectionCoverage[] {
  return COLLECTIONS.map(({ key, file }) => {
    const own = entries.filter((e) => e.collection === key);
    const usable = own.filter((e) => isUsable(e.record));
    const dated = usable.map(entryYear).filter((y): y is number => y !== undefined);
    const years = [...new Set(dated)].sort((a, b) => a - b);
    return {
      collection: key,
      file,
      records: own.length,
      unusable: own.length - usable.length,
      undated: usable.length - dated.length,
      years,
      ranges: yearRanges(years),
    };
  });
}

/* ------------------------------------------------------------------------------------------------------------ */
/* Conflicts                                                                                                     */
/* ------------------------------------------------------------------------------------------------------------ */

/** Records that share one conflict note: the same disagreement, seen from each figure. */
export interface ConflictGroup {
  key: string;
  note: LocalizedText;
  entries: DatasetEntry[];
}

export interface CollectionConflicts {
  collection: CollectionKey;
  file: string;
  records: number;
  groups: ConflictGroup[];
}

/**
 * The records whose `qualifiers.conflict` is set, by list of records (in COLLECTIONS order), and within a list by
 * identical note, so that a disagreement described once is shown once with all its figures. Lists without conflicts
 * are left out. Every conflicting record is kept; none is chosen over another.
 */
export function conflictGroups(entries: readonly DatasetEntry[]): CollectionConflicts[] {
  return COLLECTIONS.flatMap(({ key, file }) => {
    const groups = new Map<string, ConflictGroup>();
    for (const entry of entries) {
      const note = entry.record.qualifiers.conflict;
      if (entry.collection !== key || !note) continue;
      const group = groups.get(note.en);
      if (group) group.entries.push(entry);
      else groups.set(note.en, { key: entry.record.id, note, entries: [entry] });
    }
    if (groups.size === 0) return [];
    const list = [...groups.values()];
    return [{ collection: key, file, records: list.reduce((n, g) => n + g.entries.length, 0), groups: list }];
  });
}
