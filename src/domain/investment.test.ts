import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HeadlineFigure } from '@/data/schema/headlines.ts';
import type { InvestmentProject, InvestmentStatement } from '@/data/schema/investment.ts';
import {
  asOfPosition,
  dealRowLayout,
  dodgeLanes,
  estimateTextWidth,
  fdiByIndustry,
  filterProjects,
  formatUsdShort,
  formatUsdTick,
  groupByDealType,
  industryGroup,
  investmentView,
  isSameStatement,
  logDomain,
  logTicks,
  placeLabels,
  pointYearSpan,
  projectYearSpan,
  sectionMatchesSectors,
  statementBody,
  statementPoints,
  statementsWithoutAmount,
  unusableStatements,
  yearTicks,
  type LabelAnchor,
} from './investment.ts';

const text = (en: string) => ({ en, es: en, ko: en });
const ALL = { sectors: [], from: 1922, to: 2026 } as const;

function statement(overrides: Partial<InvestmentStatement> = {}): InvestmentStatement {
  return {
    id: 'inv-x',
    sectors: ['investment'],
    sourceIds: ['s-a'],
    qualifiers: {},
    asOf: '2011',
    valueUsdM: 1000,
    measure: text('stock'),
    reporter: 'korea',
    ...overrides,
  };
}

function project(overrides: Partial<InvestmentProject> = {}): InvestmentProject {
  return {
    id: 'proj-x',
    sectors: ['investment'],
    sourceIds: ['s-p'],
    qualifiers: {},
    company: 'Co',
    project: text('project'),
    industry: 'oil-gas',
    dealType: 'fdi',
    dealTypeDetail: text('FDI'),
    amountUsdM: 100,
    year: 2010,
    ...overrides,
  };
}

function headline(overrides: Partial<HeadlineFigure> = {}): HeadlineFigure {
  return {
    id: 'hl-investment',
    sectors: ['investment'],
    sourceIds: ['s-amb'],
    qualifiers: {},
    topic: 'investment',
    statement: text('Accumulated investment is US$6.2 billion'),
    value: 6200,
    unit: 'usd_m',
    statedBy: {
      en: 'Jong-uk Choi, Ambassador of the Republic of Korea to Peru',
      es: 'Jong-uk Choi, embajador de la República de Corea en el Perú',
      ko: '최종욱 주페루 대한민국 대사',
    },
    statedOn: '2023',
    ...overrides,
  };
}

describe('statementBody', () => {
  it('tells an ambassador apart from a ministry, and keeps Peru and unstated sides', () => {
    expect(statementBody({ reporter: 'korea', agency: 'MOFAT' })).toBe('korea-government');
    expect(statementBody({ reporter: 'korea', agency: undefined })).toBe('korea-government');
    expect(statementBody({ reporter: 'korea', agency: 'Ambassador of Korea' })).toBe('korea-ambassador');
    expect(statementBody({ reporter: 'peru', agency: 'Peru MFA' })).toBe('peru');
    expect(statementBody({ reporter: 'unclear', agency: undefined })).toBe('unclear');
  });
});

describe('asOfPosition', () => {
  it('puts a bare year in the middle of its year and a month in the middle of its month', () => {
    expect(asOfPosition('2010')).toBe(2010.5);
    const march = asOfPosition('2011-03');
    expect(march).toBeGreaterThan(2011 + 59 / 365);
    expect(march).toBeLessThan(2011 + 90 / 365);
    expect(asOfPosition('2011-12')).toBeLessThan(2012);
    expect(asOfPosition('2011-12')).toBeGreaterThan(2011.9);
    expect(asOfPosition('2012-01-01')).toBe(2012);
  });
  it('keeps the order of dates: end-March 2011 before "2011"', () => {
    expect(asOfPosition('2011-03')).toBeLessThan(asOfPosition('2011'));
  });
});

