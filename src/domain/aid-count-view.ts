import type { CountRow } from './aid-projects.ts';
import { countTicks } from './year-ticks.ts';

/* What a project count chart draws: one row per group, a bar of project records (with and without a stated budget,
   counted, never summed in money), its count at the end, and the value axis. */

/** Projects with a stated budget are solid, those without hatched; the reader can hide either. */
export const COUNT_SERIES = ['withBudget', 'withoutBudget'] as const;
export type CountSeries = (typeof COUNT_SERIES)[number];

/** One row per group (its name above a bar, the count at the bar's end). */
export const COUNT_ROW_HEIGHT = 50;
export const COUNT_AXIS_HEIGHT = 32;
export const COUNT_MARGIN = { top: 4, right: 40, bottom: 4, left: 8 } as const;
export const countChartHeight = (rows: number) =>
  Math.max(1, rows) * COUNT_ROW_HEIGHT + COUNT_AXIS_HEIGHT + COUNT_MARGIN.top + COUNT_MARGIN.bottom;

/** How many project titles a bar's tooltip lists; the table lists them all. */
export const TOOLTIP_TITLES = 8;

export interface CountChartView {
  /** The series the reader has not hidden, in drawing order (none: the chart says so instead of drawing). */
  visible: CountSeries[];
  height: number;
  /** The count axis, from 0 to its last tick. */
  ticks: number[];
}

/** The projects a row counts under the series shown. */
export const shownCount = (row: CountRow, visible: readonly CountSeries[]) => visible.reduce((n, s) => n + row[s], 0);

/** The chart of `rows` with the series in `hidden` left out. */
export function countChartView(rows: readonly CountRow[], hidden: ReadonlySet<string>): CountChartView {
  const visible = COUNT_SERIES.filter((s) => !hidden.has(s));
  return {
    visible,
    height: countChartHeight(rows.length),
    ticks: countTicks(Math.max(0, ...rows.map((r) => shownCount(r, visible)))),
  };
}

/** Where a row's parts sit, from the top of its band (y): its name, its bar, its count (text baselines). */
export function countBarLayout(y: number) {
  const barY = y + 24;
  const barHeight = COUNT_ROW_HEIGHT - 32;
  return { labelY: y + 17, barY, barHeight, countY: barY + barHeight - 4 };
}

/** A row's tooltip: its first project titles, and how many more the table lists. */
export function countTooltipView(row: CountRow) {
  return {
    listed: row.projects.slice(0, TOOLTIP_TITLES),
    more: Math.max(0, row.projects.length - TOOLTIP_TITLES),
  };
}
