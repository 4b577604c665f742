import type { LegendItem } from '@/components/legend.tsx';

export type SeriesShape = LegendItem['shape'];

/**
 * Colours and marker shapes for series that are not reporting sides (products, rank scopes), in order of use. The
 * colours are Okabe–Ito hues held in CSS variables (flows-detail.css), adjusted per theme for contrast; the shapes
 * are those the shared legend can draw, so the chart and its legend always match.
 */
export const SERIES_STYLE: readonly { color: string; shape: SeriesShape }[] = [
  { color: 'var(--td-series-1)', shape: 'circle' },
  { color: 'var(--td-series-2)', shape: 'diamond' },
  { color: 'var(--td-series-3)', shape: 'triangle' },
  { color: 'var(--td-series-4)', shape: 'square' },
  { color: 'var(--td-series-5)', shape: 'line' },
];

export const seriesStyle = (index: number) => SERIES_STYLE[index % SERIES_STYLE.length]!;
