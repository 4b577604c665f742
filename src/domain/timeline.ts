import type { PartialDate } from '@/data/schema/common.ts';
import type { HeadlineFigure } from '@/data/schema/headlines.ts';
import type { EventCategory, TimelineEvent } from '@/data/schema/timeline.ts';
import { EVENT_CATEGORIES } from '@/data/vocabulary.ts';
import { matchesSectors, matchesYears, YEAR_BOUNDS, type ViewFilter } from './filters.ts';

export interface YearSpan {
  from: number;
  to: number;
}

/** The year of a partial date ("2011-08-01" → 2011). */
export const yearOf = (date: PartialDate) => Number(date.slice(0, 4));

/** How precise a date is, as its source gives it. */
export function datePrecision(date: PartialDate): 'year' | 'month' | 'day' {
  const parts = date.split('-').length;
  return parts === 1 ? 'year' : parts === 2 ? 'month' : 'day';
}

const utc = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);

/**
 * A date's place on a numeric year axis: the middle of the period it names. "2016" sits mid-2016 (not on
 * 1 January, which the source never said), "2014-10" mid-October, "2011-08-01" on that day (at noon).
 */
export function datePosition(date: PartialDate): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
  const yearStart = utc(y, 1, 1);
  const yearLength = utc(y + 1, 1, 1) - yearStart;
  let start: number;
  let end: number;
  if (m === undefined) [start, end] = [yearStart, utc(y + 1, 1, 1)];
  else if (d === undefined) [start, end] = [utc(y, m, 1), utc(y, m + 1, 1)];
  else [start, end] = [utc(y, m, d), utc(y, m, d + 1)];
  return y + ((start + end) / 2 - yearStart) / yearLength;
}

/** Events of the selected sectors and years, in date order (a year-only date before the dated days of its year). */
export function filterEvents(events: readonly TimelineEvent[], filter: ViewFilter): TimelineEvent[] {
  return events
    .map((event, index) => ({ event, index }))
    .filter(({ event }) => matchesSectors(event.sectors, filter.sectors) && matchesYears(yearOf(event.date), filter))
    .sort((a, b) => a.event.date.localeCompare(b.event.date) || a.index - b.index)
    .map(({ event }) => event);
}

/** Zoom presets of the timeline; each is further narrowed by the reader's year filter. */
export const ZOOM_PRESETS = [
  { id: 'all', from: YEAR_BOUNDS.min, to: YEAR_BOUNDS.max },
  { id: 'since2000', from: 2000, to: YEAR_BOUNDS.max },
  { id: 'since2010', from: 2010, to: YEAR_BOUNDS.max },
] as const;
export type ZoomId = (typeof ZOOM_PRESETS)[number]['id'];

/** The years a zoom preset shows under a filter: their overlap, or undefined when they do not overlap. */
export function zoomRange(zoom: ZoomId, filter: YearSpan): YearSpan | undefined {
  const preset = ZOOM_PRESETS.find((p) => p.id === zoom) ?? ZOOM_PRESETS[0];
  const from = Math.max(preset.from, filter.from);
  const to = Math.min(preset.to, filter.to);
  return from <= to ? { from, to } : undefined;
}

/** Events whose year falls in a span. */
export const eventsInSpan = (events: readonly TimelineEvent[], span: YearSpan) =>
  events.filter((e) => yearOf(e.date) >= span.from && yearOf(e.date) <= span.to);

/** How many events each category has (categories without events are absent). */
export function countByCategory(events: readonly TimelineEvent[]): Map<EventCategory, number> {
  const counts = new Map<EventCategory, number>();
  for (const e of events) counts.set(e.category, (counts.get(e.category) ?? 0) + 1);
  return counts;
}

/** The categories that have at least one event, in the schema's order (the lanes of the chart). */
export const categoriesWithEvents = (events: readonly TimelineEvent[]): EventCategory[] => {
  const present = new Set(events.map((e) => e.category));
  return EVENT_CATEGORIES.filter((c) => present.has(c));
};

/** An event placed on the swim-lane chart. */
export interface PlacedEvent {
  id: string;
  /** Position on the year axis (see datePosition). */
  x: number;
  /** Lane index (0 = first visible category). */
  lane: number;
  /** Vertical offset slot within the lane: 0 on the lane's line, ±1, ±2 above and below it. */
  slot: number;
  event: TimelineEvent;
}

/** The order in which a crowded lane fills its slots: on the line first, then just above, just below, … */
const SLOT_ORDER = [0, -1, 1, -2, 2];

/**
 * Places events in their category's lane and nudges events that would overlap (closer than `minGap` years in the
 * same lane) into the next free slot above or below the lane's line, so every marker stays visible and clickable.
 * When all `maxSlots` are taken, the slot whose nearest neighbour is farthest away is reused. Dates never move.
 * Events of categories not in `lanes` are left out. The result is sorted by position, then lane.
 */
