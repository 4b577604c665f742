import { describe, expect, it } from 'vitest';
import { countTicks, tickStep, yearsOnStep, yearTicks } from './year-ticks.ts';

describe('yearsOnStep', () => {
  it('gives the multiples of the step inside the span, ends included when on a step', () => {
    expect(yearsOnStep(1984, 2022, 5)).toEqual([1985, 1990, 1995, 2000, 2005, 2010, 2015, 2020]);
    expect(yearsOnStep(1990, 2000, 5)).toEqual([1990, 1995, 2000]);
    expect(yearsOnStep(2019, 2021, 1)).toEqual([2019, 2020, 2021]);
  });
  it('is empty when no multiple falls inside the span', () => {
    expect(yearsOnStep(1991, 1994, 5)).toEqual([]);
  });
});

describe('yearTicks', () => {
  it('at most n labels: thins long spans, keeps every year on short ones, always labels the last year', () => {
    const rule = { maxTicks: 8 };
    expect(yearTicks({ from: 2008, to: 2011 }, rule)).toEqual([2008, 2009, 2010, 2011]);
    expect(yearTicks({ from: 2008, to: 2020 }, rule)).toEqual([2008, 2010, 2012, 2014, 2016, 2018, 2020]);
    expect(yearTicks({ from: 2010, to: 2023 }, rule)).toEqual([2011, 2013, 2015, 2017, 2019, 2021, 2023]);
    expect(yearTicks({ from: 2000, to: 2030 }, rule).length).toBeLessThanOrEqual(8);
    expect(yearTicks({ from: 2000, to: 2030 }, rule).at(-1)).toBe(2030);
  });
  it('by plot width: every year when there is room, in the middle of each year', () => {
    expect(yearTicks({ from: 2010, to: 2014 }, { plotWidthPx: 1000 })).toEqual([
      2010.5, 2011.5, 2012.5, 2013.5, 2014.5,
    ]);
  });
  it('by plot width: thins the ticks on a narrow chart, on multiples of the step', () => {
    const ticks = yearTicks({ from: 2010, to: 2024 }, { plotWidthPx: 280, minSpacingPx: 44 });
    expect(ticks.length).toBeLessThanOrEqual(7);
    const step = ticks[1]! - ticks[0]!;
    expect(ticks.every((t) => (t - 0.5) % step === 0)).toBe(true);
    expect(step * (280 / 15)).toBeGreaterThanOrEqual(44);
  });
  it('by span length (aid): multiples of 1, 2, 5 or 10', () => {
    const aid = { byLength: 'aid' } as const;
    expect(yearTicks({ from: 1990, to: 2026 }, aid)).toEqual([1990, 1995, 2000, 2005, 2010, 2015, 2020, 2025]);
    expect(yearTicks({ from: 1991, to: 1994 }, { step: 5 })).toEqual([]);
    expect(yearTicks({ from: 2022, to: 2024 }, aid)).toEqual([2022, 2023, 2024]);
    expect(yearTicks({ from: 2006, to: 2019 }, aid)).toEqual([2006, 2008, 2010, 2012, 2014, 2016, 2018]);
    expect(yearTicks({ from: 1920, to: 2026 }, aid)).toEqual([
      1920, 1930, 1940, 1950, 1960, 1970, 1980, 1990, 2000, 2010, 2020,
    ]);
  });
  it('steps year ticks to keep about 5–10 labels (community)', () => {
    expect(tickStep(37)).toBe(5);
    expect(tickStep(3)).toBe(1);
    expect(tickStep(100)).toBe(10);
  });
});

describe('countTicks', () => {
  it('ticks a count axis from zero in round whole steps that reach the largest count', () => {
    expect(countTicks(15)).toEqual([0, 5, 10, 15]);
    expect(countTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(countTicks(3)).toEqual([0, 1, 2, 3]);
    expect(countTicks(0)).toEqual([0, 1]);
    expect(countTicks(26)).toEqual([0, 5, 10, 15, 20, 25, 30]);
  });
});
