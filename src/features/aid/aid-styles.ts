import type { LegendItem } from '@/components/legend.tsx';
import type { CountSeries } from '@/domain/aid-count-view.ts';

/** Series of the statements chart: a cumulative total is a range bar, a yearly figure a diamond. */
export const AMOUNT_SERIES = ['cumulative', 'annual'] as const;
export type AmountSeries = (typeof AMOUNT_SERIES)[number];
export const AMOUNT_STYLE: Record<AmountSeries, { color: string; shape: LegendItem['shape'] }> = {
  cumulative: { color: 'var(--aid-cumulative)', shape: 'line' },
  annual: { color: 'var(--aid-annual)', shape: 'diamond' },
};

/** Series of the project count charts (domain/aid-count-view.ts): with a stated budget solid, without hatched. */
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
