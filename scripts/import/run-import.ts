import { readFile, rename, stat, writeFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { validateDataset } from '../../src/data/parse-data-file.ts';
import { DATA_FILES, type DataFileKey } from '../../src/data/schema/index.ts';
import type { SourcesFile } from '../../src/data/schema/sources.ts';
import type { TradeFile } from '../../src/data/schema/trade.ts';
import { formatProblem } from '../../src/data/validate-dataset.ts';
import { looksLikeComtrade, readComtrade } from './comtrade.ts';
import type { ImportedTable } from './figures.ts';
import { ImportError } from './import-error.ts';
import { mergeImport, type MergeResult } from './merge.ts';
import { readTable } from './read-table.ts';
import { formatReport } from './report.ts';
import { looksLikeTemplate, readTemplate } from './template.ts';

export interface ImportOptions {
  file: string;
  dryRun: boolean;
  dataDir: string;
  /** YYYY-MM-DD; else from the template, the Comtrade website's file name, or the file's date. */
  retrieved?: string;
}

export type Print = (line: string) => void;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The website names its CSV "TradeData_2_20_2025_10_30_9.csv" (month, day, year, time): the download day. */
export function retrievedFromFileName(file: string): string | undefined {
  const m = /TradeData_(\d{1,2})_(\d{1,2})_(\d{4})_/i.exec(basename(file));
  return m ? `${m[3]}-${m[1]!.padStart(2, '0')}-${m[2]!.padStart(2, '0')}` : undefined;
}

/** Reads and checks an official table; throws ImportError naming file, line or record, and field. */
export function parseOfficialTable(file: string, bytes: Uint8Array): ImportedTable {
  const table = readTable(file, bytes);
  if (looksLikeComtrade(table.columns)) return readComtrade(file, table);
  if (looksLikeTemplate(table.columns)) return readTemplate(file, table);
  if (table.kind === 'json' && table.rows.length === 0) {
    throw new ImportError(file, '(file)', 'data', 'the response holds no records: check the query');
  }
  throw new ImportError(
    file,
    table.headerWhere,
    '(columns)',
    'unknown format: neither UN Comtrade (reporterCode, partnerCode, flowCode, cmdCode…) nor the plain template (year, flow, value, reporter…)',
  );
}

async function readJsonFile(dir: string, file: string): Promise<unknown> {
  return JSON.parse(await readFile(resolve(dir, file), 'utf8'));
}

/** Writes next to the target, then renames: a reader never sees half a file. */
async function writeAtomically(path: string, data: unknown) {
  const temp = `${path}.import-${process.pid}.tmp`;
  await writeFile(temp, `${JSON.stringify(data, null, 2)}\n`);
  await rename(temp, path);
}

/**
 * The whole import: read, check, merge, validate the resulting dataset with its own schemas and cross-file rules,
 * report, then write (unless a dry run). Returns the exit code; on any problem nothing is written.
 */
export async function runImport(options: ImportOptions, out: Print, err: Print): Promise<number> {
  const { file, dataDir } = options;
  const name = basename(file);
  let result: MergeResult;
  let table: ImportedTable;
  let retrieved: string;
  const files: Partial<Record<DataFileKey, unknown>> = {};
  try {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(file);
    } catch {
      throw new ImportError(name, '(file)', '(file)', `cannot read ${file}`);
    }
    table = parseOfficialTable(name, bytes);
    const fromFile = table.retrieved ?? retrievedFromFileName(file);
    retrieved = options.retrieved ?? fromFile ?? (await stat(file)).mtime.toISOString().slice(0, 10);
    if (!DATE.test(retrieved)) throw new ImportError(name, '(file)', 'retrieved', `"${retrieved}" is not YYYY-MM-DD`);
    const late = table.figures.find((f) => f.year > Number(retrieved.slice(0, 4)));
    if (late) {
      const field = table.format === 'template-csv' ? 'year' : 'refYear';
      throw new ImportError(name, late.where, field, `year ${late.year} is after the download (${retrieved})`);
    }
    if (!options.retrieved && !fromFile)
      out(`Retrieval date taken from the file's date: ${retrieved} (set it with --retrieved YYYY-MM-DD).`);
    for (const [key, { file: dataFile }] of Object.entries(DATA_FILES) as [DataFileKey, { file: string }][]) {
      files[key] = await readJsonFile(dataDir, dataFile);
    }
    result = mergeImport(name, table, retrieved, files.trade as TradeFile, files.sources as SourcesFile);
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    err(error.message);
    err('Nothing was written.');
    return 1;
  }

  const after = { ...files, trade: result.trade, sources: result.sources };
  const problems = validateDataset(after);
  if (problems.length > 0) {
    for (const p of problems) err(`${name}: the import would leave the dataset invalid: ${formatProblem(p)}`);
    err('Nothing was written.');
    return 1;
  }

  out(formatReport(name, table, retrieved, result));
  const changed =
    result.lines.some((l) => ['added', 'changed', 'refreshed'].includes(l.change)) || result.removedSources.length > 0;
  if (options.dryRun) {
    out('Dry run: nothing written.');
    return 0;
  }
  if (!changed) {
    out('Nothing to change: the dataset already holds these figures.');
    return 0;
  }
  const sourcesPath = resolve(dataDir, DATA_FILES.sources.file);
  const tradePath = resolve(dataDir, DATA_FILES.trade.file);
  // Each step leaves a valid dataset: the new source first, then the figures citing it, then the stale sources go.
  const oldSources = files.sources as SourcesFile;
  if (result.removedSources.length > 0) {
    const byId = new Map(result.sources.sources.map((s) => [s.id, s]));
    const oldIds = new Set(oldSources.sources.map((s) => s.id));
    const union = [
      ...oldSources.sources.map((s) => byId.get(s.id) ?? s),
      ...result.sources.sources.filter((s) => !oldIds.has(s.id)),
    ];
    await writeAtomically(sourcesPath, { ...oldSources, sources: union });
  } else {
    await writeAtomically(sourcesPath, result.sources);
  }
  await writeAtomically(tradePath, result.trade);
  if (result.removedSources.length > 0) await writeAtomically(sourcesPath, result.sources);
  out(`Written: ${DATA_FILES.trade.file} and ${DATA_FILES.sources.file} in ${dataDir}. Now run npm run data:check.`);
  return 0;
}
