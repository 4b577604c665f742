import type { TradeFlow } from '../../src/data/schema/trade.ts';

/** The two sides whose official statistics can be imported. */
export type OfficialReporter = 'peru' | 'korea';

/** One figure read from an official table, before it becomes a dataset record. */
export interface ImportedFigure {
  year: number;
  /** From Peru's side, as the dataset names flows. */
  flow: TradeFlow;
  reporter: OfficialReporter;
  valuation: 'fob' | 'cif' | 'unstated' | 'mixed';
  /** US$ millions: the published value divided once, never rounded. */
  valueUsdM: number;
  /** As published, in the table's unit; absent for a total computed from the two flows of `sumOf`. */
  published?: { value: number; unit: PublishedUnit };
  /** A total of one reporter's exports and imports from the same table. */
  sumOf?: [TradeFlow, TradeFlow];
  estimated: boolean;
  flags?: { isReported: boolean; isAggregate: boolean; estimationFlag: number };
  /** Where in the file ("line 7"), for messages. */
  where: string;
}

/** What the import is: one source record describes it. */
export interface ImportedSource {
  /** Stable key of the statistics and query: a later import with the same key replaces its figures. */
  series: string;
  publisher: string;
  /** The dataset's name as its publisher gives it. */
  title: string;
  url: string;
  query: string;
  side: 'peru' | 'korea' | 'third-party';
  language?: string;
  /** The statistics office named on each record ("UN Comtrade, reported by Peru"). */
  agency: (reporter: OfficialReporter) => string;
}

export interface ImportedTable {
  format: 'comtrade-json' | 'comtrade-csv' | 'template-csv';
  source: ImportedSource;
  /** From the template's `retrieved` column; Comtrade files do not carry it. */
  retrieved?: string;
  figures: ImportedFigure[];
  /** Rows read but not imported (not totals, other flows), with why, for the report. */
  skipped: { where: string; why: string }[];
}

const SCALE = { usd: 1e6, usd_thousand: 1e3, usd_million: 1 } as const;
export type PublishedUnit = keyof typeof SCALE;

/**
 * US$ millions from a published value, dividing once (the exact published value is kept beside it): 6804128143 US$
 * → 6804.128143. Never rounded.
 */
export const toUsdMillions = (value: number, unit: PublishedUnit) =>
  unit === 'usd_million' ? value : value / SCALE[unit];

/** A published number: digits with an optional decimal part or exponent, nothing else (no grouping, no text). */
export function parseNumber(raw: unknown): number | undefined {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined;
  if (typeof raw !== 'string') return undefined;
  const text = raw.trim();
  return /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(text) ? Number(text) : undefined;
}
