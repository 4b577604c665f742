// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SourcesFile } from '../../src/data/schema/sources.ts';
import type { TradeFile } from '../../src/data/schema/trade.ts';
import type { ImportedFigure } from './figures.ts';
import { mergeImport, recordId } from './merge.ts';
import { parseOfficialTable, retrievedFromFileName } from './run-import.ts';

const FIXTURES = resolve(import.meta.dirname, 'fixtures');
const fixture = (name: string) => readFileSync(resolve(FIXTURES, name));
const JSON_FILE = 'synthetic-comtrade.json';
const CSV_FILE = 'TradeData_2_20_2025_10_30_9_synthetic.csv';
const DATA = resolve(import.meta.dirname, '../../public/data');
const trade = () => JSON.parse(readFileSync(resolve(DATA, 'trade.json'), 'utf8')) as TradeFile;
const sources = () => JSON.parse(readFileSync(resolve(DATA, 'sources.json'), 'utf8')) as SourcesFile;

/** The fixture's own rows, read independently of the importer: the expected values come from the file. */
interface Row {
  reporterCode: number;
  flowCode: string;
  refYear: number;
  primaryValue: number;
  cmdCode: string;
  isReported: boolean;
  isAggregate: boolean;
  legacyEstimationFlag: number;
}
const rawRows = (name = JSON_FILE) => (JSON.parse(fixture(name).toString('utf8')) as { data: Row[] }).data;
const totalRows = (name = JSON_FILE) =>
  rawRows(name).filter((r) => r.cmdCode === 'TOTAL' && (r.flowCode === 'X' || r.flowCode === 'M'));
const withoutWhere = (figures: ImportedFigure[]) => figures.map(({ where: _where, ...rest }) => rest);

