import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { timelineFileSchema } from '@/data/schema/timeline.ts';
import { EVENT_CATEGORIES } from '@/data/vocabulary.ts';
import { categoriesWithEvents, timelineTicks, yearOf } from './timeline.ts';
import { TIMELINE_CHART_HEIGHT, timelineChartView } from './timeline-view.ts';

const { events } = timelineFileSchema.parse(JSON.parse(readFileSync('public/data/timeline.json', 'utf8')));
const years = events.map((e) => yearOf(e.date));
const range = { from: Math.min(...years), to: Math.max(...years) };
const lanes = categoriesWithEvents(events);

describe('timelineChartView against public/data/timeline.json', () => {
  const view = timelineChartView(events, lanes, range, 1200, 'en');

  it('draws every event once, in its category’s lane, inside that lane’s band', () => {
    expect(view.data.map((d) => d.id).sort()).toEqual(events.map((e) => e.id).sort());
    for (const d of view.data) {
      expect(d.lane).toBe(lanes.indexOf(d.event.category));
      // Nudged above or below the lane's line, never into the next lane.
      expect(Math.abs(d.y - d.lane)).toBeLessThan(0.5);
    }
  });

  it('leaves a lane out when it is not shown, and draws none of its events', () => {
    const shown = lanes.filter((l) => l !== 'diplomacy');
    const partial = timelineChartView(events, shown, range, 1200, 'en');
    expect(partial.data).toHaveLength(events.filter((e) => e.category !== 'diplomacy').length);
    expect(partial.laneTicks).toEqual(shown.map((_, i) => i));
    expect(partial.laneDomain).toEqual([-0.75, shown.length - 0.5]);
  });

  it('spans the years with the same room on both sides, every event inside it', () => {
    const [lo, hi] = view.domain;
    expect(range.from - lo).toBeGreaterThan(0);
    expect(range.from - lo).toBeCloseTo(hi - (range.to + 1), 9);
    for (const d of view.data) {
      expect(d.x).toBeGreaterThanOrEqual(range.from);
      expect(d.x).toBeLessThan(range.to + 1);
    }
    // A wider chart needs fewer years of room for the same pixels.
    const wider = timelineChartView(events, lanes, range, 2400, 'en');
    expect(range.from - wider.domain[0]).toBeLessThan(range.from - lo);
    expect(view.ticks).toEqual(timelineTicks(range));
  });

  it('is narrower on a phone, and Korean lane names need less room', () => {
    const phone = timelineChartView(events, lanes, range, 360, 'es');
    expect(phone.narrow).toBe(true);
    expect(view.narrow).toBe(false);
    expect(phone.tickFont).toBeLessThan(view.tickFont);
    expect(timelineChartView(events, lanes, range, 1200, 'ko').yAxisWidth).toBeLessThan(view.yAxisWidth);
    expect(phone.data).toHaveLength(events.length);
  });

  it('has one lane per category of the dataset, and a fixed height', () => {
    expect(view.laneTicks).toHaveLength(new Set(events.map((e) => e.category)).size);
    expect(lanes.every((l) => EVENT_CATEGORIES.includes(l))).toBe(true);
    expect(TIMELINE_CHART_HEIGHT).toBeGreaterThan(0);
  });
});
