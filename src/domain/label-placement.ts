/** A value label centred on its marker, above it unless placed below. */
export interface MarkerLabel {
  /** The marker's centre, in pixels. */
  x: number;
  y: number;
  /** The label's estimated width, in pixels. */
  width: number;
  row: 'above' | 'below';
}

/** Where the label's baseline sits from the marker's centre in each row, and its font size (px). */
export interface LabelGeometry {
  above: number;
  below: number;
  fontSize: number;
}

/**
 * Chooses, left to right, above or below each marker for its value label so no two labels overlap on a narrow
 * screen: a label keeps its row when it fits there, else takes the other one when that fits. One that fits in neither
 * keeps its row: the reader still has the tooltip and the table.
 */
export function placeMarkerLabels(
  labels: readonly MarkerLabel[],
  { above, below, fontSize }: LabelGeometry,
  gap = 2,
): MarkerLabel['row'][] {
  type Box = { left: number; right: number; top: number; bottom: number };
  const boxOf = ({ x, y, width }: MarkerLabel, row: MarkerLabel['row']): Box => {
    const baseline = y + (row === 'above' ? above : below);
    return { left: x - width / 2, right: x + width / 2, top: baseline - fontSize, bottom: baseline + fontSize * 0.25 };
  };
  const clashes = (a: Box, b: Box) =>
    a.left < b.right + gap && b.left < a.right + gap && a.top < b.bottom && b.top < a.bottom;
  const placed: Box[] = [];
  const rows = labels.map((l) => l.row);
  const order = labels.map((_, i) => i).sort((a, b) => labels[a]!.x - labels[b]!.x);
  for (const i of order) {
    const label = labels[i]!;
    const other = label.row === 'above' ? 'below' : 'above';
    const free = (row: MarkerLabel['row']) => !placed.some((box) => clashes(box, boxOf(label, row)));
    const row = free(label.row) ? label.row : free(other) ? other : label.row;
    rows[i] = row;
    placed.push(boxOf(label, row));
  }
  return rows;
}
