import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exchangeFileSchema } from '@/data/schema/exchange.ts';
import { communityChartView, COMMUNITY_LAYOUT, labelAnchor } from './community-view.ts';
import { communityPoints, pointSpan } from './exchange.ts';

const file = exchangeFileSchema.parse(JSON.parse(readFileSync('public/data/exchange.json', 'utf8')));
const points = communityPoints(file.records);
const span = pointSpan(points)!;
const label = (p: { value: number }) => String(p.value);

describe('communityChartView', () => {
  it('gives the years two years of room and a value axis from 0 above the largest figure', () => {
    const view = communityChartView(points, span, 1000, label);
    const years = file.records.flatMap((r) => (points.some((p) => p.record === r) ? [r.year!] : []));
    expect(view.domain).toEqual([Math.min(...years) - 2, Math.max(...years) + 2]);
    expect(view.ticks[0]).toBeGreaterThanOrEqual(view.domain[0]);
    expect(view.ticks.at(-1)).toBeLessThanOrEqual(view.domain[1]);
    expect(view.yAxis.ticks[0]).toBe(0);
    expect(view.yAxis.top).toBeGreaterThanOrEqual(Math.max(...points.map((p) => p.value)));
  });

  it('keeps every figure, changing at most the row of its label', () => {
    const view = communityChartView(points, span, 390, label);
    expect(view.points).toHaveLength(points.length);
    view.points.forEach((p, i) => {
      expect({ ...p, label: points[i]!.label }).toEqual(points[i]);
      expect(['above', 'below']).toContain(p.label);
    });
  });

  it('moves the label of a marker that would write over its neighbour on a narrow chart', () => {
    const close = [
      { ...points[0]!, year: 2000, value: 100, label: 'above' as const },
      { ...points[0]!, year: 2001, value: 100, label: 'above' as const },
    ];
    const wide = communityChartView(close, { from: 2000, to: 2001 }, 1200, () => 'A long label');
    const narrow = communityChartView(close, { from: 1980, to: 2020 }, 390, () => 'A long label');
    expect(wide.points.map((p) => p.label)).toEqual(['above', 'above']);
    expect(narrow.points.map((p) => p.label)).toEqual(['above', 'below']);
  });
});

describe('labelAnchor', () => {
  it('writes a label inwards near an edge', () => {
    expect(labelAnchor(COMMUNITY_LAYOUT.edge - 1, 800)).toBe('start');
    expect(labelAnchor(400, 800)).toBe('middle');
    expect(labelAnchor(800 - COMMUNITY_LAYOUT.edge + 1, 800)).toBe('end');
  });
});
