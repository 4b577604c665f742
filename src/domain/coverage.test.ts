import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Source } from '@/data/schema/sources.ts';
import { tradeRecord } from '@/test/fixtures.ts';
import {
  citationCounts,
  collectionCoverage,
  COLLECTIONS,
  conflictGroups,
  countBySide,
  datasetEntries,
  entryReporter,
  entryYear,
  foldText,
  isDescriptiveTitle,
  searchSources,
  sortSourceRows,
  sourceRows,
  titleLanguage,
  tradeCoverage,
  yearRanges,
  type DatasetEntry,
  type DatasetFiles,
} from './coverage.ts';

const base = { sectors: ['trade' as const], sourceIds: ['s-a'], qualifiers: {} };
const conflict = (en: string) => ({ conflict: { en, es: `${en} (es)`, ko: `${en} (ko)` } });

function source(overrides: Partial<Source> & { id: string }): Source {
  return {
    publisher: 'Publisher',
    title: 'Title',
    url: `https://example.org/${overrides.id}`,
    side: 'peru',
    language: 'es',
    ...overrides,
  };
}

const emptyFiles = (): DatasetFiles => ({
  trade: { annual: [], facts: [] },
  products: { products: [] },
  investment: { statements: [], projects: [] },
  aid: { statements: [], projects: [] },
  exchange: { records: [] },
  timeline: { events: [] },
  headlines: { figures: [] },
});

const text = (en: string) => ({ en, es: en, ko: en });

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

describe('citationCounts', () => {
  it('counts the records citing each source, once per record', () => {
    const entries: DatasetEntry[] = [
      { collection: 'tradeAnnual', record: tradeRecord({ sourceIds: ['s-a', 's-b'] }) },
      { collection: 'tradeAnnual', record: tradeRecord({ sourceIds: ['s-a', 's-a'] }) },
      { collection: 'tradeAnnual', record: tradeRecord({ sourceIds: ['s-c'] }) },
    ];
    const counts = citationCounts(entries);
    expect(counts.get('s-a')).toBe(2);
    expect(counts.get('s-b')).toBe(1);
    expect(counts.get('s-z')).toBeUndefined();
    expect(sourceRows([source({ id: 's-z' })], counts)[0]!.citations).toBe(0);
  });
});

describe('titleLanguage', () => {
  const descriptive = text('Descriptive label from the research; the headline as published was not recorded.');
  it('keeps the source language for a title as published', () => {
    expect(titleLanguage(source({ id: 's-1', title: 'Caen exportaciones hacia Corea del Sur' }))).toBe('es');
    expect(titleLanguage(source({ id: 's-2', title: '한ㆍ페루 FTA 정식 서명', language: 'ko' }))).toBe('ko');
  });
  it('marks an English description written by the research as English', () => {
    const s = source({ id: 's-3', title: 'Report on the Navy commissioning two patrol vessels', note: descriptive });
    expect(isDescriptiveTitle(s)).toBe(true);
    expect(titleLanguage(s)).toBe('en');
  });
  it('keeps a description written in the source language', () => {
    const s = source({ id: 's-4', title: 'exportación de pota 2019 (ADEX Data Trade)', note: descriptive });
    expect(titleLanguage(s)).toBe('es');
    expect(titleLanguage({ ...s, title: '한-페루 교역 (FTA 타결 관련 기사)', language: 'ko' })).toBe('ko');
  });
  it('treats a Korean source whose title has no Korean script as English', () => {
    expect(titleLanguage(source({ id: 's-5', title: 'Overview of relations', language: 'ko' }))).toBe('en');
  });
  it('does not call a title descriptive because its note mentions something else', () => {
    expect(isDescriptiveTitle(source({ id: 's-6', note: text('Undated page, around 2013.') }))).toBe(false);
    expect(isDescriptiveTitle(source({ id: 's-7' }))).toBe(false);
  });
});

describe('searchSources', () => {
  const rows = sourceRows(
    [
      source({ id: 's-1', publisher: 'MINCETUR', title: 'Exportación de mango' }),
      source({
        id: 's-2',
        publisher: 'Yonhap',
        title: '한ㆍ페루 FTA 1년',
        side: 'korea',
        language: 'ko',
        date: '2012',
      }),
      source({ id: 's-3', publisher: 'Reuters', title: 'Peru expects pact', note: text('Undated page, mid-2010s') }),
    ],
    new Map(),
  );
  it('ignores case and accents and needs every word', () => {
    expect(foldText('Exportación')).toBe('exportacion');
    expect(searchSources(rows, 'mincetur EXPORTACION', 'en').map((r) => r.source.id)).toEqual(['s-1']);
    expect(searchSources(rows, 'mincetur yonhap', 'en')).toEqual([]);
  });
  it('finds Korean titles, dates and notes', () => {
    expect(searchSources(rows, '페루', 'ko').map((r) => r.source.id)).toEqual(['s-2']);
    expect(searchSources(rows, '2012', 'en').map((r) => r.source.id)).toEqual(['s-2']);
    expect(searchSources(rows, 'undated', 'en').map((r) => r.source.id)).toEqual(['s-3']);
  });
  it('keeps every row for an empty query', () => {
    expect(searchSources(rows, '   ', 'es')).toHaveLength(3);
  });
});

