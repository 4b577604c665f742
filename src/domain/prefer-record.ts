import type { Qualifiers } from '@/data/schema/common.ts';

/**
 * Orders statements of the same thing from most to least precise: exact before approximate, a point value before
 * a lower bound, a printed year before an inferred one, full year before partial. Stable: the dataset's order breaks ties.
 * Used only to choose which figure a headline card leads with; the others stay visible beside it.
 */
export function byPrecision<T extends { qualifiers: Qualifiers }>(records: readonly T[]): T[] {
  const weight = (q: Qualifiers) =>
    (q.approximate ? 1 : 0) +
    (q.lowerBound ? 2 : 0) +
    (q.yearInferred ? 1 : 0) +
    (q.partialYear ? 4 : 0) +
    (q.notVerified ? 1 : 0);
  return records
    .map((record, index) => ({ record, index }))
    .sort((a, b) => weight(a.record.qualifiers) - weight(b.record.qualifiers) || a.index - b.index)
    .map(({ record }) => record);
}

/** True for records that may be charted or quoted as figures. */
export const isUsable = (r: { qualifiers: Qualifiers }) => r.qualifiers.unusable !== true;
