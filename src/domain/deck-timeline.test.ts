import { describe, expect, it } from 'vitest';
import { placeLabelRows } from './deck-timeline.ts';

describe('placeLabelRows', () => {
  it('keeps labels that do not overlap on one row', () => {
    const { placed, rows } = placeLabelRows(
      [
        { id: 'a', x: 0, width: 100 },
        { id: 'b', x: 200, width: 100 },
      ],
      0,
      1000,
    );
    expect(rows).toBe(1);
    expect(placed.map((p) => p.row)).toEqual([0, 0]);
  });
  it('moves an overlapping label to the next free row and reuses freed rows', () => {
    const { placed, rows } = placeLabelRows(
      [
        { id: 'a', x: 0, width: 300 },
        { id: 'b', x: 100, width: 300 },
        { id: 'c', x: 500, width: 100 },
      ],
      0,
      1000,
    );
    expect(rows).toBe(2);
    expect(Object.fromEntries(placed.map((p) => [p.id, p.row]))).toEqual({ a: 0, b: 1, c: 0 });
  });
  it('ends a label at its marker near the right edge', () => {
    const { placed } = placeLabelRows([{ id: 'a', x: 950, width: 200 }], 0, 1000);
    expect(placed[0]).toMatchObject({ anchor: 'end', left: 750 });
  });
});
