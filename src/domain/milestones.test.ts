import { describe, expect, it } from 'vitest';
import { axisMilestones, yearFraction, yearsBetween } from './milestones.ts';

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

describe('axisMilestones', () => {
  const event = (id: string, date: string, milestone?: true) => ({
    id,
    date,
    milestone,
    category: 'diplomacy' as const,
    sectors: ['culture' as const],
    sourceIds: ['s'],
    qualifiers: {},
    title: { en: id, es: id, ko: id },
    description: { en: id, es: id, ko: id },
  });
  it('keeps milestones inside the span, in date order, marked A, B, C', () => {
    const marks = axisMilestones(
      [
        event('apec', '2024-11', true),
        event('fta', '2011-08-01', true),
        event('other', '2012-01-01'),
        event('ties', '1963-04-01', true),
      ],
      { from: 2004, to: 2024 },
    );
    expect(marks.map((m) => [m.id, m.mark])).toEqual([
      ['fta', 'A'],
      ['apec', 'B'],
    ]);
    expect(marks[0]!.x).toBeCloseTo(yearFraction('2011-08-01'));
  });
  it('draws an event recorded twice as one line, and keeps two events of one day apart', () => {
    const twice = { ...event('fta', '2011-08-01', true), id: 'fta-again' };
    const sameDay = { ...event('visit', '2011-08-01', true) };
    const marks = axisMilestones([event('fta', '2011-08-01', true), twice, sameDay], { from: 2004, to: 2024 });
    expect(marks.map((m) => m.id)).toEqual(['fta', 'visit']);
    expect(marks.map((m) => m.mark)).toEqual(['A', 'B']);
  });
});
