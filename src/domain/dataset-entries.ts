import type { AidFile, AidProject, AidStatement } from '@/data/schema/aid.ts';
import type { LocalizedText, Reporter } from '@/data/schema/common.ts';
import type { ExchangeFile, ExchangeRecord } from '@/data/schema/exchange.ts';
import type { HeadlineFigure, HeadlinesFile } from '@/data/schema/headlines.ts';
import type { InvestmentFile, InvestmentProject, InvestmentStatement } from '@/data/schema/investment.ts';
import type { ProductRecord, ProductsFile } from '@/data/schema/products.ts';
import type { TimelineEvent, TimelineFile } from '@/data/schema/timeline.ts';
import type { TradeFact, TradeFile, TradeRecord } from '@/data/schema/trade.ts';
/*
 * The method section documents the whole dataset: which source backs how many records (source-rows.ts), which
 * years each file covers (coverage.ts), and which figures conflict (here). Nothing in these modules computes a new
 * figure; they only count and group records.
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

/* Conflicts */

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
