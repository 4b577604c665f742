import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aidFileSchema, type AidFile, type AidProject, type AidStatement } from '@/data/schema/aid.ts';
import { headlinesFileSchema, type HeadlineFigure } from '@/data/schema/headlines.ts';
import { aidView } from './aid.ts';
import { hasStatedBudget, overlapsYears, projectPeriod, projectYears, statementYears } from './aid-records.ts';
import { amountRows, filterStatements, mergeHeadlineStatements, shareRows, spanOf } from './aid-statements.ts';
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
import { YEAR_BOUNDS, type ViewFilter } from './filters.ts';

const text = (en: string) => ({ en, es: `${en} (es)`, ko: `${en} (ko)` });
const ALL: ViewFilter = { sectors: [], from: YEAR_BOUNDS.min, to: YEAR_BOUNDS.max };
const years = (from: number, to: number): ViewFilter => ({ sectors: [], from, to });

let seq = 0;
function statement(overrides: Partial<AidStatement> = {}): AidStatement {
  seq += 1;
  return {
    id: `aid-test-${seq}`,
    sectors: ['aid'],
    sourceIds: ['s-test'],
    qualifiers: {},
    kind: 'annual',
    year: 2010,
    valueUsdM: 10,
    measure: text('A measure'),
    ...overrides,
  };
}
function project(overrides: Partial<AidProject> = {}): AidProject {
  seq += 1;
  return {
    id: `aidp-test-${seq}`,
    sectors: ['aid'],
    sourceIds: ['s-test'],
    qualifiers: {},
    title: text(`Project ${seq}`),
    region: 'Lima',
    regionCodes: ['15'],
    ...overrides,
  };
}
function headline(overrides: Partial<HeadlineFigure> = {}): HeadlineFigure {
  return {
    id: 'hl-aid-test',
    topic: 'aid',
    sectors: ['aid'],
    sourceIds: ['s-amb'],
    qualifiers: { approximate: true },
    statement: text('About US$10 million a year'),
    value: 10,
    unit: 'usd_m_per_year',
    statedBy: { en: 'The Ambassador', es: 'El embajador', ko: '대사' },
    statedOn: '2023',
    ...overrides,
  };
}

describe('years of statements and projects', () => {
  it('spans a cumulative total from sinceYear to year, and a yearly or share figure at its year', () => {
    expect(statementYears(statement({ kind: 'cumulative', sinceYear: 1991, year: 2007 }))).toEqual({
      from: 1991,
      to: 2007,
    });
    expect(statementYears(statement({ kind: 'cumulative', year: 2007 }))).toEqual({ from: 2007, to: 2007 });
    expect(statementYears(statement({ kind: 'share', year: 2008, sinceYear: 2000 }))).toEqual({
      from: 2008,
      to: 2008,
    });
  });

  it('places a project at [startYear, endYear ?? startYear]; only an end year is that year; none is undated', () => {
    expect(projectYears(project({ startYear: 2012, endYear: 2016 }))).toEqual({ from: 2012, to: 2016 });
    expect(projectYears(project({ startYear: 2025 }))).toEqual({ from: 2025, to: 2025 });
    expect(projectYears(project({ endYear: 2007 }))).toEqual({ from: 2007, to: 2007 });
    expect(projectYears(project())).toBeUndefined();
  });

  it('says how a project is dated, keeping open-ended projects open-ended', () => {
    expect(projectPeriod(project({ startYear: 2012, endYear: 2016 }))).toEqual({ kind: 'range', from: 2012, to: 2016 });
    expect(projectPeriod(project({ startYear: 2017, endYear: 2017 }))).toEqual({ kind: 'single', year: 2017 });
    expect(projectPeriod(project({ startYear: 2025 }))).toEqual({ kind: 'openEnded', from: 2025 });
    expect(projectPeriod(project({ endYear: 2007 }))).toEqual({ kind: 'endOnly', to: 2007 });
    expect(projectPeriod(project())).toEqual({ kind: 'undated' });
  });

  it('overlaps inclusively at both ends; undated only on the full span', () => {
    expect(overlapsYears({ from: 2012, to: 2016 }, years(2016, 2020))).toBe(true);
    expect(overlapsYears({ from: 2012, to: 2016 }, years(2000, 2012))).toBe(true);
    expect(overlapsYears({ from: 2012, to: 2016 }, years(2017, 2020))).toBe(false);
    expect(overlapsYears({ from: 2012, to: 2016 }, years(2013, 2014))).toBe(true);
    expect(overlapsYears(undefined, years(2000, 2020))).toBe(false);
    expect(overlapsYears(undefined, ALL)).toBe(true);
  });
});

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

