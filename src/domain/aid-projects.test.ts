import { describe, expect, it } from 'vitest';
import { hasStatedBudget } from './aid-records.ts';
import {
  countByRegion,
  countByTheme,
  distinctProjects,
  filterProjects,
  leadingRow,
  regionKeys,
  searchProjects,
  sortProjects,
} from './aid-projects.ts';
import { ALL, PLACE_TEXTS, project, text, years } from '@/test/aid-records.ts';

describe('filterProjects', () => {
  const running = project({ startYear: 2012, endYear: 2016, sectors: ['aid', 'health'] });
  const openEnded = project({ startYear: 2025, sectors: ['aid', 'environment'] });
  const undated = project({ sectors: ['aid', 'health'] });
  const all = [running, openEnded, undated];

  it('keeps a project whose span overlaps the range even when neither end is inside it', () => {
    expect(filterProjects(all, years(2014, 2014)).map((p) => p.id)).toEqual([running.id]);
  });
  it('treats an open-ended project as its start year only (no end is invented)', () => {
    expect(filterProjects(all, years(2026, 2030))).toEqual([]);
    expect(filterProjects(all, years(2025, 2030)).map((p) => p.id)).toEqual([openEnded.id]);
  });
  it('keeps undated projects only on the full span', () => {
    expect(filterProjects(all, ALL)).toHaveLength(3);
    expect(filterProjects(all, years(1922, 2025)).map((p) => p.id)).toEqual([running.id, openEnded.id]);
  });
  it('keeps projects of any selected sector', () => {
    expect(filterProjects(all, { ...ALL, sectors: ['health'] }).map((p) => p.id)).toEqual([running.id, undated.id]);
    expect(filterProjects(all, { ...ALL, sectors: ['defense'] })).toEqual([]);
  });
});

describe('counting projects by theme and region', () => {
  const health1 = project({ sectors: ['aid', 'health'], budgetUsdM: 7.5, region: 'Callao (Ventanilla)' });
  const health2 = project({ sectors: ['aid', 'health', 'digital'], region: 'national (pilot)' });
  const digital = project({ sectors: ['aid', 'digital'], budgetUsdM: 10, region: 'Arequipa' });
  const general = project({ sectors: ['aid'], region: 'Cusco (San Sebastián)' });
  const notAid = project({ sectors: ['transport'], budgetUsdM: 30, region: 'Cusco (Chinchero)' });
  const unusableBudget = project({
    sectors: ['aid', 'health'],
    budgetUsdM: 1,
    qualifiers: { unusable: true },
    region: 'Lima Norte (Comas); Callao',
  });
  const all = [health1, health2, digital, general, notAid, unusableBudget];

  it('counts a project in each of its themes, puts general last and leaves out records that are not aid', () => {
    const rows = countByTheme(all);
    expect(rows.map((r) => [r.key, r.total, r.withBudget, r.withoutBudget])).toEqual([
      ['health', 3, 1, 2],
      ['digital', 2, 1, 1],
      ['general', 1, 0, 1],
    ]);
    expect(rows.some((r) => r.key === ('transport' as never))).toBe(false);
    expect(distinctProjects(rows)).toBe(5);
  });
  it('has no budget total to sum: rows hold counts and the projects themselves', () => {
    const row = countByTheme(all)[0]!;
    expect(Object.keys(row).sort()).toEqual(['key', 'projects', 'total', 'withBudget', 'withoutBudget']);
    expect(row.projects.map((p) => p.id)).toEqual([health1.id, health2.id, unusableBudget.id]);
  });
  it('does not treat an unusable budget as stated', () => {
    expect(hasStatedBudget(unusableBudget)).toBe(false);
    expect(hasStatedBudget(health1)).toBe(true);
    expect(hasStatedBudget(health2)).toBe(false);
  });
  it('groups place names by region, a project in two regions in both, national last', () => {
    expect(countByRegion(all).map((r) => [r.key, r.total])).toEqual([
      ['callao', 2],
      ['arequipa', 1],
      ['cusco', 1],
      ['lima', 1],
      ['national', 1],
    ]);
  });
  it('finds the leading group only when it leads alone', () => {
    expect(leadingRow(countByTheme(all))?.key).toBe('health');
    expect(leadingRow(countByTheme([digital, general]))).toBeUndefined();
    expect(leadingRow(countByTheme([health1]))).toBeUndefined();
    expect(leadingRow([])).toBeUndefined();
  });
});

describe('regionKeys', () => {
  it('reads region, district and national place names', () => {
    for (const place of PLACE_TEXTS) expect(regionKeys(place.text)).toEqual(place.keys);
    expect(regionKeys('junin')).toEqual(['junin']);
  });
  it('keeps an unknown place as written and does not match a name that merely starts alike', () => {
    expect(regionKeys('Limabamba')).toEqual(['place:Limabamba']);
    expect(regionKeys('Atlantis (lost)')).toEqual(['place:Atlantis']);
    expect(regionKeys('Callao; Callao (Bellavista)')).toEqual(['callao']);
  });
});

describe('sortProjects and searchProjects', () => {
  const a = project({ startYear: 2020, title: text('Cybersecurity at UNI') });
  const b = project({ endYear: 2007, title: text('Pachacútec centre') });
  const c = project({ title: text('Undated donation') });
  const d = project({ sectors: ['transport'], startYear: 2019, title: text('Chinchero PMO') });
  const e = project({
    startYear: 2023,
    title: text('Integrated waste management, Cusco'),
    region: 'Cusco (city)',
    partners: 'KOICA; Municipalidad de Cusco',
  });

  it('sorts by first year, undated after dated, records that are not aid last', () => {
    expect(sortProjects([c, d, a, e, b]).map((p) => p.id)).toEqual([b.id, a.id, e.id, c.id, d.id]);
  });
  it('finds projects by every word of the query, ignoring case and accents, in any language or field', () => {
    const all = [a, b, c, d, e];
    expect(searchProjects(all, 'cusco waste').map((p) => p.id)).toEqual([e.id]);
    expect(searchProjects(all, 'PACHACUTEC').map((p) => p.id)).toEqual([b.id]);
    expect(searchProjects(all, 'municipalidad').map((p) => p.id)).toEqual([e.id]);
    expect(searchProjects(all, '(ko)').length).toBe(5);
    expect(searchProjects(all, 'cusco', (p) => (p.id === a.id ? '쿠스코' : '')).map((p) => p.id)).toEqual([e.id]);
    expect(searchProjects(all, '쿠스코', (p) => (p.id === a.id ? '쿠스코' : '')).map((p) => p.id)).toEqual([a.id]);
    expect(searchProjects(all, '   ')).toHaveLength(5);
    expect(searchProjects(all, 'nothing-like-this')).toEqual([]);
  });
});
