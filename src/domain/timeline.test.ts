import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALL } from '@/test/records.ts';
import type { EventCategory, TimelineEvent } from '@/data/schema/timeline.ts';
import { headlinesFileSchema, type HeadlineFigure } from '@/data/schema/headlines.ts';
import { timelineFileSchema } from '@/data/schema/timeline.ts';
import {
  categoriesWithEvents,
  countByCategory,
  datePosition,
  datePrecision,
  defenseGroupOf,
  defenseHighlights,
  eventsInSpan,
  filterEvents,
  neighbourEvent,
  placeEvents,
  timelineTicks,
  zoomRange,
} from './timeline.ts';

const text = (s: string) => ({ en: s, es: s, ko: s });
function event(id: string, date: string, category: EventCategory = 'diplomacy', extra: Partial<TimelineEvent> = {}) {
  return {
    id,
    date,
    category,
    title: text(id),
    description: text(id),
    sectors: ['culture'],
    sourceIds: ['s-test'],
    qualifiers: {},
    ...extra,
  } as TimelineEvent;
}

describe('dates', () => {
  it('knows the precision the source gives', () => {
    expect(datePrecision('2016')).toBe('year');
    expect(datePrecision('2014-10')).toBe('month');
    expect(datePrecision('2011-08-01')).toBe('day');
  });

  it('places a date in the middle of the period it names', () => {
    expect(datePosition('2016')).toBeCloseTo(2016.5, 6);
    // October 2014: days 273–304 of 365 → midpoint 288.5 / 365
    expect(datePosition('2014-10')).toBeCloseTo(2014 + 288.5 / 365, 6);
    // 1 August 2011 is day 212 (0-based) → 212.5 / 365
    expect(datePosition('2011-08-01')).toBeCloseTo(2011 + 212.5 / 365, 6);
    expect(datePosition('2011-12-31')).toBeLessThan(2012);
    expect(datePosition('2011-01-01')).toBeGreaterThan(2011);
  });

  it('orders a year-only date between the events it could be', () => {
    expect(datePosition('2016-03-28')).toBeLessThan(datePosition('2016'));
    expect(datePosition('2016-11')).toBeGreaterThan(datePosition('2016'));
  });
});

describe('filterEvents', () => {
  const events = [
    event('b', '2012-05-10', 'diplomacy', { sectors: ['trade', 'culture'] }),
    event('a', '1963-04-01'),
    event('c', '2012', 'defense', { sectors: ['defense'] }),
  ];

  it('sorts by date, a year-only date first within its year', () => {
    expect(filterEvents(events, ALL).map((e) => e.id)).toEqual(['a', 'c', 'b']);
  });

  it('keeps events of the selected sectors', () => {
    expect(filterEvents(events, { ...ALL, sectors: ['trade'] }).map((e) => e.id)).toEqual(['b']);
    expect(filterEvents(events, { ...ALL, sectors: ['defense', 'culture'] }).map((e) => e.id)).toEqual(['a', 'c', 'b']);
  });

  it('keeps events of the selected years, by the year of their date', () => {
    expect(filterEvents(events, { sectors: [], from: 1960, to: 2011 }).map((e) => e.id)).toEqual(['a']);
    expect(filterEvents(events, { sectors: [], from: 2012, to: 2012 }).map((e) => e.id)).toEqual(['c', 'b']);
  });
});

describe('zoom', () => {
  it('narrows the preset by the filter', () => {
    expect(zoomRange('all', ALL)).toEqual({ from: 1922, to: 2026 });
    expect(zoomRange('since2000', ALL)).toEqual({ from: 2000, to: 2026 });
    expect(zoomRange('since2010', { from: 1990, to: 2015 })).toEqual({ from: 2010, to: 2015 });
    expect(zoomRange('all', { from: 1990, to: 2015 })).toEqual({ from: 1990, to: 2015 });
  });

  it('has no range when the preset and the filter do not overlap', () => {
    expect(zoomRange('since2010', { from: 1950, to: 1999 })).toBeUndefined();
  });

  it('keeps the events of a span', () => {
    const events = [event('a', '1999-12-31'), event('b', '2000'), event('c', '2026-01-22')];
    expect(eventsInSpan(events, { from: 2000, to: 2026 }).map((e) => e.id)).toEqual(['b', 'c']);
  });

  it('picks tick steps by span length', () => {
    expect(timelineTicks({ from: 1922, to: 2026 })).toEqual([
      1930, 1940, 1950, 1960, 1970, 1980, 1990, 2000, 2010, 2020,
    ]);
    expect(timelineTicks({ from: 2000, to: 2026 })).toEqual([2000, 2005, 2010, 2015, 2020, 2025]);
    expect(timelineTicks({ from: 2010, to: 2026 })).toEqual([2010, 2012, 2014, 2016, 2018, 2020, 2022, 2024, 2026]);
    expect(timelineTicks({ from: 2020, to: 2022 })).toEqual([2020, 2021, 2022, 2023]);
  });
});

