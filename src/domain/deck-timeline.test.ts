import { describe, expect, it } from 'vitest';
import { placeLeaderLabels, stackLabelRows, type LabelSpan, type PlacedLabelRow } from './deck-timeline.ts';

/** Every leader (a vertical line at its marker, from below its own row down to the lanes) that crosses a label. */
function crossings(labels: readonly LabelSpan[], placed: readonly PlacedLabelRow[]) {
  const out: string[] = [];
  for (const leader of placed) {
    const x = labels.find((l) => l.id === leader.id)!.x;
    for (const p of placed)
      if (p.row > leader.row && x > p.left && x < p.right) out.push(`${leader.id}'s leader crosses ${p.id}`);
  }
  return out;
}
const overlaps = (placed: readonly PlacedLabelRow[]) =>
  placed.flatMap((a) =>
    placed
      .filter((b) => a.id < b.id && a.row === b.row && a.left < b.right && b.left < a.right)
      .map((b) => a.id + b.id),
  );

describe('placeLeaderLabels', () => {
  it('keeps labels that neither overlap nor sit under a leader on one row', () => {
    const labels = [
      { id: 'a', x: 300, width: 100 },
      { id: 'b', x: 700, width: 100 },
    ];
    const { placed, rows } = placeLeaderLabels(labels, 0, 1000);
    expect(rows).toBe(1);
    expect(placed.map((p) => [p.id, p.row, p.left, p.right])).toEqual([
      ['b', 0, 600, 700],
      ['a', 0, 200, 300],
    ]);
  });
  it('steps down from the right so that no leader crosses a label below it (the deck milestones, es)', () => {
    // The markers of the six milestones on the 1760-wide slide and their names' widths at 28 px.
    const labels = [
      { id: '1963', x: 861, width: 800 },
      { id: '2011a', x: 1520, width: 480 },
      { id: '2011b', x: 1526, width: 500 },
      { id: '2012', x: 1533, width: 540 },
      { id: '2023', x: 1686, width: 590 },
      { id: '2024', x: 1700, width: 600 },
    ];
    const { placed, rows } = placeLeaderLabels(labels, 0, 1760);
    expect(crossings(labels, placed)).toEqual([]);
    expect(overlaps(placed)).toEqual([]);
    expect(rows).toBeLessThanOrEqual(6);
    // A label ends at its marker, or just left of a leader a few px right of it (events weeks apart).
    for (const p of placed) {
      const x = labels.find((l) => l.id === p.id)!.x;
      expect(p.anchor).toBe('end');
      expect(x - p.right).toBeGreaterThanOrEqual(0);
      expect(x - p.right).toBeLessThanOrEqual(16);
      expect(p.right - p.left).toBe(labels.find((l) => l.id === p.id)!.width);
    }
  });
  it('starts a label at its marker when ending there would pass the left edge', () => {
    const { placed } = placeLeaderLabels([{ id: 'a', x: 50, width: 200 }], 0, 1000);
    expect(placed[0]).toMatchObject({ anchor: 'start', left: 50, right: 250 });
  });
  it('never lets a leader cross a label, whatever the markers', () => {
    // Deterministic pseudo-random markers, clustered as milestones are.
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let run = 0; run < 200; run++) {
      const labels = Array.from({ length: 2 + Math.floor(random() * 7) }, (_, i) => ({
        id: String(i),
        x: 900 + random() * 800,
        width: 150 + random() * 600,
      }));
      const { placed } = placeLeaderLabels(labels, 0, 1760);
      expect(crossings(labels, placed)).toEqual([]);
      expect(overlaps(placed)).toEqual([]);
    }
  });
});

describe('stackLabelRows', () => {
  it('gives every label its own row from the left edge, in order', () => {
    const { placed, rows } = stackLabelRows(
      [
        { id: 'a', x: 0, width: 300 },
        { id: 'b', x: 0, width: 100 },
      ],
      0,
    );
    expect(rows).toBe(2);
    expect(placed).toEqual([
      { id: 'a', row: 0, left: 0, right: 300, anchor: 'start' },
      { id: 'b', row: 1, left: 0, right: 100, anchor: 'start' },
    ]);
  });
});
