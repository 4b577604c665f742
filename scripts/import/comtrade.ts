import type { TradeFlow } from '../../src/data/schema/trade.ts';
import { MAX_YEAR, MIN_YEAR } from '../../src/data/vocabulary.ts';
import {
  parseNumber,
  toUsdMillions,
  type ImportedFigure,
  type ImportedTable,
  type OfficialReporter,
} from './figures.ts';
import { ImportError } from './import-error.ts';
import type { Table, TableRow } from './read-table.ts';

/** UN Comtrade's numeric country codes (name and ISO columns may be empty, so only these are trusted). */
export const PERU = 604;
export const KOREA = 410;
const REPORTER_OF: Record<number, OfficialReporter> = { [PERU]: 'peru', [KOREA]: 'korea' };
const NAME = { [PERU]: 'Peru (604)', [KOREA]: 'the Republic of Korea (410)' } as Record<number, string>;

/** Comtrade's flows X/M, named from Peru's side, with the valuation each side's customs use for it. */
const FLOW_OF: Record<OfficialReporter, Record<'X' | 'M', { flow: TradeFlow; valuation: 'fob' | 'cif' }>> = {
  peru: { X: { flow: 'exports_pe_to_kr', valuation: 'fob' }, M: { flow: 'imports_pe_from_kr', valuation: 'cif' } },
  // Korea's exports to Peru are Peru's imports from Korea (the mirror), and the other way round.
  korea: { X: { flow: 'imports_pe_from_kr', valuation: 'fob' }, M: { flow: 'exports_pe_to_kr', valuation: 'cif' } },
};

/** Columns without which a row cannot be read (names matched case-insensitively). */
const REQUIRED = [
  'freqcode',
  'reportercode',
  'partnercode',
  'flowcode',
  'cmdcode',
  'customscode',
  'motcode',
  'partner2code',
  'primaryvalue',
] as const;

/** Row counts at which Comtrade cuts a download (preview 500, API and website caps). */
export const ROW_CAPS = [500, 100_000, 250_000];

/** True when the header (or a JSON record) has Comtrade's columns. */
export const looksLikeComtrade = (columns: Set<string>) =>
  columns.has('reportercode') && columns.has('partnercode') && (columns.has('flowcode') || columns.has('cmdcode'));

const text = (v: unknown) => (v === undefined || v === null ? '' : String(v).trim());

function bool(v: unknown): boolean | undefined {
  const t = text(v).toLowerCase();
  if (v === true || t === 'true' || t === '1') return true;
  if (v === false || t === 'false' || t === '0') return false;
  return undefined;
}

/**
 * Reads a Comtrade `data/v1/get/C/A/HS` response or the website's CSV: total rows only (cmdCode TOTAL, customsCode C00,
 * motCode 0, partner2Code 0; flows X and M), Peru and Korea as reporter, partner the other. Each reporter's rows stay
 * its own figures; where a reporter has both flows of a year, their total is added as a figure of that reporter.
 */
export function readComtrade(file: string, table: Table): ImportedTable {
  const { rows } = table;
  if (table.declaredCount !== undefined && table.declaredCount !== rows.length) {
    throw new ImportError(
      file,
      '(file)',
      'count',
      `the response says ${table.declaredCount} records but holds ${rows.length}: possibly a truncated download`,
    );
  }
  if (ROW_CAPS.includes(rows.length)) {
    throw new ImportError(
      file,
      '(file)',
      '(rows)',
      `exactly ${rows.length} rows, Comtrade's row limit: possibly a truncated download; query fewer years per file`,
    );
  }
  const header = table.kind === 'csv' ? table.headerWhere : undefined;
  for (const column of REQUIRED) {
    if (header && !table.columns.has(column)) throw new ImportError(file, header, column, 'missing column');
  }
  if (header && !table.columns.has('refyear') && !table.columns.has('period')) {
    throw new ImportError(file, header, 'refYear', 'missing column (refYear or period)');
  }

  const figures = new Map<string, ImportedFigure>();
  const skipped: ImportedTable['skipped'] = [];
  const reporters = new Set<number>();
  const years = new Set<number>();
  for (const row of rows) {
    const figure = readRow(file, row, skipped);
    if (!figure) continue;
    reporters.add(figure.reporter === 'peru' ? PERU : KOREA);
    years.add(figure.year);
    const key = `${figure.reporter}|${figure.year}|${figure.flow}`;
    const other = figures.get(key);
    if (other && other.valueUsdM !== figure.valueUsdM) {
      throw new ImportError(
        file,
        row.where,
        'primaryValue',
        `a second figure for ${figure.year} ${figure.flow} reported by ${figure.reporter} (${other.valueUsdM} at ${other.where} vs ${figure.valueUsdM}): which one is meant?`,
      );
    }
    if (!other) figures.set(key, figure);
  }
  if (figures.size === 0) {
    throw new ImportError(
      file,
      '(file)',
      'cmdCode',
      'no total rows (cmdCode TOTAL, customsCode C00, motCode 0, partner2Code 0, flow X or M)',
    );
  }
  const list = [...figures.values()];
  return {
    format: table.kind === 'json' ? 'comtrade-json' : 'comtrade-csv',
    source: comtradeSource([...reporters].sort(), [...years].sort()),
    figures: [...list, ...totals(list)],
    skipped,
  };
}

