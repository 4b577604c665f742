/** Label rows for the timeline slide: each milestone's label goes to the first row where it overlaps no other. */
export interface LabelSpan {
  id: string;
  /** The marker's position in px. */
  x: number;
  /** The label's width in px. */
  width: number;
}

export interface PlacedLabelRow {
  id: string;
  row: number;
  /** The label's left edge in px (it starts at its marker, or ends at it when it would pass the right edge). */
  left: number;
  anchor: 'start' | 'end';
}

export function placeLabelRows(labels: readonly LabelSpan[], plotLeft: number, plotRight: number, gap = 24) {
  const rowEnds: number[] = [];
  const placed: PlacedLabelRow[] = [];
  for (const label of [...labels].sort((a, b) => a.x - b.x)) {
    const anchor = label.x + label.width <= plotRight ? 'start' : 'end';
    const left = Math.max(plotLeft, anchor === 'start' ? label.x : label.x - label.width);
    let row = rowEnds.findIndex((end) => end + gap <= left);
    if (row === -1) row = rowEnds.length;
    rowEnds[row] = left + label.width;
    placed.push({ id: label.id, row, left, anchor });
  }
  return { placed, rows: rowEnds.length };
}
