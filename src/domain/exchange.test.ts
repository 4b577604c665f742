import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALL } from '@/test/records.ts';
import { exchangeFileSchema, type ExchangeRecord } from '@/data/schema/exchange.ts';
import {
  CARD_PROGRAMS,
  communityPoints,
  exchangeView,
  niceAxis,
  periodOf,
  pointSpan,
  programGroups,
  recordSpan,
  shownValue,
} from './exchange.ts';

let seq = 0;
const text = (s: string) => ({ en: s, es: s, ko: s });
function record(overrides: Partial<ExchangeRecord> = {}): ExchangeRecord {
  seq += 1;
  return {
    id: `ex-test-${seq}`,
    program: 'korean-community',
    programName: text('Korean community in Peru'),
    metric: text('Korean residents'),
    value: 100,
    unit: 'people',
    year: 2000,
    sectors: ['culture'],
    sourceIds: ['s-test'],
    qualifiers: {},
    ...overrides,
  };
}
const conflict = text('Another source gives a different figure.');

describe('communityPoints', () => {
  it('keeps one point per published figure, by year, and never fills a gap', () => {
    const points = communityPoints([record({ year: 2011, value: 1305 }), record({ year: 1985, value: 27 })]);
    expect(points.map((p) => [p.year, p.value])).toEqual([
      [1985, 27],
      [2011, 1305],
    ]);
  });

  it('keeps both conflicting figures of one year, in the conflict series, labelled above and below', () => {
    const low = record({ year: 2005, value: 778, qualifiers: { conflict } });
    const high = record({ year: 2005, value: 788, qualifiers: { conflict } });
    const points = communityPoints([low, high]);
    expect(points).toHaveLength(2);
    expect(points.every((p) => p.series === 'conflict')).toBe(true);
    expect(points.find((p) => p.value === 788)?.label).toBe('above');
    expect(points.find((p) => p.value === 778)?.label).toBe('below');
  });

  it('labels only one of two equal figures of a year above', () => {
    const points = communityPoints([record({ year: 2005, value: 5 }), record({ year: 2005, value: 5 })]);
    expect(points.map((p) => p.label)).toEqual(['above', 'below']);
  });

  it('puts figures without a conflict note in the single series', () => {
    expect(communityPoints([record()])[0]?.series).toBe('single');
  });

  it('leaves out undated figures, figures without a value, unusable figures and other programs', () => {
    const points = communityPoints([
      record({ year: undefined }),
      record({ value: undefined }),
      record({ qualifiers: { unusable: true } }),
      record({ program: 'tourism' }),
    ]);
    expect(points).toEqual([]);
  });

  it('never turns a missing value into zero', () => {
    const points = communityPoints([record({ year: 1990, value: undefined }), record({ year: 1997, value: 1774 })]);
    expect(points.map((p) => p.value)).toEqual([1774]);
  });
});

describe('programGroups', () => {
  it('groups by program in the schema order, without the community, oldest first and undated last', () => {
    const groups = programGroups([
      record({ program: 'tourism', year: 2025 }),
      record({ program: 'gks', year: undefined, id: 'gks-undated' }),
      record({ program: 'gks', year: 2025, id: 'gks-2025' }),
      record({ program: 'gks', year: 2011, id: 'gks-2011' }),
      record({ program: 'korean-community' }),
    ]);
    expect(groups.map((g) => g.program)).toEqual(['gks', 'tourism']);
    expect(groups[0]?.records.map((r) => r.id)).toEqual(['gks-2011', 'gks-2025', 'gks-undated']);
  });

  it('says when a program’s figures carry different names', () => {
    const groups = programGroups([
      record({ program: 'gks', programName: text('GKS (graduate)') }),
      record({ program: 'gks', programName: text('GKS undergraduate') }),
      record({ program: 'tourism', programName: text('Tourism') }),
      record({ program: 'tourism', programName: text('Tourism') }),
    ]);
    expect(groups.map((g) => g.mixedNames)).toEqual([true, false]);
  });

  it('has a card for every program except the community', () => {
    expect(CARD_PROGRAMS).not.toContain('korean-community');
    expect(CARD_PROGRAMS).toHaveLength(7);
  });
});

describe('exchangeView', () => {
  const records = [
    record({ year: 1985, value: 27 }),
    record({ year: 2019, value: 3304 }),
    record({ program: 'gks', sectors: ['education'], year: 2023 }),
    record({ program: 'koica-volunteers', sectors: ['aid', 'education'], year: undefined }),
  ];

  it('shows everything without a filter, undated records included', () => {
    const view = exchangeView(records, ALL);
    expect(view.sectorMatches).toBe(4);
    expect(view.community).toHaveLength(2);
    expect(view.programs.map((g) => g.program)).toEqual(['gks', 'koica-volunteers']);
  });

  it('keeps only records of the selected sectors', () => {
    const view = exchangeView(records, { ...ALL, sectors: ['aid'] });
    expect(view.sectorMatches).toBe(1);
    expect(view.community).toEqual([]);
    expect(view.programs.map((g) => g.program)).toEqual(['koica-volunteers']);
  });

  it('keeps only years in range, and drops undated records once the range is narrowed', () => {
    const view = exchangeView(records, { sectors: [], from: 2000, to: 2020 });
    expect(view.community.map((p) => p.year)).toEqual([2019]);
    expect(view.programs).toEqual([]);
    expect(view.sectorMatches).toBe(4);
  });

  it('reports no sector match when no record belongs to the selected sectors', () => {
    expect(exchangeView(records, { ...ALL, sectors: ['trade'] }).sectorMatches).toBe(0);
  });
});

