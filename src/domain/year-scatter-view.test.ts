import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALL as all } from '@/test/records.ts';
import { productsFileSchema } from '@/data/schema/products.ts';
import { tradeFileSchema } from '@/data/schema/trade.ts';
import { selectFtaFacts } from './fta-facts.ts';
import { selectKoreaShareView } from './products.ts';
import { rankChartView, shareChartView, yearScatterAxis } from './year-scatter-view.ts';

const read = (file: string) => JSON.parse(readFileSync(`public/data/${file}`, 'utf8')) as unknown;

describe('yearScatterAxis', () => {
  it('pads the years each side and ticks whole years inside them', () => {
    const axis = yearScatterAxis({ from: 2004, to: 2024 }, 0.6, 7);
    expect(axis.domain).toEqual([2003.4, 2024.6]);
    expect(axis.ticks.length).toBeLessThanOrEqual(7);
    for (const tick of axis.ticks) expect(Number.isInteger(tick) && tick >= 2004 && tick <= 2024).toBe(true);
  });
});

describe('rankChartView against public/data/trade.json', () => {
  const facts = tradeFileSchema.parse(read('trade.json')).facts;
  const ranks = selectFtaFacts(facts, all)!;
  const view = rankChartView(ranks.ranks, ranks.rankSpan!, ranks.maxRank);
  const placed = view.series.flatMap((s) => s.points);

  it('keeps every charted rank, its year and its value; only the drawn position moves, by less than half a year', () => {
    expect(placed).toHaveLength(ranks.ranks.flatMap((s) => s.points).length);
    for (const p of placed) {
      expect(Math.abs(p.x - p.year)).toBeLessThan(0.5);
      expect(p.x).toBeGreaterThan(view.domain[0]);
      expect(p.x).toBeLessThan(view.domain[1]);
    }
  });

  it('never draws two ranks at the same place', () => {
    const places = placed.map((p) => `${p.x.toFixed(3)}:${p.rank}`);
    expect(new Set(places).size).toBe(places.length);
  });

  it('runs the rank axis from rank 1 at the top to the largest rank', () => {
    expect(view.valueAxis.domain).toEqual([0.5, ranks.maxRank + 0.5]);
    expect(view.valueAxis.ticks[0]).toBe(1);
    expect(view.valueAxis.reversed).toBe(true);
  });
});

describe('shareChartView against public/data/products.json', () => {
  const records = productsFileSchema.parse(read('products.json')).products;
  const shares = selectKoreaShareView(records, all)!;
  const view = shareChartView(shares);

  it('keeps every share and spreads the series of one year around it', () => {
    expect(view.series.map((s) => s.points.length)).toEqual(shares.series.map((s) => s.points.length));
    const byYear = new Map<number, number[]>();
    for (const p of view.series.flatMap((s) => s.points)) {
      expect(Math.abs(p.x - p.year)).toBeLessThan(0.5);
      byYear.set(p.year, [...(byYear.get(p.year) ?? []), p.x]);
    }
    const spread = view.series.length;
    for (const xs of byYear.values()) expect(new Set(xs).size).toBe(Math.min(xs.length, spread));
  });

  it('draws the share axis over a scale that holds every share', () => {
    const [low, high] = view.valueAxis.domain;
    for (const p of view.series.flatMap((s) => s.points)) {
      expect(p.sharePct).toBeGreaterThanOrEqual(low);
      expect(p.sharePct).toBeLessThanOrEqual(high);
    }
    expect(view.valueAxis.ticks.every((tick) => tick >= low && tick <= high)).toBe(true);
  });
});
