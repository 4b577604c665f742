import { describe, expect, it } from 'vitest';
import { yearsOnStep } from './year-ticks.ts';

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