describe('periodOf', () => {
  it('describes cumulative counts with their first and last year', () => {
    expect(periodOf(record({ cumulative: true, sinceYear: 1996, year: 2025 }))).toEqual({
      kind: 'cumulative',
      from: 1996,
      to: 2025,
    });
    expect(periodOf(record({ cumulative: true, year: 2023 }))).toEqual({
      kind: 'cumulative',
      from: undefined,
      to: 2023,
    });
    expect(periodOf(record({ cumulative: true, sinceYear: 1996, year: undefined }))).toEqual({
      kind: 'cumulative',
      from: 1996,
      to: undefined,
    });
  });

  it('describes single-year and undated figures', () => {
    expect(periodOf(record({ year: 2025 }))).toEqual({ kind: 'year', year: 2025 });
    expect(periodOf(record({ year: 2025, sinceYear: 2023 }))).toEqual({ kind: 'year', year: 2025, since: 2023 });
    expect(periodOf(record({ year: 2025, sinceYear: 2025 }))).toEqual({ kind: 'year', year: 2025 });
    expect(periodOf(record({ year: undefined }))).toEqual({ kind: 'undated' });
    expect(periodOf(record({ year: undefined, sinceYear: 1996 }))).toEqual({ kind: 'undated', since: 1996 });
  });
});

describe('helpers', () => {
  it('hides the value of an unusable figure', () => {
    expect(shownValue(record({ value: 5 }))).toBe(5);
    expect(shownValue(record({ value: 5, qualifiers: { unusable: true } }))).toBeUndefined();
    expect(shownValue(record({ value: undefined }))).toBeUndefined();
  });

  it('spans points and records', () => {
    expect(pointSpan([])).toBeUndefined();
    expect(pointSpan([{ year: 2005 }, { year: 1985 }])).toEqual({ from: 1985, to: 2005 });
    expect(recordSpan([record({ year: undefined, sinceYear: 1996 }), record({ year: 2025 })])).toEqual({
      from: 1996,
      to: 2025,
    });
    expect(recordSpan([record({ year: undefined })])).toBeUndefined();
  });

  it('makes a round value axis from zero', () => {
    expect(niceAxis(3304)).toEqual({ top: 4000, ticks: [0, 1000, 2000, 3000, 4000] });
    expect(niceAxis(1774)).toEqual({ top: 2000, ticks: [0, 500, 1000, 1500, 2000] });
    expect(niceAxis(27)).toEqual({ top: 30, ticks: [0, 10, 20, 30] });
    expect(niceAxis(0.9)).toEqual({ top: 1, ticks: [0, 0.25, 0.5, 0.75, 1] });
    expect(niceAxis(0)).toEqual({ top: 1, ticks: [0, 1] });
    expect(niceAxis(4000).top).toBe(4000);
  });
});

describe('the real exchange.json', () => {
  const file = exchangeFileSchema.parse(JSON.parse(readFileSync('public/data/exchange.json', 'utf8')));

  it('charts every community figure, the two 2005 figures side by side', () => {
    const community = file.records.filter((r) => r.program === 'korean-community' && r.value !== undefined);
    const points = communityPoints(file.records);
    expect(points).toHaveLength(community.length);
    const y2005 = points.filter((p) => p.year === 2005);
    expect(y2005.map((p) => p.value).sort()).toEqual([778, 788]);
    expect(y2005.every((p) => p.series === 'conflict')).toBe(true);
    expect(new Set(y2005.map((p) => p.label))).toEqual(new Set(['above', 'below']));
  });

  it('has cards for the seven programs, the undated volunteer figure last', () => {
    const view = exchangeView(file.records, ALL);
    expect(view.programs.map((g) => g.program)).toEqual([...CARD_PROGRAMS]);
    const volunteers = view.programs.find((g) => g.program === 'koica-volunteers')!;
    expect(volunteers.records.at(-1)?.year).toBeUndefined();
  });

  it('keeps the two KOICA training figures (1,000 in 2023, over 2,000 in 2025) apart, with their conflict notes', () => {
    const training = exchangeView(file.records, ALL).programs.find((g) => g.program === 'koica-training')!;
    expect(training.records.map((r) => r.value)).toEqual([1000, 2000]);
    expect(training.records.every((r) => r.qualifiers.conflict && r.cumulative)).toBe(true);
  });
});
