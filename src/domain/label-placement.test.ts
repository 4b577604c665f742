import { describe, expect, it } from 'vitest';
import { placeMarkerLabels } from './label-placement.ts';

const geometry = { above: -12, below: 22, fontSize: 13 };

describe('placeMarkerLabels', () => {
  it('keeps labels that stand apart in their rows', () => {
    const labels = [
      { x: 0, y: 100, width: 40, row: 'above' as const },
      { x: 100, y: 100, width: 40, row: 'above' as const },
    ];
    expect(placeMarkerLabels(labels, geometry)).toEqual(['above', 'above']);
  });
  it('moves a label that would run into its left neighbour to the other side, whatever the input order', () => {
    const labels = [
      { x: 130, y: 100, width: 40, row: 'above' as const },
      { x: 100, y: 100, width: 40, row: 'above' as const },
      { x: 180, y: 100, width: 40, row: 'above' as const },
    ];
    expect(placeMarkerLabels(labels, geometry)).toEqual(['below', 'above', 'above']);
  });
  it('sees a clash between a label below a higher marker and one above a lower marker', () => {
    const labels = [
      { x: 100, y: 120, width: 40, row: 'above' as const },
      { x: 130, y: 80, width: 40, row: 'below' as const },
    ];
    expect(placeMarkerLabels(labels, geometry)).toEqual(['above', 'above']);
  });
  it('leaves a label in its row when both rows are taken', () => {
    const labels = [
      { x: 100, y: 100, width: 40, row: 'above' as const },
      { x: 100, y: 100, width: 40, row: 'below' as const },
      { x: 110, y: 100, width: 40, row: 'above' as const },
    ];
    expect(placeMarkerLabels(labels, geometry)).toEqual(['above', 'below', 'above']);
  });
});
