import { createHash } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import type { Source, SourcesFile } from '../../src/data/schema/sources.ts';
import type { TradeFile, TradeFlow, TradeRecord } from '../../src/data/schema/trade.ts';
import type { ImportedFigure, ImportedTable } from './figures.ts';
import { ImportError } from './import-error.ts';
import { figureNote, sourceNote } from './texts.ts';

/** `refreshed`: same value, now citing the newer download. */
export type Change = 'added' | 'changed' | 'refreshed' | 'unchanged' | 'kept-newer';

/** What an import does to one year, flow and reporter, for the report and the dry run. */
export interface ReportLine {
  year: number;
  flow: TradeFlow;
  reporter: 'peru' | 'korea';
  change: Change;
  valueUsdM: number;
  /** The value it replaces (changed) or keeps (kept-newer). */
  previousUsdM?: number;
  /** Other figures for the same year and flow (press statements, other statistics), left as they are. */
  beside: number;
}

export interface MergeResult {
  trade: TradeFile;
  sources: SourcesFile;
  sourceId: string;
  lines: ReportLine[];
  /** Sources of earlier imports that no figure cites any more, removed. */
  removedSources: string[];
}

const FLOW_ID: Record<TradeFlow, string> = {
  exports_pe_to_kr: 'exports',
  imports_pe_from_kr: 'imports',
  total: 'total',
  balance: 'balance',
};

/** Stable per statistics, year, flow and reporter: a later download of the same series finds and replaces it. */
export const recordId = (series: string, f: Pick<ImportedFigure, 'year' | 'flow' | 'reporter'>) =>
  `trade-${f.year}-${FLOW_ID[f.flow]}-${f.reporter === 'peru' ? 'pe' : 'kr'}-${series}`;

/** One source per download: the same file imported twice gives the same id. */
export const sourceIdFor = (series: string, retrieved: string, query: string) =>
  `s-${series}-${retrieved}-${createHash('sha1').update(query).digest('hex').slice(0, 6)}`;

function toRecord(table: ImportedTable, figure: ImportedFigure, sourceId: string, retrieved: string): TradeRecord {
  const { source } = table;
  const quote = figure.published
    ? table.format === 'template-csv'
      ? `${figure.published.value} (${figure.published.unit})`
      : `primaryValue ${figure.published.value}`
    : undefined;
  return {
    id: recordId(source.series, figure),
    sectors: ['trade'],
    sourceIds: [sourceId],
    qualifiers: figure.estimated ? { estimated: true } : {},
    ...(quote ? { quote } : {}),
    note: figureNote(figure, source.publisher),
    year: figure.year,
    flow: figure.flow,
    valueUsdM: figure.valueUsdM,
    reporter: figure.reporter,
    agency: source.agency(figure.reporter),
    valuation: figure.valuation,
    official: {
      series: source.series,
      retrieved,
      ...(figure.published ? { published: figure.published } : {}),
      ...(figure.sumOf ? { sumOf: figure.sumOf.map((flow) => recordId(source.series, { ...figure, flow })) } : {}),
      ...(figure.flags ? { flags: figure.flags } : {}),
    },
  };
}

/**
 * Puts an import into the dataset, without touching anything else: a figure of the same series, year, flow and
 * reporter is replaced when this download is as new or newer, and kept when the dataset already holds a newer one.
 * Press statements and other statistics stay beside it as records of their own. Pure: returns new files.
 */
export function mergeImport(
  file: string,
  table: ImportedTable,
  retrieved: string,
  trade: TradeFile,
  sources: SourcesFile,
): MergeResult {
  const { source } = table;
  const sourceId = sourceIdFor(source.series, retrieved, source.query);
  const annual = [...trade.annual];
  const lines: ReportLine[] = [];
  const sorted = [...table.figures].sort((a, b) => a.year - b.year || a.flow.localeCompare(b.flow));
  for (const figure of sorted) {
    const record = toRecord(table, figure, sourceId, retrieved);
    const beside = trade.annual.filter(
      (r) => r.year === figure.year && r.flow === figure.flow && r.official?.series !== source.series,
    ).length;
    const line = {
      year: figure.year,
      flow: figure.flow,
      reporter: figure.reporter,
      valueUsdM: figure.valueUsdM,
      beside,
    };
    const at = annual.findIndex((r) => r.id === record.id);
    const existing = annual[at];
    if (!existing) {
      // Kept in year order, after the figures already there for that year.
      const after = annual.findLastIndex((r) => r.year <= figure.year);
      annual.splice(after + 1, 0, record);
      lines.push({ ...line, change: 'added' });
    } else if (!existing.official) {
      throw new ImportError(
        file,
        figure.where,
        '(id)',
        `the dataset has a hand-written record "${record.id}"; rename it`,
      );
    } else if (existing.official.retrieved > retrieved) {
      lines.push({ ...line, change: 'kept-newer', previousUsdM: existing.valueUsdM });
    } else if (isDeepStrictEqual(existing, record)) {
      lines.push({ ...line, change: 'unchanged' });
    } else {
      annual[at] = record;
      const change = existing.valueUsdM === record.valueUsdM ? 'refreshed' : 'changed';
      lines.push({ ...line, change, previousUsdM: existing.valueUsdM });
    }
  }

  const cited = new Set(annual.flatMap((r) => r.sourceIds).concat(trade.facts.flatMap((f) => f.sourceIds)));
  const sourceRecord: Source = {
    id: sourceId,
    publisher: source.publisher,
    title: source.title,
    url: source.url,
    side: source.side,
    ...(source.language ? { language: source.language } : {}),
    note: sourceNote(retrieved, table.figures),
    retrieved,
    query: source.query,
  };
  const list = sources.sources.filter((s) => s.id !== sourceId || !cited.has(sourceId));
  const index = sources.sources.findIndex((s) => s.id === sourceId);
  if (cited.has(sourceId)) {
    if (index >= 0) list.splice(index, 0, sourceRecord);
    else list.push(sourceRecord);
  }
  // An earlier download of this series whose figures were all replaced: nothing cites it any more.
  const stale = (s: Source) => s.retrieved !== undefined && s.id.startsWith(`s-${source.series}-`) && !cited.has(s.id);
  const removedSources = list.filter(stale).map((s) => s.id);
  return {
    trade: { ...trade, annual },
    sources: { ...sources, sources: list.filter((s) => !stale(s)) },
    sourceId,
    lines,
    removedSources,
  };
}