describe('UN Comtrade files', () => {
  it('are marked synthetic inside the fixture', () => {
    expect(fixture(JSON_FILE).toString('utf8')).toContain('SYNTHETIC');
    expect(fixture(CSV_FILE).toString('latin1')).toContain('SYNTHETIC');
  });

  it('read the same from the API JSON and the website CSV (saved as Latin-1)', () => {
    expect(fixture(CSV_FILE).includes(Buffer.from('Perú', 'latin1'))).toBe(true);
    const json = parseOfficialTable(JSON_FILE, fixture(JSON_FILE));
    const csv = parseOfficialTable(CSV_FILE, fixture(CSV_FILE));
    expect(json.format).toBe('comtrade-json');
    expect(csv.format).toBe('comtrade-csv');
    expect(withoutWhere(csv.figures)).toEqual(withoutWhere(json.figures));
    expect(csv.source).toMatchObject({ series: json.source.series, url: json.source.url, query: json.source.query });
    expect(csv.skipped).toHaveLength(json.skipped.length);
  });

  it('keeps total rows of X and M only, one figure per reporter, with the exact published value', () => {
    const { figures, skipped } = parseOfficialTable(JSON_FILE, fixture(JSON_FILE));
    const rows = totalRows();
    expect(skipped).toHaveLength(rawRows().length - rows.length);
    const flows = figures.filter((f) => f.flow !== 'total');
    expect(flows).toHaveLength(rows.length);
    for (const row of rows) {
      const reporter = row.reporterCode === 604 ? 'peru' : 'korea';
      // Flows from Peru's side: Korea's exports are Peru's imports (the mirror).
      const peruExports = (reporter === 'peru') === (row.flowCode === 'X');
      const figure = flows.find(
        (f) =>
          f.reporter === reporter &&
          f.year === row.refYear &&
          f.flow === (peruExports ? 'exports_pe_to_kr' : 'imports_pe_from_kr'),
      );
      expect(figure).toMatchObject({
        valueUsdM: row.primaryValue / 1e6,
        published: { value: row.primaryValue, unit: 'usd' },
        valuation: row.flowCode === 'X' ? 'fob' : 'cif',
        flags: { isReported: row.isReported, isAggregate: row.isAggregate, estimationFlag: row.legacyEstimationFlag },
        estimated: !row.isReported && !row.isAggregate,
      });
    }
    expect(flows.some((f) => f.estimated)).toBe(true);
  });

  it('names a legacy estimation flag in the record note, in every language', () => {
    const table = parseOfficialTable(JSON_FILE, fixture(JSON_FILE));
    const flagged = rawRows().find((r) => r.cmdCode === 'TOTAL' && r.legacyEstimationFlag !== 0)!;
    const merged = mergeImport(JSON_FILE, table, '2025-02-20', trade(), sources());
    const record = merged.trade.annual.find(
      (r) => r.official?.flags?.estimationFlag === flagged.legacyEstimationFlag && r.year === flagged.refYear,
    )!;
    for (const text of Object.values(record.note!)) {
      expect(text).toContain(`legacyEstimationFlag): ${flagged.legacyEstimationFlag}`);
    }
  });

  it('adds a total only from both flows of one reporter and year, never across reporters', () => {
    const { figures } = parseOfficialTable(JSON_FILE, fixture(JSON_FILE));
    const totals = figures.filter((f) => f.flow === 'total');
    const rows = totalRows();
    const pairs = new Set(rows.map((r) => `${r.reporterCode}|${r.refYear}`));
    expect(totals).toHaveLength(pairs.size);
    for (const t of totals) {
      const code = t.reporter === 'peru' ? 604 : 410;
      const own = rows.filter((r) => r.reporterCode === code && r.refYear === t.year);
      expect(own).toHaveLength(2);
      expect(t.valueUsdM).toBe((own[0]!.primaryValue + own[1]!.primaryValue) / 1e6);
      expect(t).toMatchObject({ valuation: 'mixed', sumOf: ['exports_pe_to_kr', 'imports_pe_from_kr'] });
      expect(t.published).toBeUndefined();
    }
  });

  it('takes the download date from the website file name', () => {
    expect(retrievedFromFileName(`/x/${CSV_FILE}`)).toBe('2025-02-20');
    expect(retrievedFromFileName('comtrade.json')).toBeUndefined();
  });
});

describe('the plain template', () => {
  it('reads SUNAT-style rows with their unit and one source', () => {
    const table = parseOfficialTable('synthetic-template.csv', fixture('synthetic-template.csv'));
    expect(table.format).toBe('template-csv');
    expect(table.retrieved).toBe('2025-03-01');
    expect(table.source).toMatchObject({ publisher: 'SUNAT', side: 'peru', url: 'https://www.sunat.gob.pe/' });
    expect(table.figures.map((f) => [f.year, f.flow, f.valueUsdM])).toEqual([
      [2015, 'exports_pe_to_kr', 1111.001],
      [2016, 'exports_pe_to_kr', 1111.002],
      [2018, 'exports_pe_to_kr', 1111.004],
    ]);
  });

  it('converts thousands once, without rounding', () => {
    const text = `year,flow,value,unit,reporter,valuation,publisher,dataset,url,retrieved\n2015,total,2345678.9,usd_thousand,korea,mixed,KITA,Synthetic,https://stat.kita.net/,2025-03-01\n`;
    const [figure] = parseOfficialTable('t.csv', Buffer.from(text)).figures;
    expect(figure).toMatchObject({ valueUsdM: 2345.6789, published: { value: 2345678.9, unit: 'usd_thousand' } });
  });
});