describe('statements', () => {
  const cumulative = statement({ kind: 'cumulative', sinceYear: 1992, year: 2025, valueUsdM: 170 });
  const again = statement({ kind: 'cumulative', sinceYear: 1992, year: 2025, valueUsdM: 170, sourceIds: ['s-other'] });
  const early = statement({ kind: 'cumulative', sinceYear: 1991, year: 2007, valueUsdM: 30 });
  const annual = statement({ kind: 'annual', year: 2008, valueUsdM: 8.8, sectors: ['aid', 'health'] });
  const share = statement({ kind: 'share', year: 2008, valueUsdM: undefined, sharePct: 6.7 });
  const unusable = statement({ kind: 'annual', year: 2009, valueUsdM: 99, qualifiers: { unusable: true } });

  it('draws each amount as its own row: nothing summed, nothing merged, agreeing statements both kept', () => {
    const rows = amountRows([annual, cumulative, again, early]);
    expect(rows.map((r) => [r.kind, r.from, r.to, r.valueUsdM])).toEqual([
      ['cumulative', 1991, 2007, 30],
      ['cumulative', 1992, 2025, 170],
      ['cumulative', 1992, 2025, 170],
      ['annual', 2008, 2008, 8.8],
    ]);
  });
  it('does not turn cumulative totals into a yearly series: no row exists for a year without a statement', () => {
    const rows = amountRows([cumulative, early, annual]);
    expect(rows.filter((r) => r.kind === 'annual').map((r) => r.from)).toEqual([2008]);
  });
  it('never draws a share or an unusable figure as an amount; lists shares apart', () => {
    const rows = amountRows([share, unusable, annual]);
    expect(rows.map((r) => r.id)).toEqual([annual.id]);
    expect(shareRows([annual, share, unusable]).map((r) => [r.id, r.sharePct])).toEqual([[share.id, 6.7]]);
  });
  it('keeps a cumulative total whose span overlaps the years, and filters by sector', () => {
    const list = [cumulative, early, annual];
    expect(filterStatements(list, years(2010, 2012)).map((s) => s.id)).toEqual([cumulative.id]);
    expect(filterStatements(list, years(2008, 2008)).map((s) => s.id)).toEqual([cumulative.id, annual.id]);
    expect(filterStatements(list, { ...ALL, sectors: ['health'] }).map((s) => s.id)).toEqual([annual.id]);
  });
});