describe('statementPoints', () => {
  it('charts every usable statement with an amount, as published, sorted by date', () => {
    const points = statementPoints(
      [
        statement({ id: 'b', asOf: '2014', valueUsdM: 4200 }),
        statement({ id: 'a', asOf: '2010', valueUsdM: 1560 }),
        statement({ id: 'no-amount', asOf: '2025', valueUsdM: undefined }),
        statement({ id: 'bad', asOf: '2012', qualifiers: { unusable: true } }),
      ],
      [],
      ALL,
    );
    expect(points.map((p) => [p.id, p.valueUsdM])).toEqual([
      ['a', 1560],
      ['b', 4200],
    ]);
  });

  it('never adds, fills in or interpolates: one point per statement, none for years without one', () => {
    const points = statementPoints(
      [statement({ id: 'a', asOf: '2010', valueUsdM: 1560 }), statement({ id: 'b', asOf: '2015', valueUsdM: 3500 })],
      [],
      ALL,
    );
    expect(points).toHaveLength(2);
    expect(points.map((p) => p.year)).toEqual([2010, 2015]);
  });

  it('keeps conflicting and identical figures side by side (stack index and size)', () => {
    const points = statementPoints(
      [
        statement({ id: 'mofat', asOf: '2010', valueUsdM: 1560 }),
        statement({ id: 'herald', asOf: '2010', valueUsdM: 1560 }),
        statement({ id: 'choi', asOf: '2010', valueUsdM: 200, agency: 'Ambassador of Korea' }),
      ],
      [],
      ALL,
    );
    expect(points).toHaveLength(3);
    const same = points.filter((p) => p.valueUsdM === 1560);
    expect(same.map((p) => [p.stackIndex, p.stackSize])).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(points.find((p) => p.id === 'choi')).toMatchObject({
      stackIndex: 0,
      stackSize: 1,
      body: 'korea-ambassador',
    });
  });

  it('marks the statement that is the headline figure instead of drawing it twice', () => {
    const points = statementPoints(
      [
        statement({
          id: 'inv-2023',
          asOf: '2023',
          valueUsdM: 6200,
          sourceIds: ['s-amb'],
          agency: 'Ambassador of Korea',
        }),
        statement({ id: 'inv-2024', asOf: '2024', valueUsdM: 7200, sourceIds: ['s-other'] }),
      ],
      [headline()],
      ALL,
    );
    expect(points).toHaveLength(2);
    expect(points.find((p) => p.id === 'inv-2023')?.headline?.id).toBe('hl-investment');
    expect(points.find((p) => p.id === 'inv-2024')?.headline).toBeUndefined();
  });

  it('draws a headline with no statement behind it as its own, attributed point', () => {
    const points = statementPoints([statement({ asOf: '2010', valueUsdM: 1560 })], [headline()], ALL);
    const own = points.find((p) => p.id === 'hl-investment');
    expect(own).toMatchObject({ valueUsdM: 6200, year: 2023, body: 'korea-ambassador', reporter: 'korea' });
    expect(own?.headline?.id).toBe('hl-investment');
  });

  it('ignores headlines of other topics or units', () => {
    const points = statementPoints(
      [],
      [headline({ id: 'hl-aid', topic: 'aid', unit: 'usd_m_per_year' }), headline({ id: 'hl-rank', unit: 'rank' })],
      ALL,
    );
    expect(points).toEqual([]);
  });

  it('filters by sectors and by the year of asOf', () => {
    const records = [
      statement({ id: 'a', asOf: '2010-06' }),
      statement({ id: 'b', asOf: '2015' }),
      statement({ id: 'c', asOf: '2015', sectors: ['defense'] }),
    ];
    expect(statementPoints(records, [], { sectors: [], from: 2011, to: 2026 }).map((p) => p.id)).toEqual(['b', 'c']);
    expect(statementPoints(records, [], { sectors: ['investment'], from: 1922, to: 2026 }).map((p) => p.id)).toEqual([
      'a',
      'b',
    ]);
    expect(statementPoints(records, [], { sectors: ['aid'], from: 1922, to: 2026 })).toEqual([]);
  });

  it('does not add the headline when its statement is filtered out', () => {
    const records = [statement({ id: 'inv-2023', asOf: '2023', valueUsdM: 6200, sourceIds: ['s-amb'] })];
    expect(statementPoints(records, [headline()], { sectors: [], from: 1922, to: 2020 })).toEqual([]);
  });
});

