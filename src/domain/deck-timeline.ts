/**
 * Label rows for the timeline slide. The milestones' names sit in rows above the lanes, each joined to its marker by
 * a vertical leader line that runs down from its row through every row below it. So that no leader crosses a name,
 * a name may sit only where no leader from a row above passes through it: the names are placed from the rightmost
 * marker to the leftmost, each ending at its marker (the years before the milestones are the empty part of the axis)
 * and stepping down a row whenever its row is taken, which gives a staircase whose leaders all pass to the right of
 * the names below them.
 */
export interface LabelSpan {
  id: string;
  /** The marker's position in px. */
  x: number;
  /** The label's width in px. */
  width: number;
}

export interface PlacedLabelRow {
  id: string;
  /** 0 is the top row, farthest from the lanes. */
  row: number;
  /** The label's left edge in px. */
  left: number;
  /** The label's right edge in px. */
  right: number;
  /** Which edge is exact (the text is drawn from it): the one nearest the leaders. */
  anchor: 'start' | 'end';
}

/** Whether a leader at `x` passes through the span, with `clear` px kept free on either side. */
const crosses = (x: number, left: number, right: number, clear: number) => x > left - clear && x < right + clear;

/**
 * Places every label in a row above the lanes (`plotLeft`–`plotRight` wide) so that no two labels of a row overlap
 * (`gap` apart) and no label is crossed by the leader of a label in a row above it (`clear` px to either side).
 * A label whose marker is within `clear` of a leader above it (two events weeks apart) ends that far left of the
 * leader instead of at its marker; one too wide to end at its marker starts there instead.
 */
export function placeLeaderLabels(
  labels: readonly LabelSpan[],
  plotLeft: number,
  plotRight: number,
  { gap = 24, clear = 16 } = {},
) {
  const placed: PlacedLabelRow[] = [];
  const span = (label: LabelSpan, above: readonly { x: number }[]): Omit<PlacedLabelRow, 'id' | 'row'> => {
    const leaders = above.map((p) => p.x);
    // Ending at the marker, moved left past any leader it would cross (only leaders of markers at or right of it).
    let right = Math.min(label.x, plotRight);
    for (const x of [...leaders].sort((a, b) => b - a))
      if (crosses(x, right - label.width, right, clear)) right = x - clear;
    if (right - label.width >= plotLeft) return { left: right - label.width, right, anchor: 'end' };
    // Too near the left edge: starting at the marker (kept inside the plot).
    const left = Math.max(plotLeft, Math.min(label.x, plotRight - label.width));
    return { left, right: left + label.width, anchor: 'start' };
  };
  const withX = new Map<string, number>();
  for (const label of [...labels].sort((a, b) => b.x - a.x)) {
    const last = placed.length ? placed[placed.length - 1]!.row : -1;
    const above = (row: number) => placed.filter((p) => p.row < row).map((p) => ({ ...p, x: withX.get(p.id)! }));
    let row = last;
    let at = row >= 0 ? span(label, above(row)) : undefined;
    const fits =
      at &&
      placed.every((p) => p.row !== row || at!.right + gap <= p.left || at!.left >= p.right + gap) &&
      above(row).every((p) => !crosses(p.x, at!.left, at!.right, clear));
    if (!fits) {
      row = last + 1;
      at = span(label, above(row));
    }
    placed.push({ id: label.id, row, ...at! });
    withX.set(label.id, label.x);
  }
  return { placed, rows: placed.length ? placed[placed.length - 1]!.row + 1 : 0 };
}

/** Portrait: every label on its own row from the left edge, in order; the leaders start under the whole list. */
export function stackLabelRows(labels: readonly LabelSpan[], plotLeft: number) {
  const placed: PlacedLabelRow[] = labels.map((label, row) => ({
    id: label.id,
    row,
    left: plotLeft,
    right: plotLeft + label.width,
    anchor: 'start',
  }));
  return { placed, rows: placed.length };
}