export function placeEvents(
  events: readonly TimelineEvent[],
  lanes: readonly EventCategory[],
  minGap: number,
  maxSlots = 3,
): PlacedEvent[] {
  const slots = SLOT_ORDER.slice(0, Math.max(1, Math.min(maxSlots, SLOT_ORDER.length)));
  const placed: PlacedEvent[] = [];
  lanes.forEach((category, lane) => {
    const own = events
      .filter((e) => e.category === category)
      .map((event) => ({ event, x: datePosition(event.date) }))
      .sort((a, b) => a.x - b.x);
    const lastX = new Map<number, number>();
    for (const { event, x } of own) {
      const free = slots.find((s) => !lastX.has(s) || x - lastX.get(s)! >= minGap);
      const slot =
        free ??
        slots.reduce((best, s) => ((lastX.get(s) ?? -Infinity) < (lastX.get(best) ?? -Infinity) ? s : best), slots[0]!);
      lastX.set(slot, x);
      placed.push({ id: event.id, x, lane, slot, event });
    }
  });
  return placed.sort((a, b) => a.x - b.x || a.lane - b.lane || a.slot - b.slot);
}

export type NavigationKey = 'next' | 'previous' | 'up' | 'down' | 'first' | 'last';

/**
 * Keyboard movement between placed events (sorted by placeEvents): next/previous in time across all lanes,
 * up/down to the nearest-in-time event of the closest lane above or below that has one, first/last.
 * Returns the id to move to, or the current id when there is nowhere to go.
 */
export function neighbourEvent(placed: readonly PlacedEvent[], currentId: string, key: NavigationKey): string {
  if (placed.length === 0) return currentId;
  const index = placed.findIndex((p) => p.id === currentId);
  if (index < 0 || key === 'first') return placed[0]!.id;
  if (key === 'last') return placed[placed.length - 1]!.id;
  if (key === 'next') return placed[Math.min(index + 1, placed.length - 1)]!.id;
  if (key === 'previous') return placed[Math.max(index - 1, 0)]!.id;
  const current = placed[index]!;
  const step = key === 'up' ? -1 : 1;
  const lanes = [...new Set(placed.map((p) => p.lane))].sort((a, b) => a - b);
  for (let i = lanes.indexOf(current.lane) + step; i >= 0 && i < lanes.length; i += step) {
    const candidates = placed.filter((p) => p.lane === lanes[i]);
    if (candidates.length === 0) continue;
    return candidates.reduce((best, p) => (Math.abs(p.x - current.x) < Math.abs(best.x - current.x) ? p : best)).id;
  }
  return currentId;
}

/** Year ticks at round numbers for a span: every 10, 5, 2 or 1 years, depending on its length. */
export function timelineTicks(span: YearSpan): number[] {
  const years = span.to - span.from + 1;
  const step = years > 60 ? 10 : years > 24 ? 5 : years > 10 ? 2 : 1;
  const ticks: number[] = [];
  for (let y = Math.ceil(span.from / step) * step; y <= span.to + 1; y += step) ticks.push(y);
  return ticks;
}

/** The defense programmes the highlights panel groups events into. */
export const DEFENSE_GROUPS = [
  'kt-1p',
  'corvettes',
  'patrol-vessels',
  'multipurpose-vessels',
  'naval-shipbuilding',
  'land-systems',
  'other',
] as const;
export type DefenseGroup = (typeof DEFENSE_GROUPS)[number];

/** Which programme a defense event belongs to, by words in its id and English title. First match wins. */
const DEFENSE_RULES: [DefenseGroup, RegExp][] = [
  ['kt-1p', /kt-1p/],
  ['corvettes', /\bferr[eé](?![a-z])|guise|corvette/],
  ['patrol-vessels', /patrol/],
  ['multipurpose-vessels', /dsme|lpd|pisco|paita|multipurpose|makassar/],
  ['naval-shipbuilding', /hhi|submarine|frigate/],
  ['land-systems', /k808|k2\b|k2-|rotem|tank|armou?red/],
];

export function defenseGroupOf(event: Pick<TimelineEvent, 'id' | 'title'>): DefenseGroup {
  const text = `${event.id} ${event.title.en}`.toLowerCase();
  return DEFENSE_RULES.find(([, pattern]) => pattern.test(text))?.[0] ?? 'other';
}

/** A defense programme: its events in date order and the stated headline figure about it, if any. */
export interface DefenseHighlight {
  group: DefenseGroup;
  events: TimelineEvent[];
  figure?: HeadlineFigure;
}

/**
 * The defense highlights under a filter: defense events grouped by programme, each with the headline figure
 * stated about it (`hl-defense-<group>`, attributed to whoever stated it). Figures are never added together.
 * A programme appears when it has an event or a figure that passes the filter.
 */
export function defenseHighlights(
  events: readonly TimelineEvent[],
  figures: readonly HeadlineFigure[],
  filter: ViewFilter,
): DefenseHighlight[] {
  const shownEvents = filterEvents(
    events.filter((e) => e.category === 'defense'),
    filter,
  );
  const shownFigures = figures.filter(
    (f) =>
      f.topic === 'defense' && matchesSectors(f.sectors, filter.sectors) && matchesYears(yearOf(f.statedOn), filter),
  );
  return DEFENSE_GROUPS.flatMap((group) => {
    const own = shownEvents.filter((e) => defenseGroupOf(e) === group);
    const figure = shownFigures.find((f) => f.id === `hl-defense-${group}`);
    if (own.length === 0 && !figure) return [];
    return [figure ? { group, events: own, figure } : { group, events: own }];
  });
}
