import { describe, expect, it } from 'vitest';
import { overlapsYears, projectPeriod, projectYears, statementYears } from './aid-records.ts';
import { ALL, project, statement, years } from '@/test/aid-records.ts';

describe('years of statements and projects', () => {
  it('spans a cumulative total from sinceYear to year, and a yearly or share figure at its year', () => {
    expect(statementYears(statement({ kind: 'cumulative', sinceYear: 1991, year: 2007 }))).toEqual({
      from: 1991,
      to: 2007,
    });
    expect(statementYears(statement({ kind: 'cumulative', year: 2007 }))).toEqual({ from: 2007, to: 2007 });
    expect(statementYears(statement({ kind: 'share', year: 2008, sinceYear: 2000 }))).toEqual({
      from: 2008,
      to: 2008,
    });
  });

  it('places a project at [startYear, endYear ?? startYear]; only an end year is that year; none is undated', () => {
    expect(projectYears(project({ startYear: 2012, endYear: 2016 }))).toEqual({ from: 2012, to: 2016 });
    expect(projectYears(project({ startYear: 2025 }))).toEqual({ from: 2025, to: 2025 });
    expect(projectYears(project({ endYear: 2007 }))).toEqual({ from: 2007, to: 2007 });
    expect(projectYears(project())).toBeUndefined();
  });

  it('says how a project is dated, keeping open-ended projects open-ended', () => {
    expect(projectPeriod(project({ startYear: 2012, endYear: 2016 }))).toEqual({ kind: 'range', from: 2012, to: 2016 });
    expect(projectPeriod(project({ startYear: 2017, endYear: 2017 }))).toEqual({ kind: 'single', year: 2017 });
    expect(projectPeriod(project({ startYear: 2025 }))).toEqual({ kind: 'openEnded', from: 2025 });
    expect(projectPeriod(project({ endYear: 2007 }))).toEqual({ kind: 'endOnly', to: 2007 });
    expect(projectPeriod(project())).toEqual({ kind: 'undated' });
  });

  it('overlaps inclusively at both ends; undated only on the full span', () => {
    expect(overlapsYears({ from: 2012, to: 2016 }, years(2016, 2020))).toBe(true);
    expect(overlapsYears({ from: 2012, to: 2016 }, years(2000, 2012))).toBe(true);
    expect(overlapsYears({ from: 2012, to: 2016 }, years(2017, 2020))).toBe(false);
    expect(overlapsYears({ from: 2012, to: 2016 }, years(2013, 2014))).toBe(true);
    expect(overlapsYears(undefined, years(2000, 2020))).toBe(false);
    expect(overlapsYears(undefined, ALL)).toBe(true);
  });
});