describe('mergeHeadlineStatements', () => {
  const amb = statement({ id: 'aid-amb', year: 2023, valueUsdM: 10, sourceIds: ['s-amb'] });

  it('attributes a statement that the headline repeats, without adding a second row', () => {
    const { statements, statedBy } = mergeHeadlineStatements([amb], [headline()]);
    expect(statements).toHaveLength(1);
    expect(statedBy.get('aid-amb')?.en).toBe('The Ambassador');
  });
  it('adds the headline as a yearly statement when aid.json does not hold it', () => {
    const { statements, statedBy } = mergeHeadlineStatements([], [headline()]);
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatchObject({ id: 'hl-aid-test', kind: 'annual', year: 2023, valueUsdM: 10 });
    expect(statements[0]!.qualifiers.approximate).toBe(true);
    expect(statedBy.get('hl-aid-test')?.es).toBe('El embajador');
  });
  it('does not match a statement of another amount, year or source', () => {
    for (const other of [
      statement({ year: 2023, valueUsdM: 11, sourceIds: ['s-amb'] }),
      statement({ year: 2022, valueUsdM: 10, sourceIds: ['s-amb'] }),
      statement({ year: 2023, valueUsdM: 10, sourceIds: ['s-else'] }),
    ])
      expect(mergeHeadlineStatements([other], [headline()]).statements).toHaveLength(2);
  });
  it('ignores headlines of other topics or without a value', () => {
    expect(mergeHeadlineStatements([], [headline({ topic: 'trade-rank' })]).statements).toEqual([]);
    expect(mergeHeadlineStatements([], [headline({ value: undefined })]).statements).toEqual([]);
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
    expect(regionKeys('Lima Norte (Comas); Callao')).toEqual(['lima', 'callao']);
    expect(regionKeys("Cusco region (8 districts + 4 districts of Urubamba, per KOICA's director)")).toEqual(['cusco']);
    expect(regionKeys('Junín (Chanchamayo)')).toEqual(['junin']);
    expect(regionKeys('junin')).toEqual(['junin']);
    expect(regionKeys('national (PCM, Secretaría de Gobierno Digital)')).toEqual(['national']);
    expect(regionKeys('La Libertad (Trujillo)')).toEqual(['laLibertad']);
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

describe('axis helpers', () => {
  it('spans the years of the rows and ticks years at a step that suits the span', () => {
    expect(spanOf([])).toBeUndefined();
    expect(
      spanOf([
        { from: 1992, to: 2025 },
        { from: 1991, to: 2007 },
      ]),
    ).toEqual({ from: 1991, to: 2025 });
  });
});

describe('the real dataset', () => {
  const read = (name: string) => JSON.parse(readFileSync(resolve(__dirname, '../../public/data', name), 'utf8'));
  const file: AidFile = aidFileSchema.parse(read('aid.json'));
  const figures = headlinesFileSchema.parse(read('headlines.json')).figures;
  const view = aidView(file, figures, ALL);

  it('shows the Ambassador’s “about US$10 million a year” (2023) once, approximate and attributed', () => {
    const rows = view.amounts.filter((r) => r.from === 2023 && r.valueUsdM === 10);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.kind).toBe('annual');
    expect(rows[0]!.statement.qualifiers.approximate).toBe(true);
    expect(rows[0]!.statedBy?.en).toMatch(/Ambassador/);
    expect(rows[0]!.statedBy?.es).toMatch(/embajador/);
  });
  it('keeps cumulative totals as ranges and both US$170 million statements', () => {
    const cumulative = view.amounts.filter((r) => r.kind === 'cumulative');
    expect(cumulative.every((r) => r.from < r.to)).toBe(true);
    expect(cumulative.filter((r) => r.valueUsdM === 170)).toHaveLength(2);
    expect(view.shares.every((s) => s.statement.measure.en.length > 0)).toBe(true);
  });
  it('makes health the leading theme and finds the Cusco waste and digital government projects', () => {
    expect(leadingRow(view.themes)?.key).toBe('health');
    const cusco = view.regions.find((r) => r.key === 'cusco');
    expect(cusco?.projects.map((p) => p.id)).toContain('aidp-cusco-waste');
    expect(searchProjects(view.projects, 'digital government').map((p) => p.id)).toContain(
      'aidp-digital-government-center',
    );
    expect(view.regions.every((r) => !r.key.startsWith('place:'))).toBe(true);
  });
  it('lists the reference record that is not aid in the table but counts it nowhere', () => {
    expect(view.projects.at(-1)?.id).toBe('aidp-chinchero-pmo-reference');
    expect(view.themes.flatMap((r) => r.projects).some((p) => p.id === 'aidp-chinchero-pmo-reference')).toBe(false);
  });
  it('narrows to the selected years and sectors', () => {
    const narrow = aidView(file, figures, { sectors: ['environment'], from: 2023, to: 2024 });
    expect(narrow.inSectors).toBe(true);
    expect(narrow.projects.map((p) => p.id)).toEqual(['aidp-cusco-waste']);
    expect(narrow.amounts.map((r) => r.id)).toEqual(['aid-2023-amb-choi']);
    expect(aidView(file, figures, { sectors: ['defense'], from: 1922, to: 2026 }).inSectors).toBe(false);
  });
});
