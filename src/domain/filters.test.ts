import { describe, expect, it } from 'vitest';
import { countBySector, isFiltered, matchesSectors, matchesYears, normalizeYearRange, YEAR_BOUNDS } from './filters.ts';

describe('normalizeYearRange', () => {
  it('defaults to the full span', () => {
    expect(normalizeYearRange(null, null)).toEqual({ from: YEAR_BOUNDS.min, to: YEAR_BOUNDS.max });
  });
  it('swaps a reversed range and clamps out-of-range years', () => {
    expect(normalizeYearRange(2020, 2005)).toEqual({ from: 2005, to: 2020 });
    expect(normalizeYearRange(-5, 99999)).toEqual({ from: YEAR_BOUNDS.min, to: YEAR_BOUNDS.max });
    expect(normalizeYearRange(Number.NaN, 2010)).toEqual({ from: YEAR_BOUNDS.min, to: 2010 });
  });
});

describe('sector and year matching', () => {
  it('matches any selected sector, and everything when none is selected', () => {
    expect(matchesSectors(['aid', 'health'], ['health'])).toBe(true);
    expect(matchesSectors(['trade'], ['health', 'defense'])).toBe(false);
    expect(matchesSectors(['trade'], [])).toBe(true);
  });
  it('matches years inclusively; undated records only on the full span', () => {
    expect(matchesYears(2011, { from: 2011, to: 2011 })).toBe(true);
    expect(matchesYears(2010, { from: 2011, to: 2020 })).toBe(false);
    expect(matchesYears(undefined, { from: 2011, to: 2020 })).toBe(false);
    expect(matchesYears(undefined, { from: YEAR_BOUNDS.min, to: YEAR_BOUNDS.max })).toBe(true);
  });
  it('knows when anything is filtered', () => {
    expect(isFiltered({ sectors: [], from: YEAR_BOUNDS.min, to: YEAR_BOUNDS.max })).toBe(false);
    expect(isFiltered({ sectors: ['aid'], from: YEAR_BOUNDS.min, to: YEAR_BOUNDS.max })).toBe(true);
    expect(isFiltered({ sectors: [], from: 2000, to: YEAR_BOUNDS.max })).toBe(true);
  });
  it('counts records per sector, once per record', () => {
    const counts = countBySector([{ sectors: ['aid', 'health'] }, { sectors: ['aid', 'aid'] }, { sectors: ['trade'] }]);
    expect(Object.fromEntries(counts)).toEqual({ aid: 2, health: 1, trade: 1 });
  });
});
