import { describe, expect, it } from 'vitest';
import { yearFraction, yearsBetween } from './milestones.ts';

describe('milestones', () => {
  it('places a date on a numeric year axis', () => {
    expect(yearFraction('2011-08-01')).toBeCloseTo(2011 + 212 / 365, 5);
    expect(yearFraction('2011')).toBe(2011);
  });
  it('counts whole years for anniversaries', () => {
    expect(yearsBetween('1963-04-01', new Date(Date.UTC(2023, 3, 1)))).toBe(60);
    expect(yearsBetween('1963-04-01', new Date(Date.UTC(2023, 2, 31)))).toBe(59);
  });
});
