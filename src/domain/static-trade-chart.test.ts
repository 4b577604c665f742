import { readFileSync } from 'node:fs';
import { getNiceTickValues } from 'recharts/es6/util/scale/getNiceTickValues.js';
import { describe, expect, it } from 'vitest';
import type { TradeRecord } from '@/data/schema/trade.ts';
import { staticTradeChart, symbolPath } from './static-trade-chart.ts';
import { tradeSeriesByReporter, tradeYearSpan } from './trade-series.ts';

// Expected values come from the data file itself, not from the function under test.
const raw = JSON.parse(readFileSync('public/data/trade.json', 'utf8')) as { annual: TradeRecord[] };
const totals = raw.annual.filter((r) => r.flow === 'total' && !r.qualifiers.unusable);
const span = tradeYearSpan(raw.annual, 'total')!;
const series = tradeSeriesByReporter(raw.annual, 'total', span);
const niceTicks = (max: number) => getNiceTickValues([0, max], 5, true);
const shapes = { korea: 'circle', peru: 'diamond', unclear: 'triangle' } as const;
const chartAt = (width: number) =>
  staticTradeChart({ series, span, milestones: [], width, height: 380, valueAxisWidth: 84, niceTicks, shapes });

describe('staticTradeChart', () => {
  it('draws one marker per distinct published figure of each side, as the live chart does', () => {
    const chart = chartAt(332);
    for (const side of ['korea', 'peru', 'unclear'] as const) {
      const expected = new Set(totals.filter((r) => r.reporter === side).map((r) => `${r.year}|${r.valueUsdM}`));
      const drawn = chart.series.find((s) => s.reporter === side)?.markers ?? [];
      expect(drawn).toHaveLength(expected.size);
    }
  });

  it('places the years and values on the live chart’s axes (its margins, 30 px year axis, 0 to the top tick)', () => {
    const chart = chartAt(332);
    expect(chart.plot).toEqual({ left: 92, right: 316, top: 28, bottom: 342 });
    const max = Math.max(...totals.map((r) => r.valueUsdM));
    const top = chart.valueTicks.at(-1)!;
    expect(top.value).toBeGreaterThanOrEqual(max);
    expect(top.y).toBe(28);
    expect(chart.valueTicks[0]).toEqual({ value: 0, y: 342 });
    // The largest figure sits on or below the top tick, at its value's share of the plot's height.
    const highest = chart.series.flatMap((s) => s.markers).reduce((a, b) => (b.y < a.y ? b : a));
    expect(highest.y).toBeCloseTo(342 - (max / top.value) * 314, 6);
    // A year's marker sits at its place on the axis from half a year before the first to half after the last.
    const first = chart.series.flatMap((s) => s.markers).reduce((a, b) => (b.x < a.x ? b : a));
    expect(first.x).toBeCloseTo(92 + (0.5 / (span.to - span.from + 1)) * 224, 6);
    expect(chart.yearTicks.at(-1)!.year).toBe(span.to);
  });

  it('draws Recharts’ symbols at their default area (the live chart’s markers, measured: r = 4.514 px)', () => {
    expect(symbolPath('circle')).toBe('M4.514,0A4.514,4.514,0,1,1,-4.514,0A4.514,4.514,0,1,1,4.514,0');
    expect(symbolPath('diamond')).toBe('M0,-7.445L4.298,0L0,7.445L-4.298,0Z');
    expect(symbolPath('triangle')).toBe('M0,-7.019L6.079,3.51L-6.079,3.51Z');
  });

  it('leaves out a milestone outside the years shown, as Recharts does', () => {
    const milestone = { id: 'x', date: '1990', x: 1990, mark: 'A', title: { en: '', es: '', ko: '' } };
    const chart = staticTradeChart({
      series,
      span,
      milestones: [milestone, { ...milestone, id: 'fta', x: 2011.58, mark: 'B' }],
      ftaId: 'fta',
      width: 800,
      height: 380,
      valueAxisWidth: 64,
      niceTicks,
      shapes,
    });
    expect(chart.milestones.map((m) => [m.id, m.isFta])).toEqual([['fta', true]]);
  });
});
