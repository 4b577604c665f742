import { createHash } from 'node:crypto';
import { TRADE_FLOWS, VALUATIONS, type TradeFlow } from '../../src/data/schema/trade.ts';
import { MAX_YEAR, MIN_YEAR } from '../../src/data/vocabulary.ts';
import {
  parseNumber,
  toUsdMillions,
  type ImportedFigure,
  type ImportedTable,
  type OfficialReporter,
  type PublishedUnit,
} from './figures.ts';
import { ImportError } from './import-error.ts';
import type { Table } from './read-table.ts';

/** The plain template's columns (scripts/import/official-table-template.csv documents them). */
export const TEMPLATE_COLUMNS = [
  'year',
  'flow',
  'value',
  'unit',
  'reporter',
  'valuation',
  'publisher',
  'dataset',
  'url',
  'retrieved',
] as const;
const UNITS: readonly PublishedUnit[] = ['usd', 'usd_thousand', 'usd_million'];
const REPORTERS: readonly OfficialReporter[] = ['peru', 'korea'];
/** One source per import: these must be the same on every row. */
const SHARED = ['publisher', 'dataset', 'url', 'retrieved', 'query'] as const;

export const looksLikeTemplate = (columns: Set<string>) =>
  ['year', 'flow', 'value', 'reporter'].every((c) => columns.has(c));

/** A series key that stays the same for the same publisher and dataset: "sunat-exportaciones-por-pais-3fa2c1". */
export function seriesKey(publisher: string, dataset: string): string {
  const slug = `${publisher}-${dataset}`
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 32)
    .replace(/-$/, '');
  const hash = createHash('sha1').update(`${publisher}\n${dataset}`).digest('hex').slice(0, 6);
  return slug ? `${slug}-${hash}` : hash;
}

/** Reads the plain CSV template for an official table other than Comtrade (SUNAT, KITA, BCRP…). */
export function readTemplate(file: string, table: Table): ImportedTable {
  for (const column of TEMPLATE_COLUMNS) {
    if (!table.columns.has(column)) throw new ImportError(file, table.headerWhere, column, 'missing column');
  }
  if (table.rows.length === 0) throw new ImportError(file, '(file)', '(rows)', 'no data rows');
  const first = table.rows[0]!.cells;
  const shared = Object.fromEntries(SHARED.map((c) => [c, String(first.get(c) ?? '').trim()])) as Record<
    (typeof SHARED)[number],
    string
  >;
  const figures: ImportedFigure[] = [];
  const seen = new Map<string, string>();
  for (const { where, cells } of table.rows) {
    const cell = (c: string) => String(cells.get(c) ?? '').trim();
    const fail = (field: string, problem: string): never => {
      throw new ImportError(file, where, field, problem);
    };
    for (const c of SHARED) {
      if (cell(c) !== shared[c])
        fail(c, `differs from the first row ("${shared[c]}"): one file is one source; split it`);
    }
    const year = parseNumber(cell('year'));
    if (year === undefined || !Number.isInteger(year)) return fail('year', `not a year: "${cell('year')}"`);
    if (year < MIN_YEAR || year > MAX_YEAR) fail('year', `year ${year} out of range ${MIN_YEAR}–${MAX_YEAR}`);
    const flow = cell('flow') as TradeFlow;
    if (!TRADE_FLOWS.includes(flow)) fail('flow', `"${cell('flow')}" is not one of ${TRADE_FLOWS.join(', ')}`);
    if (cell('value') === '') fail('value', 'missing value');
    const value = parseNumber(cell('value'));
    if (value === undefined) return fail('value', `not a number: "${cell('value')}" (digits and a decimal point only)`);
    if (value < 0 && flow !== 'balance') fail('value', `negative value ${value} (only a balance can be negative)`);
    const unit = cell('unit') as PublishedUnit;
    if (!UNITS.includes(unit)) fail('unit', `"${cell('unit')}" is not one of ${UNITS.join(', ')}`);
    const reporter = cell('reporter') as OfficialReporter;
    if (!REPORTERS.includes(reporter)) fail('reporter', `"${cell('reporter')}" is not peru or korea`);
    const valuation = cell('valuation') as ImportedFigure['valuation'];
    if (!VALUATIONS.includes(valuation))
      fail('valuation', `"${cell('valuation')}" is not one of ${VALUATIONS.join(', ')}`);
    const key = `${year}|${flow}|${reporter}`;
    if (seen.has(key))
      fail('year', `a second row for ${year} ${flow} reported by ${reporter} (first at ${seen.get(key)})`);
    seen.set(key, where);
    figures.push({
      year,
      flow,
      reporter,
      valuation,
      valueUsdM: toUsdMillions(value, unit),
      published: { value, unit },
      estimated: false,
      where,
    });
  }
  const where = table.rows[0]!.where;
  if (!shared.publisher) throw new ImportError(file, where, 'publisher', 'missing value');
  if (!shared.dataset) throw new ImportError(file, where, 'dataset', 'missing value');
  if (!/^https?:\/\/\S+$/.test(shared.url))
    throw new ImportError(file, where, 'url', `not a web address: "${shared.url}"`);
  const reporters = new Set(figures.map((f) => f.reporter));
  const side = reporters.size === 1 ? [...reporters][0]! : 'third-party';
  return {
    format: 'template-csv',
    retrieved: shared.retrieved,
    source: {
      series: seriesKey(shared.publisher, shared.dataset),
      publisher: shared.publisher,
      title: shared.dataset,
      url: shared.url,
      query: shared.query || shared.dataset,
      side,
      agency: () => shared.publisher,
    },
    figures,
    skipped: [],
  };
}