describe('categories', () => {
  it('counts events and lists the lanes in the schema order', () => {
    const events = [event('a', '2000', 'exchange'), event('b', '2001', 'diplomacy'), event('c', '2002', 'exchange')];
    expect(countByCategory(events)).toEqual(
      new Map([
        ['exchange', 2],
        ['diplomacy', 1],
      ]),
    );
    expect(categoriesWithEvents(events)).toEqual(['diplomacy', 'exchange']);
  });
});

describe('placeEvents', () => {
  it('puts each event in its category’s lane and sorts by time', () => {
    const placed = placeEvents(
      [event('late', '2020', 'trade'), event('early', '2000', 'defense'), event('hidden', '2010', 'aid')],
      ['trade', 'defense'],
      1,
    );
    expect(placed.map((p) => [p.id, p.lane, p.slot])).toEqual([
      ['early', 1, 0],
      ['late', 0, 0],
    ]);
  });

  it('moves close events of one lane into slots above and below, never changing their dates', () => {
    const events = [
      event('a', '2016', 'defense'),
      event('b', '2016', 'defense'),
      event('c', '2016-03-28', 'defense'),
      event('d', '2030', 'defense'),
    ];
    const placed = placeEvents(events, ['defense'], 1);
    const slotOf = (id: string) => placed.find((p) => p.id === id)!.slot;
    expect(slotOf('c')).toBe(0);
    expect(new Set([slotOf('a'), slotOf('b')])).toEqual(new Set([-1, 1]));
    expect(slotOf('d')).toBe(0);
    expect(placed.find((p) => p.id === 'a')!.x).toBeCloseTo(2016.5, 6);
  });

  it('does not nudge close events of different lanes', () => {
    const placed = placeEvents([event('a', '2016', 'defense'), event('b', '2016', 'trade')], ['defense', 'trade'], 1);
    expect(placed.map((p) => p.slot)).toEqual([0, 0]);
  });

  it('reuses the slot with the oldest neighbour when all slots are taken', () => {
    const events = ['2016-01', '2016-02', '2016-03', '2016-04'].map((d, i) => event(`e${i}`, d, 'trade'));
    const placed = placeEvents(events, ['trade'], 5, 3);
    expect(placed.map((p) => p.slot)).toEqual([0, -1, 1, 0]);
  });

  it('uses a single slot when asked to', () => {
    const placed = placeEvents([event('a', '2016', 'trade'), event('b', '2016', 'trade')], ['trade'], 1, 1);
    expect(placed.map((p) => p.slot)).toEqual([0, 0]);
  });
});

describe('neighbourEvent', () => {
  const placed = placeEvents(
    [
      event('d1', '2000', 'diplomacy'),
      event('d2', '2010', 'diplomacy'),
      event('t1', '2009', 'trade'),
      event('x1', '2020', 'exchange'),
    ],
    ['diplomacy', 'trade', 'investment', 'exchange'],
    1,
  );

  it('moves in time across lanes', () => {
    expect(neighbourEvent(placed, 'd1', 'next')).toBe('t1');
    expect(neighbourEvent(placed, 't1', 'next')).toBe('d2');
    expect(neighbourEvent(placed, 'd1', 'previous')).toBe('d1');
    expect(neighbourEvent(placed, 'x1', 'next')).toBe('x1');
    expect(neighbourEvent(placed, 't1', 'first')).toBe('d1');
    expect(neighbourEvent(placed, 't1', 'last')).toBe('x1');
  });

  it('moves to the nearest event of the next lane that has one', () => {
    expect(neighbourEvent(placed, 't1', 'up')).toBe('d2');
    expect(neighbourEvent(placed, 't1', 'down')).toBe('x1');
    expect(neighbourEvent(placed, 'x1', 'up')).toBe('t1');
    expect(neighbourEvent(placed, 'd1', 'up')).toBe('d1');
  });

  it('starts at the first event when the current one is gone', () => {
    expect(neighbourEvent(placed, 'missing', 'next')).toBe('d1');
    expect(neighbourEvent([], 'x', 'next')).toBe('x');
  });
});

