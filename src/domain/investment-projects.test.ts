import { describe, expect, it } from 'vitest';
import { ALL, project } from '@/test/investment-records.ts';
import {
  dealRowLayout,
  dodgeLanes,
  fdiByIndustry,
  filterProjects,
  groupByDealType,
  industryGroup,
  logDomain,
  logTicks,
  projectYearSpan,
} from './investment-projects.ts';
import { pointYearSpan } from './investment-statements.ts';

describe('projects', () => {
  const projects = [
    project({ id: 'lng', dealType: 'fdi', industry: 'oil-gas', amountUsdM: 3800, year: 2010 }),
    project({ id: 'lng-2', dealType: 'fdi', industry: 'oil-gas', amountUsdM: 4000, year: 2010 }),
    project({ id: 'zinc', dealType: 'fdi', industry: 'mining', amountUsdM: 47.5, year: 2010 }),
    project({ id: 'marcona', dealType: 'fdi', industry: 'mining', amountUsdM: undefined, year: 2004 }),
    project({
      id: 'ships',
      dealType: 'procurement',
      industry: 'defense',
      sectors: ['defense'],
      amountUsdM: 462.9,
      year: 2024,
    }),
    project({ id: 'loan', dealType: 'loan', industry: 'finance', amountUsdM: 50, year: 2008 }),
    project({ id: 'sale', dealType: 'divestment', industry: 'oil-gas', amountUsdM: 1050, year: 2019 }),
    project({ id: 'undated', dealType: 'construction', industry: 'airport', amountUsdM: undefined, year: undefined }),
  ];

  it('groups by deal type with FDI first, and leaves empty types out', () => {
    const groups = groupByDealType(projects);
    expect(groups.map((g) => g.dealType)).toEqual(['fdi', 'divestment', 'construction', 'procurement', 'loan']);
    expect(groups[0]!.projects.map((p) => p.id)).toEqual(['marcona', 'lng', 'lng-2', 'zinc']);
  });

  it('never puts a non-FDI deal in the FDI group', () => {
    const fdi = groupByDealType(projects).find((g) => g.dealType === 'fdi')!;
    expect(fdi.projects.every((p) => p.dealType === 'fdi')).toBe(true);
  });

  it('filters by sectors and years; an undated project only on the full span', () => {
    expect(filterProjects(projects, ALL).map((p) => p.id)).toContain('undated');
    expect(filterProjects(projects, { sectors: [], from: 1922, to: 2025 }).map((p) => p.id)).not.toContain('undated');
    expect(filterProjects(projects, { sectors: ['defense'], from: 1922, to: 2026 }).map((p) => p.id)).toEqual([
      'ships',
    ]);
    expect(filterProjects(projects, { sectors: [], from: 2019, to: 2026 }).map((p) => p.id)).toEqual(['ships', 'sale']);
  });

  it('counts FDI by mining, oil & gas and other industries, listing amounts one by one', () => {
    const shares = fdiByIndustry([
      ...projects,
      project({ id: 'plant', dealType: 'fdi', industry: 'power', amountUsdM: 350 }),
    ]);
    expect(shares.map((s) => [s.group, s.records])).toEqual([
      ['mining', 2],
      ['oil-gas', 2],
      ['other', 1],
    ]);
    const oil = shares.find((s) => s.group === 'oil-gas')!;
    expect(oil.withAmount.map((p) => p.amountUsdM)).toEqual([4000, 3800]);
    const mining = shares.find((s) => s.group === 'mining')!;
    expect(mining.withAmount.map((p) => p.id)).toEqual(['zinc']);
    expect(mining.withoutAmount.map((p) => p.id)).toEqual(['marcona']);
    // Divestments in oil & gas are not FDI and do not count.
    expect(shares.flatMap((s) => [...s.withAmount, ...s.withoutAmount]).some((p) => p.id === 'sale')).toBe(false);
  });

  it('maps industries to groups', () => {
    expect(industryGroup('mining')).toBe('mining');
    expect(industryGroup('oil-gas')).toBe('oil-gas');
    expect(industryGroup('petrochemicals')).toBe('other');
  });

  it('gives the span of dated projects', () => {
    expect(projectYearSpan(projects)).toEqual({ from: 2004, to: 2024 });
    expect(pointYearSpan([])).toBeUndefined();
  });
});

describe('dealRowLayout', () => {
  it('puts FDI under an "Investment" heading, then a rule, then the rest under "Not investment"', () => {
    const layout = dealRowLayout(['loan', 'fdi', 'procurement'], 0.6);
    expect(layout.headers).toEqual([
      { kind: 'investment', y: 0.3 },
      { kind: 'not-investment', y: 1.9 },
    ]);
    expect(layout.rows).toEqual([
      { dealType: 'fdi', y: 1.1 },
      { dealType: 'procurement', y: 2.7 },
      { dealType: 'loan', y: 3.7 },
    ]);
    expect(layout.separator).toBe(1.6);
    expect(layout.fdiBand).toEqual([0, 1.6]);
    expect(layout.extent).toBeCloseTo(4.2);
  });
  it('has no rule when only one side is shown', () => {
    const defense = dealRowLayout(['procurement', 'agreement']);
    expect(defense.separator).toBeUndefined();
    expect(defense.fdiBand).toBeUndefined();
    expect(defense.headers.map((h) => h.kind)).toEqual(['not-investment']);
    const fdiOnly = dealRowLayout(['fdi']);
    expect(fdiOnly.separator).toBeUndefined();
    expect(fdiOnly.headers.map((h) => h.kind)).toEqual(['investment']);
  });
});

describe('dodgeLanes', () => {
  it('moves markers that would overlap in a row to other lanes, and leaves distant ones in lane 0', () => {
    const lanes = dodgeLanes(
      [
        { id: 'a', row: 'fdi', value: 3800 },
        { id: 'b', row: 'fdi', value: 3900 },
        { id: 'c', row: 'fdi', value: 4000 },
        { id: 'd', row: 'fdi', value: 47.5 },
        { id: 'e', row: 'loan', value: 3850 },
      ],
      0.05,
    );
    expect(lanes.get('d')).toBe(0);
    expect(lanes.get('e')).toBe(0);
    expect(new Set([lanes.get('a'), lanes.get('b'), lanes.get('c')]).size).toBe(3);
  });
});

describe('log axis', () => {
  it('spans whole powers of ten around the amounts', () => {
    expect(logDomain([21.78, 4000])).toEqual([10, 10000]);
    expect(logDomain([100])).toEqual([100, 1000]);
    expect(logTicks([10, 10000])).toEqual([10, 100, 1000, 10000]);
  });
});
