import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { HeadlineFigure } from '@/data/schema/headlines.ts';
import type { InvestmentProject, InvestmentStatement } from '@/data/schema/investment.ts';
import { describe, expect, it } from 'vitest';
import { ALL, project, statement } from '@/test/investment-records.ts';
import { fdiByIndustry, groupByDealType } from './investment-projects.ts';
import { investmentView, sectionMatchesSectors } from './investment-view.ts';
import { statementPoints, statementsWithoutAmount } from './investment-statements.ts';

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
