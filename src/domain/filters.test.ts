import { describe, expect, it, vi } from 'vitest';
import type { Sector } from '@/data/schema/common.ts';
import {
  countBySector,
  filterScope,
  isFiltered,
  matchesSectors,
  matchesYears,
  normalizeYearRange,
  sectorsCarried,
  viewByScope,
  YEAR_BOUNDS,
  type ViewFilter,
} from './filters.ts';

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

describe('filterScope', () => {
  const carried = sectorsCarried([{ sectors: ['trade'] }], [{ sectors: ['trade', 'investment'] }]);
  const filter = (sectors: Sector[], from = 1990, to = 2020): ViewFilter => ({ sectors, from, to });

  it('collects the sectors the records carry', () => {
    expect([...carried].sort()).toEqual(['investment', 'trade']);
  });
  it('is the same for filters that differ only in sectors no record carries', () => {
    expect(filterScope(filter(['trade', 'health']), carried)).toBe(filterScope(filter(['trade']), carried));
    expect(filterScope(filter(['health']), carried)).toBe(filterScope(filter(['defense', 'culture']), carried));
  });
  it('tells "no sector selected" (all show) from "only sectors these records lack" (none show)', () => {
    expect(filterScope(filter([]), carried)).not.toBe(filterScope(filter(['health']), carried));
  });
  it('changes with a carried sector or with the years', () => {
    expect(filterScope(filter(['trade']), carried)).not.toBe(filterScope(filter(['investment']), carried));
    expect(filterScope(filter(['trade'], 1990, 2020), carried)).not.toBe(filterScope(filter(['trade'], 1991), carried));
  });
});

describe('viewByScope', () => {
  type File = { records: { id: string; sectors: Sector[] }[] };
  const file: File = {
    records: [
      { id: 'a', sectors: ['trade'] },
      { id: 'b', sectors: ['aid'] },
    ],
  };
  const filter = (sectors: Sector[], from = 1990): ViewFilter => ({ sectors, from, to: 2020 });
  const setUp = () => {
    const compute = vi.fn((f: File, by: ViewFilter) => f.records.filter((r) => matchesSectors(r.sectors, by.sectors)));
    return { compute, view: viewByScope(compute, (f: File) => sectorsCarried(f.records)) };
  };

  it('gives back the same view, uncomputed, when only sectors the records lack changed', () => {
    const { compute, view } = setUp();
    const first = view(file, filter(['trade']));
    expect(view(file, filter(['trade', 'health']))).toBe(first);
    expect(compute).toHaveBeenCalledTimes(1);
  });

  it('computes a new view when the shown records change, and remembers the earlier ones', () => {
    const { compute, view } = setUp();
    const all = view(file, filter([]));
    const aid = view(file, filter(['aid']));
    expect(aid.map((r) => r.id)).toEqual(['b']);
    expect(view(file, filter([]))).toBe(all);
    expect(view(file, filter([], 1991))).not.toBe(all);
    expect(compute).toHaveBeenCalledTimes(3);
  });

  it('keeps views of another file (a reloaded file) apart', () => {
    const { view } = setUp();
    const other: File = { records: [{ id: 'c', sectors: ['trade'] }] };
    expect(view(other, filter([])).map((r) => r.id)).toEqual(['c']);
    expect(view(file, filter([])).map((r) => r.id)).toEqual(['a', 'b']);
  });

  it('forgets the least recently used scope once it remembers eight', () => {
    const { compute, view } = setUp();
    for (let year = 1990; year < 1999; year++) view(file, filter([], year));
    expect(compute).toHaveBeenCalledTimes(9);
    view(file, filter([], 1998));
    expect(compute).toHaveBeenCalledTimes(9);
    view(file, filter([], 1990));
    expect(compute).toHaveBeenCalledTimes(10);
  });
});
