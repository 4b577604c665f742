import { describe, expect, it } from 'vitest';
import { tradeRecord } from '@/test/fixtures.ts';
import { source, text, realDataset } from '@/test/dataset-records.ts';
import { datasetEntries, type DatasetEntry } from './dataset-entries.ts';
import {
  citationCounts,
  countBySide,
  foldText,
  isDescriptiveTitle,
  searchSources,
  sortSourceRows,
  sourceRows,
  titleLanguage,
} from './source-rows.ts';

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

describe('against the real dataset (public/data)', () => {
  const { files, sources } = realDataset();
  const entries = datasetEntries(files);

  it('counts citations only for sources in the registry, and every source gets a row', () => {
    const counts = citationCounts(entries);
    const ids = new Set(sources.map((s) => s.id));
    expect([...counts.keys()].filter((id) => !ids.has(id))).toEqual([]);
    const rows = sourceRows(sources, counts);
    expect(rows).toHaveLength(sources.length);
    expect(rows.reduce((n, r) => n + r.citations, 0)).toBeGreaterThanOrEqual(entries.length);
  });

  it('labels the research’s English descriptions as English, published Korean headlines as Korean', () => {
    const rows = sourceRows(sources, new Map());
    for (const { source: s, titleLang } of rows) {
      if (/[\uac00-\ud7af]/.test(s.title) && !isDescriptiveTitle(s)) expect(titleLang, s.id).toBe('ko');
      if (s.title.startsWith('Report on ')) expect(titleLang, s.id).toBe('en');
    }
  });
});
