// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TradeFile } from '../../src/data/schema/trade.ts';
import { runImport } from './run-import.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURES = resolve(import.meta.dirname, 'fixtures');
const JSON_FIXTURE = readFileSync(resolve(FIXTURES, 'synthetic-comtrade.json'), 'utf8');
const CSV_FIXTURE = readFileSync(resolve(FIXTURES, 'TradeData_2_20_2025_10_30_9_synthetic.csv'), 'latin1');
const TSX = resolve(ROOT, 'node_modules/.bin/tsx');

let dir: string;
let dataDir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'import-test-'));
  dataDir = join(dir, 'data');
  // A copy of the real dataset: tests never write to public/data.
  cpSync(resolve(ROOT, 'public/data'), dataDir, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const snapshot = () => readdirSync(dataDir).map((f) => [f, readFileSync(join(dataDir, f), 'utf8')]);

async function run(file: string, extra: { dryRun?: boolean; retrieved?: string } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runImport(
    { file, dataDir, dryRun: extra.dryRun ?? false, retrieved: extra.retrieved ?? '2025-02-20' },
    (l) => out.push(l),
    (l) => err.push(l),
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Writes a variant of a fixture into the temp folder. */
function variant(name: string, text: string, encoding: BufferEncoding = 'utf8') {
  const path = join(dir, name);
  writeFileSync(path, text, encoding);
  return path;
}

const jsonWith = (edit: (env: { count: number; data: Record<string, unknown>[] }) => void) => {
  const env = JSON.parse(JSON_FIXTURE);
  edit(env);
  return JSON.stringify(env);
};
const csvLines = () => CSV_FIXTURE.split('\r\n');

describe('npm run data:import', () => {
  it('dry run: reports what it would add, per year and flow, and writes nothing', async () => {
    const before = snapshot();
    const { code, out } = await run(resolve(FIXTURES, 'synthetic-comtrade.json'), { dryRun: true });
    expect(code).toBe(0);
    expect(out).toMatch(/^2015 {2}exports_pe_to_kr {4}peru {6}add/m);
    expect(out).toContain('Dry run: nothing written.');
    expect(snapshot()).toEqual(before);
  });

  it('imports into a copy of the dataset that then passes data:check; a second run changes nothing', async () => {
    const first = await run(resolve(FIXTURES, 'TradeData_2_20_2025_10_30_9_synthetic.csv'));
    expect(first.code).toBe(0);
    const trade = JSON.parse(readFileSync(join(dataDir, 'trade.json'), 'utf8')) as TradeFile;
    expect(trade.annual.filter((r) => r.official?.series === 'comtrade').length).toBeGreaterThan(0);
    const check = spawnSync(TSX, ['scripts/data-check.ts', dataDir], { cwd: ROOT, encoding: 'utf8' });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
    const after = snapshot();
    const again = await run(resolve(FIXTURES, 'synthetic-comtrade.json'));
    expect(again.code).toBe(0);
    expect(again.out).toContain('Nothing to change');
    expect(snapshot()).toEqual(after);
  });

  const BAD: [string, () => string, RegExp][] = [
    [
      'unknown CSV format',
      () => variant('other.csv', 'country,amount\nPeru,1\n'),
      /other\.csv: line 1 \(header\), field "\(columns\)": unknown format/,
    ],
    [
      'unknown JSON format',
      () => variant('other.json', '{"rows": []}'),
      /other\.json: \(file\), field "data": unknown format/,
    ],
    [
      'a gzip file',
      () => variant('bulk.gz', '\x1f\x8b\x08\x00', 'latin1'),
      /bulk\.gz: \(file\), field "\(file\)": unknown format: a gzip/,
    ],
    [
      'wrong partner',
      () =>
        variant(
          'p.json',
          jsonWith((e) => (e.data[3]!.partnerCode = 156)),
        ),
      /p\.json: record data\[3\], field "partnerCode": partner 156/,
    ],
    [
      'wrong reporter',
      () =>
        variant(
          'r.json',
          jsonWith((e) => (e.data[5]!.reporterCode = 842)),
        ),
      /r\.json: record data\[5\], field "reporterCode": reporter 842/,
    ],
    [
      'missing field in JSON',
      () =>
        variant(
          'm.json',
          jsonWith((e) => delete e.data[2]!.primaryValue),
        ),
      /m\.json: record data\[2\], field "primaryvalue": missing field/,
    ],
    [
      'missing column in CSV',
      () =>
        variant(
          'TradeData_x.csv',
          csvLines()
            .map((l) => l.split(',').slice(0, -4).concat(l.split(',').slice(-3)).join(','))
            .join('\r\n'),
          'latin1',
        ),
      /TradeData_x\.csv: line 2 \(header\), field "primaryvalue": missing column/,
    ],
    [
      'non-numeric value',
      () =>
        variant(
          'n.csv',
          csvLines()
            .map((l, i) => (i === 6 ? l.replace(/,(\d+),(\d),(True|False)/, ',1.234.000,$2,$3') : l))
            .join('\r\n'),
          'latin1',
        ),
      /n\.csv: line 7, field "primaryValue": not a number: "1\.234\.000"/,
    ],
    [
      'year out of range',
      () =>
        variant(
          'y.json',
          jsonWith((e) => (e.data[1]!.refYear = 1850)),
        ),
      /y\.json: record data\[1\], field "refYear": year 1850 out of range/,
    ],
    [
      'a year after the download',
      () =>
        variant(
          'f.json',
          jsonWith((e) => (e.data[4]!.refYear = 2031)),
        ),
      /f\.json: record data\[4\], field "refYear": year 2031 is after the download \(2025-02-20\)/,
    ],
    [
      'monthly data',
      () =>
        variant(
          'mo.json',
          jsonWith((e) => (e.data[0]!.freqCode = 'M')),
        ),
      /mo\.json: record data\[0\], field "freqCode"/,
    ],
    [
      'count says more records than arrived',
      () =>
        variant(
          'c.json',
          jsonWith((e) => (e.count = 40)),
        ),
      /c\.json: \(file\), field "count": .*truncated/,
    ],
    [
      "Comtrade's row limit reached",
      () =>
        variant(
          'cap.json',
          jsonWith((e) => {
            e.data = Array.from({ length: 500 }, (_, i) => ({ ...e.data[i % e.data.length]!, cmdCode: String(i) }));
            e.count = 500;
          }),
        ),
      /cap\.json: \(file\), field "\(rows\)": exactly 500 rows.*truncated/,
    ],
    [
      'JSON cut short',
      () => variant('cut.json', JSON_FIXTURE.slice(0, 5000)),
      /cut\.json: \(file\), field "\(JSON\)": not valid JSON, possibly a truncated download/,
    ],
    [
      'CSV cut mid-line',
      () => variant('cut.csv', CSV_FIXTURE.slice(0, 2000), 'latin1'),
      /cut\.csv: line \d+, field "\(row\)": a row is incomplete, possibly a truncated download/,
    ],
    [
      'template with a grouped number',
      () =>
        variant(
          't.csv',
          'year,flow,value,unit,reporter,valuation,publisher,dataset,url,retrieved\n2015,total,"1,234.5",usd_million,peru,mixed,SUNAT,X,https://www.sunat.gob.pe/,2025-03-01\n',
        ),
      /t\.csv: line 2, field "value": not a number/,
    ],
    [
      'template mixing two sources',
      () =>
        variant(
          't2.csv',
          'year,flow,value,unit,reporter,valuation,publisher,dataset,url,retrieved\n2015,total,1,usd_million,peru,mixed,SUNAT,X,https://a.pe/,2025-03-01\n2016,total,1,usd_million,peru,mixed,BCRP,X,https://a.pe/,2025-03-01\n',
        ),
      /t2\.csv: line 3, field "publisher": differs from the first row/,
    ],
  ];

  it.each(BAD)('%s: names file, line or record, and field; exit 1; nothing written', async (_name, make, message) => {
    const before = snapshot();
    const { code, err } = await run(make());
    expect(err).toMatch(message);
    expect(err).toContain('Nothing was written.');
    expect(code).toBe(1);
    expect(snapshot()).toEqual(before);
  });

  it('the command itself exits 1 on bad input and leaves the data folder alone', () => {
    const before = snapshot();
    const bad = variant(
      'p.json',
      jsonWith((e) => (e.data[0]!.partnerCode = 0)),
    );
    const result = spawnSync(TSX, ['scripts/import/cli.ts', bad, '--data-dir', dataDir], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('p.json: record data[0], field "partnerCode"');
    expect(snapshot()).toEqual(before);
  });
});