describe('isSameStatement', () => {
  it('needs the same value, the same year and a source in common', () => {
    const s = statement({ asOf: '2023', valueUsdM: 6200, sourceIds: ['s-amb'] });
    expect(isSameStatement(s, headline())).toBe(true);
    expect(isSameStatement({ ...s, valueUsdM: 6000 }, headline())).toBe(false);
    expect(isSameStatement({ ...s, asOf: '2024' }, headline())).toBe(false);
    expect(isSameStatement({ ...s, sourceIds: ['s-other'] }, headline())).toBe(false);
  });
});

describe('statements without an amount and unusable statements', () => {
  const records = [
    statement({ id: 'share', asOf: '2025', valueUsdM: undefined }),
    statement({ id: 'bad', asOf: '2012', qualifiers: { unusable: true } }),
    statement({ id: 'ok' }),
  ];
  it('lists them apart from the chart, within the filter', () => {
    expect(statementsWithoutAmount(records, ALL).map((s) => s.id)).toEqual(['share']);
    expect(statementsWithoutAmount(records, { sectors: [], from: 1922, to: 2020 })).toEqual([]);
    expect(unusableStatements(records, ALL).map((s) => s.id)).toEqual(['bad']);
  });
});

describe('yearTicks', () => {
  it('labels every year when there is room, in the middle of each year', () => {
    expect(yearTicks({ from: 2010, to: 2014 }, 1000)).toEqual([2010.5, 2011.5, 2012.5, 2013.5, 2014.5]);
  });
  it('thins the ticks on a narrow chart, on multiples of the step', () => {
    const ticks = yearTicks({ from: 2010, to: 2024 }, 280, 44);
    expect(ticks.length).toBeLessThanOrEqual(7);
    const step = ticks[1]! - ticks[0]!;
    expect(ticks.every((t) => (t - 0.5) % step === 0)).toBe(true);
    expect(step * (280 / 15)).toBeGreaterThanOrEqual(44);
  });
});

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

