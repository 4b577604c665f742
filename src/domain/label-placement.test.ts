import { describe, expect, it } from 'vitest';
import { placeMarkerLabels } from './label-placement.ts';

const geometry = { above: -12, below: 22, fontSize: 13 };

describe('placeMarkerLabels', () => {
  const above = (x: number, y = 100) => ({ x, y, width: 40, row: 'above' as const });
  const below = (x: number, y = 100) => ({ x, y, width: 40, row: 'below' as const });
  it.each([
    ['keeps labels that stand apart in their rows', [above(0), above(100)], ['above', 'above']],
    [
      'moves a label that would run into its left neighbour to the other side, whatever the input order',
      [above(130), above(100), above(180)],
      ['below', 'above', 'above'],
    ],
    [
      'sees a clash between a label below a higher marker and one above a lower marker',
      [above(100, 120), below(130, 80)],
      ['above', 'above'],
    ],
    [
      'leaves a label in its row when both rows are taken',
      [above(100), below(100), above(110)],
      ['above', 'below', 'above'],
    ],
  ])('%s', (_, labels, rows) => {
    expect(placeMarkerLabels(labels, geometry)).toEqual(rows);
  });
});
