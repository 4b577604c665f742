import type { LegendItem } from '@/components/legend.tsx';

/** Series of the statements chart: a cumulative total is a range bar, a yearly figure a diamond. */
export const AMOUNT_SERIES = ['cumulative', 'annual'] as const;
export type AmountSeries = (typeof AMOUNT_SERIES)[number];
export const AMOUNT_STYLE: Record<AmountSeries, { color: string; shape: LegendItem['shape'] }> = {
  cumulative: { color: 'var(--aid-cumulative)', shape: 'line' },
  annual: { color: 'var(--aid-annual)', shape: 'diamond' },
};

/** Series of the project count charts: projects with a stated budget are solid, those without are hatched. */
export const COUNT_SERIES = ['withBudget', 'withoutBudget'] as const;
export type CountSeries = (typeof COUNT_SERIES)[number];
export const COUNT_STYLE: Record<CountSeries, { color: string; swatch: string; shape: LegendItem['shape'] }> = {
  withBudget: { color: 'var(--aid-count)', swatch: 'var(--aid-count)', shape: 'square' },
  withoutBudget: {
    color: 'var(--aid-count)',
    swatch: 'repeating-linear-gradient(45deg, var(--aid-count) 0 2px, transparent 2px 5px)',
    shape: 'square',
  },
};

/** Statements chart: one row per statement (value and period, then what it measures, then the mark). */
export const AMOUNT_ROW_HEIGHT = 66;
export const AMOUNT_AXIS_HEIGHT = 32;
export const AMOUNT_MARGIN = { top: 4, right: 16, bottom: 4, left: 8 } as const;
export const amountChartHeight = (rows: number) =>
  Math.max(1, rows) * AMOUNT_ROW_HEIGHT + AMOUNT_AXIS_HEIGHT + AMOUNT_MARGIN.top + AMOUNT_MARGIN.bottom;

/** Count charts: one row per group (its name above a bar, the count at the bar's end). */
export const COUNT_ROW_HEIGHT = 50;
export const COUNT_AXIS_HEIGHT = 32;
export const COUNT_MARGIN = { top: 4, right: 40, bottom: 4, left: 8 } as const;
export const countChartHeight = (rows: number) =>
  Math.max(1, rows) * COUNT_ROW_HEIGHT + COUNT_AXIS_HEIGHT + COUNT_MARGIN.top + COUNT_MARGIN.bottom;
