import type { Reporter } from '@/data/schema/common.ts';
import type { CoverageCell, TradeCoverage } from './coverage.ts';

/* What the coverage grid draws: one cell per year × reporting side, its size and tint, the axes' arrangement. */

/** Years across (wide screens) or years down (phones), so every cell stays big enough to read its count. */
export type CoverageLayout = 'wide' | 'tall';

/** The grid's fixed height: three rows across, or one row of 30 px per year down. */
export const coverageChartHeight = (layout: CoverageLayout, years: number) =>
  layout === 'wide' ? 236 : 48 + years * 30;

/** A cell as the chart's two category axes place it: its year and its side's name, as written on the axes. */
export interface CoveragePoint {
  year: string;
  side: string;
  cell: CoverageCell;
}

export interface CoverageChartView {
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  /** Columns and rows of the grid (years × sides across, sides × years down). */
  cols: number;
  rows: number;
  /** One series per side shown, in the order given: its cells, gaps included. */
  series: { reporter: Reporter; points: CoveragePoint[] }[];
  /** What each axis lists: across, years along the bottom and sides down the left; down, the reverse (sides on top). */
  x: { key: 'year' | 'side'; orientation: 'bottom' | 'top'; ofYears: boolean };
  y: { key: 'year' | 'side'; width: number; ofYears: boolean };
}

/** The coverage grid of the sides shown, with each side named by `sideName`. */
export function coverageChartView(
  coverage: TradeCoverage,
  reporters: readonly Reporter[],
  layout: CoverageLayout,
  sideName: (reporter: Reporter) => string,
): CoverageChartView {
  const wide = layout === 'wide';
  return {
    height: coverageChartHeight(layout, coverage.years.length),
    margin: wide ? { top: 8, right: 8, bottom: 4, left: 4 } : { top: 4, right: 4, bottom: 4, left: 0 },
    cols: wide ? coverage.years.length : reporters.length,
    rows: wide ? reporters.length : coverage.years.length,
    series: reporters.map((reporter) => ({
      reporter,
      points: coverage.cells
        .filter((c) => c.reporter === reporter)
        .map((cell) => ({ year: String(cell.year), side: sideName(reporter), cell })),
    })),
    x: wide
      ? { key: 'year', orientation: 'bottom', ofYears: true }
      : { key: 'side', orientation: 'top', ofYears: false },
    y: wide ? { key: 'side', width: 104, ofYears: false } : { key: 'year', width: 44, ofYears: true },
  };
}

/** Tinted by how many figures a cell holds (percent of the side's colour); the count is written in the cell too. */
const TINT = [0, 22, 36, 50];
const MAX_CELL_HEIGHT = 58;

export interface HeatCellLayout {
  x: number;
  y: number;
  width: number;
  height: number;
  /** How many figures the cell holds; 0 is a gap (hatched, no count, never a zero). */
  count: number;
  /** Percent of the side's colour in the fill. */
  tint: number;
  /** The side's marker, when the cell is wide enough for it beside the count: its centre and radius. */
  marker?: { x: number; r: number };
  /** Where the count is written. */
  textX: number;
}

/** One cell centred on (cx, cy) in a plot of `plot` px holding `cols` × `rows` cells, 3 px apart. */
export function heatCellLayout(
  cx: number,
  cy: number,
  plot: { width: number; height: number },
  grid: { cols: number; rows: number },
  count: number,
): HeatCellLayout {
  const width = Math.max(8, plot.width / Math.max(1, grid.cols) - 3);
  const height = Math.max(8, Math.min(MAX_CELL_HEIGHT, plot.height / Math.max(1, grid.rows) - 3));
  const r = Math.min(5, height / 5, width / 7);
  const withMarker = count > 0 && width >= 26;
  return {
    x: cx - width / 2,
    y: cy - height / 2,
    width,
    height,
    count,
    tint: TINT[Math.min(count, TINT.length - 1)]!,
    marker: withMarker ? { x: cx - r - 3, r } : undefined,
    textX: withMarker ? cx + r + 1 : cx,
  };
}