describe('sortSourceRows', () => {
  const rows = sourceRows(
    [
      source({ id: 's-1', publisher: 'yonhap', side: 'korea', date: '2011' }),
      source({ id: 's-2', publisher: 'Andina', side: 'peru' }),
      source({ id: 's-3', publisher: 'Reuters', side: 'third-party', date: '2009-11' }),
      source({ id: 's-4', publisher: 'Gestión', side: 'peru', date: '2020-02-14' }),
    ],
    new Map([
      ['s-1', 5],
      ['s-4', 2],
    ]),
  );
  const ids = (r: ReturnType<typeof sortSourceRows>) => r.map((x) => x.source.id);

  it('groups by side (Peru, Korea, third party), publishers alphabetical within', () => {
    expect(ids(sortSourceRows(rows, 'side', 'ascending', 'en'))).toEqual(['s-2', 's-4', 's-1', 's-3']);
    expect(ids(sortSourceRows(rows, 'side', 'descending', 'en'))).toEqual(['s-3', 's-1', 's-2', 's-4']);
  });
  it('sorts publishers ignoring case', () => {
    expect(ids(sortSourceRows(rows, 'publisher', 'ascending', 'es'))).toEqual(['s-2', 's-4', 's-3', 's-1']);
  });
  it('puts undated sources last in both directions', () => {
    expect(ids(sortSourceRows(rows, 'date', 'ascending', 'en'))).toEqual(['s-3', 's-1', 's-4', 's-2']);
    expect(ids(sortSourceRows(rows, 'date', 'descending', 'en'))).toEqual(['s-4', 's-1', 's-3', 's-2']);
  });
  it('sorts by the number of citing records', () => {
    expect(ids(sortSourceRows(rows, 'citations', 'descending', 'en'))).toEqual(['s-1', 's-4', 's-2', 's-3']);
  });
  it('counts sources by side', () => {
    expect([...countBySide(rows)]).toEqual([
      ['peru', 2],
      ['korea', 1],
      ['third-party', 1],
    ]);
  });
});

describe('yearRanges', () => {
  it('folds consecutive years and drops duplicates', () => {
    expect(yearRanges([2009, 2004, 2005, 2006, 2006, 2011])).toEqual([
      [2004, 2006],
      [2009, 2009],
      [2011, 2011],
    ]);
    expect(yearRanges([])).toEqual([]);
  });
});

describe('tradeCoverage', () => {
  const records = [
    tradeRecord({ year: 2004, reporter: 'korea' }),
    tradeRecord({ year: 2004, reporter: 'korea', valueUsdM: 400, qualifiers: { approximate: true } }),
    tradeRecord({ year: 2006, reporter: 'peru' }),
    tradeRecord({ year: 2007, reporter: 'unclear', qualifiers: { unusable: true } }),
    tradeRecord({ year: 2008, reporter: 'korea', flow: 'exports_pe_to_kr' }),
  ];
  const coverage = tradeCoverage(records, 'total', 2004)!;
  const cell = (year: number, reporter: string) =>
    coverage.cells.find((c) => c.year === year && c.reporter === reporter)!;

  it('has a cell for every year and side, up to the latest yearly trade figure', () => {
    expect(coverage.years).toEqual([2004, 2005, 2006, 2007, 2008]);
    expect(coverage.cells).toHaveLength(5 * 3);
  });
  it('counts every figure in its cell, conflicting ones included', () => {
    expect(cell(2004, 'korea').records.map((r) => r.valueUsdM)).toEqual([1000, 400]);
    expect(cell(2006, 'peru').records).toHaveLength(1);
  });
  it('leaves gaps empty: no record, never a zero', () => {
    expect(cell(2005, 'korea').records).toEqual([]);
    expect(coverage.cells.flatMap((c) => c.records).every((r) => r.valueUsdM > 0)).toBe(true);
  });
  it('leaves out unusable figures and other flows', () => {
    expect(cell(2007, 'unclear').records).toEqual([]);
    expect(cell(2008, 'korea').records).toEqual([]);
  });
  it('summarizes each side and lists the years no side covers', () => {
    expect(coverage.bySide).toEqual([
      { reporter: 'korea', figures: 2, years: 1 },
      { reporter: 'peru', figures: 1, years: 1 },
      { reporter: 'unclear', figures: 0, years: 0 },
    ]);
    expect(coverage.emptyYears).toEqual([2005, 2007, 2008]);
  });
  it('has nothing to show without usable records', () => {
    expect(tradeCoverage([])).toBeUndefined();
    expect(tradeCoverage([tradeRecord({ qualifiers: { unusable: true } })])).toBeUndefined();
  });
});