describe('defense highlights', () => {
  const figure = (id: string, statedOn = '2023'): HeadlineFigure => ({
    id,
    topic: 'defense',
    statement: text(id),
    value: 2,
    unit: 'count',
    statedBy: { en: 'Someone', es: 'Alguien', ko: '누군가' },
    statedOn,
    sectors: ['defense'],
    sourceIds: ['s-test'],
    qualifiers: {},
  });
  const def = (id: string, date: string, title = id) =>
    event(id, date, 'defense', { sectors: ['defense'], title: text(title) });

  it('groups events by programme from their id and title', () => {
    expect(defenseGroupOf(def('ev-2012-11-kt-1p-contract', '2012'))).toBe('kt-1p');
    expect(defenseGroupOf(def('ev-x', '2021', 'Second corvette transferred'))).toBe('corvettes');
    expect(defenseGroupOf(def('ev-2015-bap-ferre-donated', '2015'))).toBe('corvettes');
    expect(defenseGroupOf(def('ev-z', '2015', 'BAP Ferré donated'))).toBe('corvettes');
    expect(defenseGroupOf(def('ev-y', '2030', 'Radar technology transferred'))).toBe('other');
    expect(defenseGroupOf(def('ev-2016-03-28-first-patrol-vessels', '2016'))).toBe('patrol-vessels');
    expect(defenseGroupOf(def('ev-2018-06-06-bap-pisco', '2018'))).toBe('multipurpose-vessels');
    expect(defenseGroupOf(def('ev-2025-12-submarine-contract', '2025'))).toBe('naval-shipbuilding');
    expect(defenseGroupOf(def('ev-2024-05-k808-contract', '2024'))).toBe('land-systems');
    expect(defenseGroupOf(def('ev-2012-09-20-navy-mou', '2012'))).toBe('other');
  });

  it('pairs each programme with its stated figure and respects the filter', () => {
    const events = [def('ev-2012-11-kt-1p-contract', '2012-11'), def('ev-2016-kt-1p-20th', '2016')];
    const figures = [figure('hl-defense-kt-1p'), figure('hl-defense-corvettes')];
    const all = defenseHighlights(events, figures, ALL);
    expect(all.map((h) => [h.group, h.events.length, h.figure?.id])).toEqual([
      ['kt-1p', 2, 'hl-defense-kt-1p'],
      ['corvettes', 0, 'hl-defense-corvettes'],
    ]);
    const before2015 = defenseHighlights(events, figures, { sectors: [], from: 2010, to: 2014 });
    expect(before2015.map((h) => [h.group, h.events.length, h.figure?.id])).toEqual([['kt-1p', 1, undefined]]);
    expect(defenseHighlights(events, figures, { ...ALL, sectors: ['trade'] })).toEqual([]);
  });

  it('uses only defense events, not other categories that mention defense', () => {
    const other = event('ev-visit-kt-1p', '2015', 'diplomacy', { sectors: ['defense'] });
    expect(defenseHighlights([other], [], ALL)).toEqual([]);
  });
});

describe('the real timeline.json and headlines.json', () => {
  const read = (name: string) => JSON.parse(readFileSync(`public/data/${name}`, 'utf8')) as unknown;
  const { events } = timelineFileSchema.parse(read('timeline.json'));
  const { figures } = headlinesFileSchema.parse(read('headlines.json'));

  it('shows all events from 1922 to 2026 without a filter', () => {
    const shown = filterEvents(events, ALL);
    expect(shown).toHaveLength(events.length);
    expect(shown[0]?.date.slice(0, 4)).toBe('1922');
    expect(shown.at(-1)?.date.slice(0, 4)).toBe('2026');
  });

  it('places every event inside the all-years axis', () => {
    const placed = placeEvents(events, categoriesWithEvents(events), 1);
    expect(placed).toHaveLength(events.length);
    for (const p of placed) {
      expect(p.x).toBeGreaterThanOrEqual(1922);
      expect(p.x).toBeLessThan(2027);
    }
  });

  it('keeps all three dates of the BAP Ferré donation, each with its conflict note', () => {
    const corvettes = defenseHighlights(events, figures, ALL).find((h) => h.group === 'corvettes')!;
    const ferre = corvettes.events.filter((e) => e.id.includes('bap-ferre'));
    expect(ferre.map((e) => e.date)).toEqual(['2015', '2016', '2018']);
    expect(ferre.every((e) => e.qualifiers.conflict)).toBe(true);
  });

  it('gives the four stated defense figures their programmes and every defense event a group', () => {
    const highlights = defenseHighlights(events, figures, ALL);
    expect(highlights.filter((h) => h.figure).map((h) => h.group)).toEqual([
      'kt-1p',
      'corvettes',
      'patrol-vessels',
      'multipurpose-vessels',
    ]);
    const grouped = highlights.reduce((n, h) => n + h.events.length, 0);
    expect(grouped).toBe(events.filter((e) => e.category === 'defense').length);
    expect(highlights.find((h) => h.group === 'kt-1p')!.events).toHaveLength(3);
  });
});