describe('sectionMatchesSectors and investmentView', () => {
  const file = {
    statements: [statement({ id: 's', asOf: '2011' })],
    projects: [
      project({ id: 'fdi', year: 2010 }),
      project({ id: 'ships', dealType: 'procurement', sectors: ['defense'], industry: 'defense', year: 2024 }),
    ],
  };
  it('hides the section only when no record belongs to the sectors', () => {
    expect(sectionMatchesSectors(file.statements, file.projects, [], ['defense'])).toBe(true);
    expect(sectionMatchesSectors(file.statements, file.projects, [], ['culture'])).toBe(false);
  });
  it('keeps the frames apart: defense shows deals but neither statements nor FDI', () => {
    const view = investmentView(file, [], { sectors: ['defense'], from: 1922, to: 2026 });
    expect(view.statementsInSectors).toBe(false);
    expect(view.fdiInSectors).toBe(false);
    expect(view.groups.map((g) => g.dealType)).toEqual(['procurement']);
  });
  it('tells "no sector match" from "no year match"', () => {
    const view = investmentView(file, [], { sectors: ['investment'], from: 2020, to: 2026 });
    expect(view.sectorMatch).toBe(true);
    expect(view.statementsInSectors).toBe(true);
    expect(view.points).toEqual([]);
    expect(view.projects).toEqual([]);
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

describe('formatUsdShort', () => {
  it('keeps every published digit', () => {
    expect(formatUsdShort(1560, 'en')).toBe('US$1.56B');
    expect(formatUsdShort(208.873, 'en')).toBe('US$208.873M');
    expect(formatUsdShort(785, 'en')).toBe('US$785M');
    expect(formatUsdShort(1560, 'es')).toMatch(/^US\$ 1560\sM$/);
    expect(formatUsdShort(1560, 'ko')).toBe('15.6억 달러');
    expect(formatUsdTick(1000, 'en')).toBe('US$1B');
    expect(formatUsdTick(10, 'en', false)).toBe('10M');
  });
});

describe('placeLabels', () => {
  const anchor = (id: string, x: number, y: number): LabelAnchor => ({
    id,
    x,
    y,
    halfWidth: 7,
    halfHeight: 7,
    width: 50,
    height: 16,
  });
  const bounds = { left: 0, right: 400, top: 0, bottom: 300 };
  const box = (l: { x: number; y: number }) => ({ l: l.x - 25, r: l.x + 25, t: l.y - 8, b: l.y + 8 });

  it('puts a lone label above its marker', () => {
    const [label] = placeLabels([anchor('a', 200, 150)], bounds);
    expect(label!.x).toBe(200);
    expect(label!.y).toBeLessThan(150 - 7);
  });

  it('keeps neighbouring labels from overlapping each other and the markers', () => {
    const anchors = [anchor('a', 100, 150), anchor('b', 120, 150), anchor('c', 140, 152), anchor('d', 110, 170)];
    const labels = placeLabels(anchors, bounds);
    for (let i = 0; i < labels.length; i += 1) {
      for (let j = i + 1; j < labels.length; j += 1) {
        const a = box(labels[i]!);
        const b = box(labels[j]!);
        const overlaps = a.l < b.r && b.l < a.r && a.t < b.b && b.t < a.b;
        expect(overlaps, `${anchors[i]!.id} / ${anchors[j]!.id}`).toBe(false);
      }
    }
  });

  it('stays inside the bounds near an edge', () => {
    const [label] = placeLabels([anchor('a', 5, 5)], bounds);
    expect(box(label!).l).toBeGreaterThanOrEqual(0);
    expect(box(label!).t).toBeGreaterThanOrEqual(0);
  });

  it('estimates Hangul wider than Latin', () => {
    expect(estimateTextWidth('15.6억 달러', 12)).toBeGreaterThan(estimateTextWidth('15.6B US', 12));
  });
});

describe('against the real dataset', () => {
  const read = (name: string) => JSON.parse(readFileSync(resolve(process.cwd(), 'public/data', name), 'utf8'));
  const file = read('investment.json') as { statements: InvestmentStatement[]; projects: InvestmentProject[] };
  const headlines = (read('headlines.json') as { figures: HeadlineFigure[] }).figures;

  it('marks the Ambassador’s US$6.2 billion (2023) as the headline, once', () => {
    const points = statementPoints(file.statements, headlines, ALL);
    const marked = points.filter((p) => p.headline);
    expect(marked).toHaveLength(1);
    expect(marked[0]).toMatchObject({ valueUsdM: 6200, year: 2023, body: 'korea-ambassador' });
    expect(points.filter((p) => p.valueUsdM === 6200)).toHaveLength(1);
  });

  it('charts every statement with an amount and keeps the composition figure apart', () => {
    const points = statementPoints(file.statements, headlines, ALL);
    const withAmount = file.statements.filter((s) => s.valueUsdM !== undefined && !s.qualifiers.unusable);
    expect(points).toHaveLength(withAmount.length);
    const values = new Set(points.map((p) => p.valueUsdM));
    for (const s of withAmount) expect(values.has(s.valueUsdM!)).toBe(true);
    expect(statementsWithoutAmount(file.statements, ALL).map((s) => s.id)).toContain('inv-2025-share-mining-oil-gas');
  });

  it('keeps FDI apart from procurement, loans and contracts, and lists FDI amounts one by one', () => {
    const groups = groupByDealType(file.projects);
    expect(groups[0]!.dealType).toBe('fdi');
    expect(groups[0]!.projects.every((p) => p.dealType === 'fdi')).toBe(true);
    const shares = fdiByIndustry(file.projects);
    const fdiCount = file.projects.filter((p) => p.dealType === 'fdi').length;
    expect(shares.reduce((n, s) => n + s.records, 0)).toBe(fdiCount);
    const oil = shares.find((s) => s.group === 'oil-gas')!;
    expect(oil.withAmount.map((p) => p.amountUsdM)).toContain(3800);
    expect(oil.withAmount.map((p) => p.amountUsdM)).not.toContain(1050); // a divestment, not FDI
  });

  it('shows defense deals, and no statement, when only defense is selected', () => {
    const view = investmentView(file, headlines, { sectors: ['defense'], from: 1922, to: 2026 });
    expect(view.sectorMatch).toBe(true);
    expect(view.points).toEqual([]);
    expect(view.groups.every((g) => g.dealType !== 'fdi')).toBe(true);
    expect(view.groups.flatMap((g) => g.projects).every((p) => p.sectors.includes('defense'))).toBe(true);
  });
});