function readRow(file: string, row: TableRow, skipped: ImportedTable['skipped']): ImportedFigure | undefined {
  const { where, cells } = row;
  const get = (column: string) => {
    if (!cells.has(column)) throw new ImportError(file, where, column, 'missing field');
    return cells.get(column);
  };
  const fail = (field: string, problem: string): never => {
    throw new ImportError(file, where, field, problem);
  };
  const code = (column: string, field: string) => {
    const n = parseNumber(get(column));
    return n === undefined ? fail(field, `not a numeric code: "${text(get(column))}"`) : n;
  };

  const typeCode = text(cells.get('typecode'));
  if (typeCode && typeCode !== 'C') fail('typeCode', `"${typeCode}" is not goods (C): download goods trade`);
  const freq = text(get('freqcode'));
  if (freq !== 'A') fail('freqCode', `"${freq}" is not annual (A): download annual data`);

  const reporterCode = code('reportercode', 'reporterCode');
  const partnerCode = code('partnercode', 'partnerCode');
  const reporter = REPORTER_OF[reporterCode];
  if (!reporter)
    return fail('reporterCode', `reporter ${reporterCode} is neither Peru (604) nor the Republic of Korea (410)`);
  const expected = reporterCode === PERU ? KOREA : PERU;
  if (partnerCode !== expected) {
    fail('partnerCode', `partner ${partnerCode} for reporter ${NAME[reporterCode]}: expected ${NAME[expected]}`);
  }

  const yearText = text(cells.get('refyear')) || text(cells.get('period'));
  const year = parseNumber(yearText);
  if (year === undefined || !Number.isInteger(year)) return fail('refYear', `not a year: "${yearText}"`);
  if (year < MIN_YEAR || year > MAX_YEAR) fail('refYear', `year ${year} out of range ${MIN_YEAR}–${MAX_YEAR}`);

  const flowCode = text(get('flowcode'));
  const totalRow =
    text(get('cmdcode')).toUpperCase() === 'TOTAL' &&
    text(get('customscode')).toUpperCase() === 'C00' &&
    parseNumber(get('motcode')) === 0 &&
    parseNumber(get('partner2code')) === 0;
  if (!totalRow) {
    skipped.push({ where, why: 'not a total row (cmdCode, customsCode, motCode or partner2Code)' });
    return undefined;
  }
  if (flowCode !== 'X' && flowCode !== 'M') {
    skipped.push({ where, why: `flow ${flowCode || '(empty)'} (only X and M are totals)` });
    return undefined;
  }

  const rawValue = get('primaryvalue');
  if (text(rawValue) === '') fail('primaryValue', 'missing value');
  const value = parseNumber(rawValue);
  if (value === undefined) return fail('primaryValue', `not a number: "${text(rawValue)}"`);
  if (value < 0) fail('primaryValue', `negative value ${value}`);

  const isReported = bool(cells.get('isreported'));
  const isAggregate = bool(cells.get('isaggregate'));
  const estimationFlag = parseNumber(cells.get('legacyestimationflag') ?? 0) ?? 0;
  const flags =
    isReported === undefined || isAggregate === undefined ? undefined : { isReported, isAggregate, estimationFlag };
  const { flow, valuation } = FLOW_OF[reporter][flowCode];
  return {
    year,
    flow,
    reporter,
    valuation,
    valueUsdM: toUsdMillions(value, 'usd'),
    published: { value, unit: 'usd' },
    // Neither reported by the country nor UNSD's sum of reported detail: imputed. The legacy estimation flag is not
    // read as "the value is estimated" (it can concern quantity or weight); it stays in flags and the note names it.
    estimated: isReported === false && isAggregate === false,
    flags,
    where,
  };
}

/** Exports plus imports of one reporter and year, added in whole dollars (exact), when both are in the file. */
function totals(figures: ImportedFigure[]): ImportedFigure[] {
  const out: ImportedFigure[] = [];
  for (const x of figures.filter((f) => f.flow === 'exports_pe_to_kr')) {
    const m = figures.find((f) => f.flow === 'imports_pe_from_kr' && f.reporter === x.reporter && f.year === x.year);
    if (!m || !x.published || !m.published) continue;
    out.push({
      year: x.year,
      flow: 'total',
      reporter: x.reporter,
      valuation: 'mixed',
      valueUsdM: toUsdMillions(x.published.value + m.published.value, 'usd'),
      sumOf: ['exports_pe_to_kr', 'imports_pe_from_kr'],
      estimated: x.estimated || m.estimated,
      where: `${x.where} + ${m.where}`,
    });
  }
  return out;
}

/** The query that returns these rows from the API (the website's download is the same selection). */
function comtradeSource(reporterCodes: number[], years: number[]): ImportedTable['source'] {
  const partnerCodes = reporterCodes.map((c) => (c === PERU ? KOREA : PERU));
  const params = [
    `reporterCode=${reporterCodes.join(',')}`,
    `partnerCode=${partnerCodes.join(',')}`,
    `period=${years.join(',')}`,
    'cmdCode=TOTAL',
    'flowCode=X,M',
    'customsCode=C00',
    'motCode=0',
    'partner2Code=0',
  ];
  return {
    series: 'comtrade',
    publisher: 'United Nations Statistics Division (UN Comtrade)',
    title: 'UN Comtrade Database: goods trade, annual, HS, all commodities (TOTAL)',
    url: `https://comtradeapi.un.org/data/v1/get/C/A/HS?${params.join('&')}`,
    query: `data/v1/get/C/A/HS ${params.join(' ')}`,
    side: 'third-party',
    language: 'en',
    agency: (reporter) =>
      reporter === 'peru' ? 'UN Comtrade, reported by Peru' : 'UN Comtrade, reported by the Republic of Korea (mirror)',
  };
}
