import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { aidFileSchema } from '@/data/schema/aid.ts';
import { countByRegion, countByTheme } from './aid-projects.ts';
import { isAidProject } from './aid-records.ts';
import { isUsable } from './prefer-record.ts';
import {
  COUNT_ROW_HEIGHT,
  countBarLayout,
  countChartHeight,
  countChartView,
  countTooltipView,
  shownCount,
  TOOLTIP_TITLES,
} from './aid-count-view.ts';

const aid = aidFileSchema.parse(JSON.parse(readFileSync('public/data/aid.json', 'utf8')));
const themes = countByTheme(aid.projects);
const regions = countByRegion(aid.projects);
// A budget counts when stated and usable (a figure marked unusable is listed, never used).
const hasBudget = (p: (typeof aid.projects)[number]) => p.budgetUsdM !== undefined && isUsable(p);

describe('countChartView against public/data/aid.json', () => {
  it('reaches the largest group’s count with its last tick, starting at zero', () => {
    for (const rows of [themes, regions]) {
      const view = countChartView(rows, new Set());
      const most = Math.max(...rows.map((r) => r.projects.length));
      expect(view.ticks[0]).toBe(0);
      expect(view.ticks.at(-1)).toBeGreaterThanOrEqual(most);
      expect(view.ticks.length).toBeLessThanOrEqual(7);
      expect(view.height).toBe(countChartHeight(rows.length));
      expect(view.height).toBeGreaterThan(rows.length * COUNT_ROW_HEIGHT);
    }
  });

  it('counts only the series shown, so hiding one rescales the axis to the other', () => {
    const budgetOnly = countChartView(themes, new Set(['withoutBudget']));
    expect(budgetOnly.visible).toEqual(['withBudget']);
    const mostWithBudget = Math.max(
      ...themes.map((r) => r.projects.filter((p) => isAidProject(p) && hasBudget(p)).length),
    );
    expect(Math.max(...themes.map((r) => shownCount(r, budgetOnly.visible)))).toBe(mostWithBudget);
    expect(budgetOnly.ticks.at(-1)).toBeGreaterThanOrEqual(mostWithBudget);
    expect(countChartView(themes, new Set(['withBudget', 'withoutBudget'])).visible).toEqual([]);
  });

  it('shows a group’s whole count with both series, each project once', () => {
    const both = countChartView(regions, new Set()).visible;
    for (const row of regions) expect(shownCount(row, both)).toBe(row.projects.length);
  });
});

describe('countBarLayout and countTooltipView', () => {
  it('keeps the name above the bar and the count on it, inside the row', () => {
    const row = countBarLayout(100);
    expect(row.labelY).toBeLessThan(row.barY);
    expect(row.countY).toBeGreaterThan(row.barY);
    expect(row.countY).toBeLessThanOrEqual(row.barY + row.barHeight);
    expect(row.barY + row.barHeight).toBeLessThanOrEqual(100 + COUNT_ROW_HEIGHT);
  });

  it('lists the first titles of a group and counts the rest', () => {
    const biggest = themes.reduce((a, b) => (b.projects.length > a.projects.length ? b : a));
    const tip = countTooltipView(biggest);
    expect(tip.listed).toEqual(biggest.projects.slice(0, TOOLTIP_TITLES));
    expect(tip.listed.length + tip.more).toBe(biggest.projects.length);
    const smallest = regions.reduce((a, b) => (b.projects.length < a.projects.length ? b : a));
    expect(countTooltipView(smallest)).toEqual({ listed: smallest.projects, more: 0 });
  });
});
