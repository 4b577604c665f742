import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATA_FILES, type DataFileKey } from './schema/index.ts';
import { validateDataset } from './parse-data-file.ts';
import { formatProblem } from './validate-dataset.ts';

type Json = Record<string, Record<string, unknown>[]>;
const read = (key: DataFileKey): Json =>
  JSON.parse(readFileSync(`public/data/${DATA_FILES[key].file}`, 'utf8')) as Json;
const KEYS = Object.keys(DATA_FILES) as DataFileKey[];
const dataset = () => Object.fromEntries(KEYS.map((k) => [k, read(k)])) as Record<DataFileKey, Json>;
const messages = (files: Partial<Record<DataFileKey, unknown>>) => validateDataset(files).map(formatProblem);

describe('the shipped dataset', () => {
  it('is valid: every file, every cross-reference', () => {
    expect(messages(dataset())).toEqual([]);
  });

  it('keeps gaps absent: no trade year is recorded as zero', () => {
    const zeros = read('trade').annual!.filter((r) => r.valueUsdM === 0);
    expect(zeros).toEqual([]);
  });

  it('turns every research row into a record', () => {
    const data = dataset();
    expect(data.timeline.events!.length).toBe(79);
    expect(data.trade.annual!.length).toBe(48);
    expect(data.products.products!.length).toBe(56);
    expect(data.investment.statements!.length).toBe(14);
    expect(data.investment.projects!.length).toBe(31);
    // Two aid statements quoted only in won have no US$ figure or share; they are kept as project records.
    expect(data.aid.statements!.length + data.aid.projects!.length).toBe(12 + 25);
    expect(data.exchange.records!.length).toBe(23);
  });
});

describe('data check on corrupted copies', () => {
  const corrupt = (key: DataFileKey, list: string, change: (record: Record<string, unknown>) => void) => {
    const data = dataset();
    const record = data[key][list]![0]!;
    change(record);
    return { data, id: String(record.id), file: DATA_FILES[key].file };
  };

  it('names an unknown source id', () => {
    const { data, id, file } = corrupt('timeline', 'events', (r) => (r.sourceIds = ['s-nowhere']));
    expect(messages(data)).toContain(
      `${file}: record "${id}", field "sourceIds.0": unknown source id "s-nowhere" (not in sources.json)`,
    );
  });

  it('names an unknown sector', () => {
    const { data, id, file } = corrupt('exchange', 'records', (r) => (r.sectors = ['space']));
    expect(messages(data).some((m) => m.startsWith(`${file}: record "${id}", field "sectors.0"`))).toBe(true);
  });

  it('names a duplicate id', () => {
    const data = dataset();
    const events = data.timeline.events!;
    events[1]!.id = events[0]!.id;
    expect(messages(data)).toContain(
      `timeline.json: record "${String(events[0]!.id)}", field "id": duplicate id (also in timeline.json)`,
    );
  });

  it('names a year out of range', () => {
    const { data, id, file } = corrupt('trade', 'annual', (r) => (r.year = 1850));
    expect(messages(data).some((m) => m.startsWith(`${file}: record "${id}", field "year"`))).toBe(true);
  });

  it('names a negative amount', () => {
    const { data, id, file } = corrupt('investment', 'projects', (r) => (r.amountUsdM = -10));
    expect(messages(data)).toContain(`${file}: record "${id}", field "amountUsdM": negative amount -10`);
  });

  it('names a note that says approximate without the qualifier', () => {
    const { data, id, file } = corrupt('aid', 'projects', (r) => {
      r.note = { en: 'Approximate budget.', es: 'Presupuesto aproximado.', ko: '예산 근사치.' };
      r.qualifiers = {};
    });
    expect(messages(data)).toContain(
      `${file}: record "${id}", field "qualifiers.approximate": the note says "approximate" but qualifiers.approximate is not set`,
    );
  });

  it('names a missing translation', () => {
    const { data, id, file } = corrupt('timeline', 'events', (r) => ((r.title as Record<string, string>).ko = ' '));
    expect(messages(data).some((m) => m.startsWith(`${file}: record "${id}", field "title.ko"`))).toBe(true);
  });

  it('names a wrong type', () => {
    const { data, id, file } = corrupt('trade', 'annual', (r) => (r.valueUsdM = '3630'));
    expect(messages(data).some((m) => m.startsWith(`${file}: record "${id}", field "valueUsdM"`))).toBe(true);
  });

  it('reports a file that is not an object', () => {
    expect(messages({ sources: [] })[0]).toMatch(/^sources\.json: record "\(file\)"/);
  });
});
