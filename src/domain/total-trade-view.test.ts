import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { totalTradeLayout } from './total-trade-view.ts';

const trade = JSON.parse(readFileSync('public/data/trade.json', 'utf8')) as {
  annual: { flow: string; year: number }[];
};
const years = trade.annual.filter((r) => r.flow === 'total').map((r) => r.year);
const span = { from: Math.min(...years), to: Math.max(...years) };

describe('totalTradeLayout', () => {
  it('spans the data years with half a year of room at each end', () => {
    expect(totalTradeLayout(span, 1000).domain).toEqual([span.from - 0.5, span.to + 0.5]);
  });
  it('always labels the latest year, and every label falls inside the data years', () => {
    for (const width of [250, 600, 1200]) {
      const { ticks } = totalTradeLayout(span, width);
      expect(ticks.at(-1)).toBe(span.to);
      expect(ticks.every((y) => y >= span.from && y <= span.to)).toBe(true);
    }
  });
  it('keeps labels 48 px apart at 13 px text, and more apart for larger text (a slide)', () => {
    const perLabel = (width: number, font?: number) => width / totalTradeLayout(span, width, font).ticks.length;
    expect(totalTradeLayout(span, 300).ticks.length).toBeLessThanOrEqual(Math.floor(300 / 48));
    expect(perLabel(1400, 28)).toBeGreaterThanOrEqual((48 * 28) / 13);
    expect(totalTradeLayout(span, 20).ticks.length).toBeGreaterThanOrEqual(1);
  });
  it('labels every year of a short span', () => {
    expect(totalTradeLayout({ from: 2009, to: 2011 }, 800).ticks).toEqual([2009, 2010, 2011]);
  });
});
