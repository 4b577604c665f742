import { describe, expect, it } from 'vitest';
import type { ProductRecord } from '@/data/schema/products.ts';
import { computeLayout, NARROW_BELOW, type BarRow } from './product-bars-layout.ts';

/** 7 px a character at 13 px, 8 when bold: widths a test can count. */
const measure = (text: string, bold = false) => text.length * (bold ? 8 : 7);

const row = (id: string, value: number, extra: Partial<BarRow> = {}): BarRow => ({
  id,
  title: `Product ${id} with a rather long name that must wrap on a phone`,
  showTitle: true,
  period: '2023',
  valueLabel: `US$${value} million`,
  flags: '',
  value,
  unit: 'usd_m',
  reporter: 'peru',
  partial: false,
  record: {} as ProductRecord,
  ...extra,
});
const rows = [row('a', 1200), row('b', 300), row('c', 45.5, { unit: 'percent', valueLabel: '45.5%' })];

describe('computeLayout (product bars)', () => {
  for (const width of [390, NARROW_BELOW - 1, NARROW_BELOW, 1200]) {
    it(`keeps every bar and its value inside a ${width} px chart, in order, without overlap`, () => {
      const layout = computeLayout(rows, width, measure, 13);
      expect(layout.rows.map((r) => r.row.id)).toEqual(['a', 'b', 'c']);
      for (const r of layout.rows) {
        expect(r.barStart).toBeGreaterThanOrEqual(0);
        expect(r.barStart + r.barLength).toBeLessThanOrEqual(width);
      }
      const ys = layout.rows.map((r) => r.y);
      expect([...ys].sort((a, b) => a - b)).toEqual(ys);
      expect(layout.height).toBeGreaterThan(ys.at(-1)!);
    });
  }
  it('draws US$ bars in proportion to their values, the largest longest', () => {
    const [a, b] = computeLayout(rows, 1200, measure, 13).rows;
    expect(b!.barLength / a!.barLength).toBeCloseTo(300 / 1200, 1);
  });
  it('puts labels above the bars on a narrow chart, so it grows taller than a wide one', () => {
    expect(computeLayout(rows, 390, measure, 13).height).toBeGreaterThan(computeLayout(rows, 1200, measure, 13).height);
  });
});
