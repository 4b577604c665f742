import { describe, expect, it } from 'vitest';
import {
  estimateTextWidth,
  formatUsdShort,
  formatUsdTick,
  placeLabels,
  type LabelAnchor,
} from './investment-labels.ts';
import { inEveryLocale } from '@/test/locales.ts';

describe('formatUsdShort', () => {
  it('keeps every published digit', () => {
    expect(inEveryLocale((locale) => formatUsdShort(1560, locale))).toEqual({
      en: 'US$1.56B',
      es: expect.stringMatching(/^US\$ 1560\sM$/),
      ko: '15.6억 달러',
    });
    expect(formatUsdShort(208.873, 'en')).toBe('US$208.873M');
    expect(formatUsdShort(785, 'en')).toBe('US$785M');
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
