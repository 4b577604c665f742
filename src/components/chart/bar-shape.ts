/**
 * What Recharts hands a custom bar `shape`: the bar's box, its row (`payload`) and the row's full-width background,
 * all optional because Recharts types them so.
 */
export interface BarShapeProps<Row> {
  x?: number;
  y?: number;
  width?: number;
  payload?: Row;
  background?: { x?: number | null; width?: number | null };
}
