import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tradeFileSchema } from '@/data/schema/trade.ts';
import { REPORTERS } from '@/data/vocabulary.ts';
import { tradeCoverage } from './coverage.ts';
import { coverageChartHeight, coverageChartView, heatCellLayout } from './coverage-view.ts';

const trade = tradeFileSchema.parse(JSON.parse(readFileSync('public/data/trade.json', 'utf8')));
const coverage = tradeCoverage(trade.annual)!;
const name = (r: string) => `side ${r}`;

describe('coverageChartView against public/data/trade.json', () => {
  const wide = coverageChartView(coverage, REPORTERS, 'wide', name);
  const tall = coverageChartView(coverage, REPORTERS, 'tall', name);

  it('has a cell for every year and side shown, a gap included, each holding that side’s figures', () => {
    for (const view of [wide, tall]) {
      expect(view.series.map((s) => s.reporter)).toEqual([...REPORTERS]);
      for (const s of view.series) {
        expect(s.points.map((p) => p.year)).toEqual(coverage.years.map(String));
        for (const p of s.points) {
          expect(p.side).toBe(name(s.reporter));
          const usable = trade.annual.filter(
            (r) => r.flow === 'total' && r.year === p.cell.year && r.reporter === s.reporter && !r.qualifiers.unusable,
          );
          expect(p.cell.records.map((r) => r.id).sort()).toEqual(usable.map((r) => r.id).sort());
        }
      }
    }
  });

  it('puts years across on a wide screen and down on a phone, one row of 30 px per year', () => {
    expect([wide.cols, wide.rows]).toEqual([coverage.years.length, REPORTERS.length]);
    expect([tall.cols, tall.rows]).toEqual([REPORTERS.length, coverage.years.length]);
    expect(wide.x).toMatchObject({ key: 'year', ofYears: true });
    expect(tall.y).toMatchObject({ key: 'year', ofYears: true });
    expect(tall.height).toBe(coverageChartHeight('tall', 0) + 30 * coverage.years.length);
    expect(wide.height).toBe(coverageChartHeight('wide', coverage.years.length + 10));
  });

  it('draws only the sides shown', () => {
    const one = coverageChartView(coverage, ['peru'], 'tall', name);
    expect(one.series).toHaveLength(1);
    expect(one.cols).toBe(1);
  });
});

describe('heatCellLayout', () => {
  const plot = { width: 900, height: 180 };
  const grid = { cols: coverage.years.length, rows: REPORTERS.length };
  const counts = coverage.cells.map((c) => c.records.length);

  it('fills the plot, 3 px apart, and never taller than 58 px', () => {
    const cell = heatCellLayout(100, 50, plot, grid, 1);
    expect((cell.width + 3) * grid.cols).toBeCloseTo(plot.width, 9);
    expect(cell.height).toBeLessThanOrEqual(58);
    expect(cell.x + cell.width / 2).toBe(100);
    expect(cell.y + cell.height / 2).toBe(50);
    expect(heatCellLayout(0, 0, { width: 900, height: 900 }, { cols: 3, rows: 3 }, 1).height).toBe(58);
  });

  it('draws a gap with no count, tint or marker, and deepens the tint with the figures, up to three', () => {
    const gap = heatCellLayout(0, 0, plot, grid, 0);
    expect(gap).toMatchObject({ count: 0, tint: 0, marker: undefined, textX: 0 });
    const most = Math.max(...counts);
    const tints = [1, 2, 3, most].map((n) => heatCellLayout(0, 0, plot, grid, n).tint);
    expect(tints[0]).toBeGreaterThan(0);
    expect(tints[1]).toBeGreaterThan(tints[0]!);
    expect(tints[2]).toBeGreaterThan(tints[1]!);
    expect(tints[3]).toBe(tints[2]);
  });

  it('puts the side’s marker beside the count only where the cell is wide enough', () => {
    const roomy = heatCellLayout(200, 20, { width: 300, height: 180 }, { cols: 3, rows: 3 }, 2);
    expect(roomy.marker).toBeDefined();
    expect(roomy.marker!.x).toBeLessThan(200);
    expect(roomy.textX).toBeGreaterThan(200);
    const narrow = heatCellLayout(200, 20, plot, { cols: 60, rows: 3 }, 2);
    expect(narrow.width).toBeLessThan(26);
    expect(narrow.marker).toBeUndefined();
    expect(narrow.textX).toBe(200);
  });
});