describe('collectionCoverage', () => {
  it('counts records, usable dated years and undated ones per list', () => {
    const files = emptyFiles();
    files.trade.annual.push(
      tradeRecord({ year: 2004 }),
      tradeRecord({ year: 2005 }),
      tradeRecord({ year: 2009 }),
      tradeRecord({ year: 2010, qualifiers: { unusable: true } }),
    );
    files.exchange.records.push(
      { ...base, id: 'ex-a', program: 'gks', programName: text('p'), metric: text('m'), unit: 'people', year: 2023 },
      { ...base, id: 'ex-b', program: 'gks', programName: text('p'), metric: text('m'), unit: 'people' },
    );
    const coverage = collectionCoverage(datasetEntries(files));
    expect(coverage.map((c) => c.collection)).toEqual(COLLECTIONS.map((c) => c.key));
    const trade = coverage.find((c) => c.collection === 'tradeAnnual')!;
    expect(trade).toMatchObject({ records: 4, unusable: 1, undated: 0, years: [2004, 2005, 2009] });
    expect(trade.ranges).toEqual([
      [2004, 2005],
      [2009, 2009],
    ]);
    expect(coverage.find((c) => c.collection === 'exchange')).toMatchObject({ records: 2, undated: 1, years: [2023] });
    expect(coverage.find((c) => c.collection === 'timeline')).toMatchObject({ records: 0, years: [] });
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
  const read = <T>(name: string) => JSON.parse(readFileSync(`public/data/${name}.json`, 'utf8')) as T;
  const files: DatasetFiles = {
    trade: read('trade'),
    products: read('products'),
    investment: read('investment'),
    aid: read('aid'),
    exchange: read('exchange'),
    timeline: read('timeline'),
    headlines: read('headlines'),
  };
  const sources = read<{ sources: Source[] }>('sources').sources;
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

  it('counts citations only for sources in the registry, and every source gets a row', () => {
    const counts = citationCounts(entries);
    const ids = new Set(sources.map((s) => s.id));
    expect([...counts.keys()].filter((id) => !ids.has(id))).toEqual([]);
    const rows = sourceRows(sources, counts);
    expect(rows).toHaveLength(sources.length);
    expect(rows.reduce((n, r) => n + r.citations, 0)).toBeGreaterThanOrEqual(entries.length);
  });

  it('starts total-trade coverage in 2004 with a figure, and keeps years without figures as gaps', () => {
    const coverage = tradeCoverage(files.trade.annual)!;
    expect(coverage.from).toBe(2004);
    expect(coverage.cells.filter((c) => c.year === 2004).some((c) => c.records.length > 0)).toBe(true);
    expect(coverage.emptyYears.length).toBeGreaterThan(0);
    const shown = coverage.cells.reduce((n, c) => n + c.records.length, 0);
    const totals = files.trade.annual.filter((r) => r.flow === 'total' && r.year >= 2004 && !r.qualifiers.unusable);
    expect(shown).toBe(totals.length);
  });

  it('lists every conflicting record exactly once', () => {
    const listed = conflictGroups(entries).flatMap((c) => c.groups.flatMap((g) => g.entries.map((e) => e.record.id)));
    const conflicting = entries.filter((e) => e.record.qualifiers.conflict).map((e) => e.record.id);
    expect(listed.sort()).toEqual(conflicting.sort());
    expect(new Set(listed).size).toBe(listed.length);
  });

  it('labels the research’s English descriptions as English, published Korean headlines as Korean', () => {
    const rows = sourceRows(sources, new Map());
    for (const { source: s, titleLang } of rows) {
      if (/[\uac00-\ud7af]/.test(s.title) && !isDescriptiveTitle(s)) expect(titleLang, s.id).toBe('ko');
      if (s.title.startsWith('Report on ')) expect(titleLang, s.id).toBe('en');
    }
  });
});