describe('mergeImport', () => {
  const table = parseOfficialTable(JSON_FILE, fixture(JSON_FILE));
  const first = mergeImport(JSON_FILE, table, '2025-02-20', trade(), sources());

  it('adds every figure as its own record, beside the press statements, with one source record', () => {
    const before = trade().annual;
    expect(first.trade.annual).toHaveLength(before.length + table.figures.length);
    for (const record of before) expect(first.trade.annual).toContainEqual(record);
    const added = first.trade.annual.filter((r) => r.official);
    expect(added.every((r) => r.sourceIds[0] === first.sourceId)).toBe(true);
    const source = first.sources.sources.find((s) => s.id === first.sourceId)!;
    expect(source).toMatchObject({ retrieved: '2025-02-20', query: table.source.query, url: table.source.url });
    expect(Object.keys(source.note!).sort()).toEqual(['en', 'es', 'ko']);
    expect(first.sources.sources).toHaveLength(sources().sources.length + 1);
    // Years stay in order.
    const years = first.trade.annual.map((r) => r.year);
    expect(years).toEqual([...years].sort((a, b) => a - b));
  });

  it('is idempotent: the same file again changes nothing', () => {
    const again = mergeImport(JSON_FILE, table, '2025-02-20', first.trade, first.sources);
    expect(again.trade).toEqual(first.trade);
    expect(again.sources).toEqual(first.sources);
    expect(again.lines.every((l) => l.change === 'unchanged')).toBe(true);
  });

  it('replaces a figure with a newer download of the same series, and drops the stale source', () => {
    const revised = parseOfficialTable('r.json', fixture('synthetic-comtrade-revised.json'));
    const later = mergeImport('r.json', revised, '2025-06-01', first.trade, first.sources);
    const changed = later.lines.filter((l) => l.change === 'changed');
    const differs = revised.figures.filter(
      (f) =>
        !table.figures.some(
          (o) => o.year === f.year && o.flow === f.flow && o.reporter === f.reporter && o.valueUsdM === f.valueUsdM,
        ),
    );
    expect(differs.length).toBeGreaterThan(0);
    for (const f of differs) {
      const record = later.trade.annual.find((r) => r.id === recordId('comtrade', f))!;
      expect(record.valueUsdM).toBe(f.valueUsdM);
      expect(record.official?.retrieved).toBe('2025-06-01');
    }
    expect(changed.map((l) => [l.year, l.flow, l.reporter]).sort()).toEqual(
      differs.map((f) => [f.year, f.flow, f.reporter]).sort(),
    );
    // The others keep their value and now cite the newer download.
    expect(later.lines.filter((l) => l.change === 'refreshed')).toHaveLength(revised.figures.length - differs.length);
    expect(later.trade.annual).toHaveLength(first.trade.annual.length);
    expect(later.removedSources).toEqual([first.sourceId]);
    expect(later.sources.sources.some((s) => s.id === first.sourceId)).toBe(false);
  });

  it('keeps a newer figure when an older download is imported', () => {
    const revised = parseOfficialTable('r.json', fixture('synthetic-comtrade-revised.json'));
    const later = mergeImport('r.json', revised, '2025-06-01', first.trade, first.sources);
    const older = mergeImport(JSON_FILE, table, '2025-02-20', later.trade, later.sources);
    expect(older.lines.every((l) => l.change === 'kept-newer')).toBe(true);
    expect(older.trade).toEqual(later.trade);
    expect(older.sources).toEqual(later.sources);
  });
});

describe('the shipped template file', () => {
  const template = readFileSync(resolve(import.meta.dirname, 'official-table-template.csv'));

  it('has the documented header and no figures of its own', () => {
    expect(() => parseOfficialTable('official-table-template.csv', template)).toThrow(/no data rows/);
  });

  it('imports once a row is filled in', () => {
    const filled = Buffer.concat([
      template,
      Buffer.from('2019,total,4321.5,usd_million,korea,mixed,KITA,Synthetic test,https://stat.kita.net/,2026-01-15\n'),
    ]);
    const table = parseOfficialTable('filled.csv', filled);
    expect(table.figures).toMatchObject([{ year: 2019, flow: 'total', reporter: 'korea', valueUsdM: 4321.5 }]);
    expect(table.source.side).toBe('korea');
  });
});
