import { describe, expect, it } from 'vitest';
import { tradeRecord } from '@/test/fixtures.ts';
import { base, conflict, emptyFiles, text, realDataset } from '@/test/dataset-records.ts';
import { conflictGroups, datasetEntries, entryReporter, entryYear } from './dataset-entries.ts';

describe('datasetEntries, entryYear and entryReporter', () => {
  const files = emptyFiles();
  files.trade.annual.push(tradeRecord({ id: 'trade-a', year: 2009 }));
  files.trade.facts.push(
    { ...base, id: 'fact-year', kind: 'other', label: text('l'), unit: 'none', year: 2012 },
    { ...base, id: 'fact-date', kind: 'other', label: text('l'), unit: 'none', date: '2011-08-01' },
    { ...base, id: 'fact-none', kind: 'other', label: text('l'), unit: 'none' },
  );
  files.investment.statements.push({
    ...base,
    id: 'inv-a',
    asOf: '2011-03',
    sinceYear: 1994,
    valueUsdM: 785,
    measure: text('m'),
    reporter: 'korea',
  });
  files.aid.projects.push(
    { ...base, id: 'aidp-a', title: text('t'), region: 'Cusco', regionCodes: ['08'], startYear: 2019, endYear: 2023 },
    { ...base, id: 'aidp-b', title: text('t'), region: 'Lima', regionCodes: ['15'], endYear: 2007 },
  );
  files.timeline.events.push({
    ...base,
    id: 'ev-a',
    date: '1963-04-01',
    category: 'diplomacy',
    title: text('t'),
    description: text('d'),
  });
  files.headlines.figures.push({
    ...base,
    id: 'hl-a',
    topic: 'aid',
    statement: text('s'),
    unit: 'none',
    statedBy: { en: 'Ambassador', es: 'Embajador', ko: '대사' },
    statedOn: '2023-05',
  });
  const entries = datasetEntries(files);
  const byId = (id: string) => entries.find((e) => e.record.id === id)!;

  it('tags every record with its list, in the registry order', () => {
    expect(entries.map((e) => e.collection)).toEqual([
      'tradeAnnual',
      'tradeFacts',
      'tradeFacts',
      'tradeFacts',
      'investmentStatements',
      'aidProjects',
      'aidProjects',
      'timeline',
      'headlines',
    ]);
  });

  it('dates each kind of record by the year it refers to, and leaves an undated one undated', () => {
    expect(entryYear(byId('trade-a'))).toBe(2009);
    expect(entryYear(byId('fact-year'))).toBe(2012);
    expect(entryYear(byId('fact-date'))).toBe(2011);
    expect(entryYear(byId('fact-none'))).toBeUndefined();
    // A stock is dated by its end, not by the first year of the accumulation.
    expect(entryYear(byId('inv-a'))).toBe(2011);
    expect(entryYear(byId('aidp-a'))).toBe(2019);
    expect(entryYear(byId('aidp-b'))).toBe(2007);
    expect(entryYear(byId('ev-a'))).toBe(1963);
    expect(entryYear(byId('hl-a'))).toBe(2023);
  });

  it('names the reporting side only for records that carry one', () => {
    expect(entryReporter(byId('trade-a'))).toBe('korea');
    expect(entryReporter(byId('inv-a'))).toBe('korea');
    expect(entryReporter(byId('ev-a'))).toBeUndefined();
  });
});

describe('conflictGroups', () => {
  it('keeps every conflicting record, grouped by list and by shared note', () => {
    const files = emptyFiles();
    files.trade.annual.push(
      tradeRecord({ id: 'trade-1', qualifiers: conflict('2009: three figures') }),
      tradeRecord({ id: 'trade-2' }),
      tradeRecord({ id: 'trade-3', reporter: 'peru', qualifiers: conflict('2009: three figures') }),
      tradeRecord({ id: 'trade-4', qualifiers: { ...conflict('2011: five figures'), approximate: true } }),
    );
    files.exchange.records.push({
      ...base,
      id: 'ex-a',
      program: 'korean-community',
      programName: text('p'),
      metric: text('m'),
      unit: 'people',
      qualifiers: conflict('English Wikipedia gives 788'),
    });
    const groups = conflictGroups(datasetEntries(files));
    expect(groups.map((g) => [g.collection, g.records])).toEqual([
      ['tradeAnnual', 3],
      ['exchange', 1],
    ]);
    expect(groups[0]!.groups.map((g) => g.entries.map((e) => e.record.id))).toEqual([
      ['trade-1', 'trade-3'],
      ['trade-4'],
    ]);
    expect(groups[0]!.groups[0]!.note.es).toBe('2009: three figures (es)');
  });
  it('returns nothing when no record conflicts', () => {
    const files = emptyFiles();
    files.trade.annual.push(tradeRecord());
    expect(conflictGroups(datasetEntries(files))).toEqual([]);
  });
});

describe('against the real dataset (public/data)', () => {
  const { files } = realDataset();
  const entries = datasetEntries(files);

  it('sees every record of every file', () => {
    const total =
      files.trade.annual.length +
      files.trade.facts.length +
      files.products.products.length +
      files.investment.statements.length +
      files.investment.projects.length +
      files.aid.statements.length +
      files.aid.projects.length +
      files.exchange.records.length +
      files.timeline.events.length +
      files.headlines.figures.length;
    expect(entries).toHaveLength(total);
  });

  it('lists every conflicting record exactly once', () => {
    const listed = conflictGroups(entries).flatMap((c) => c.groups.flatMap((g) => g.entries.map((e) => e.record.id)));
    const conflicting = entries.filter((e) => e.record.qualifiers.conflict).map((e) => e.record.id);
    expect(listed.sort()).toEqual(conflicting.sort());
    expect(new Set(listed).size).toBe(listed.length);
  });
});
