import type { Sector } from '@/data/schema/common.ts';

/** The reader's selection. An empty sector list means "all sectors". */
export interface ViewFilter {
  sectors: readonly Sector[];
  from: number;
  to: number;
}

/** The years the dashboard covers: the first dated event to the last figure. */
export const YEAR_BOUNDS = { min: 1922, max: 2026 } as const;

/**
 * Turns the URL's `from`/`to` into a valid range: absent or non-numeric → the bounds, out of range → clamped,
 * reversed → swapped. An old or mangled link still opens on a sensible view.
 */
export function normalizeYearRange(
  from: number | null,
  to: number | null,
  bounds: { min: number; max: number } = YEAR_BOUNDS,
) {
  const clamp = (y: number | null, fallback: number) =>
    y === null || !Number.isFinite(y) ? fallback : Math.min(bounds.max, Math.max(bounds.min, Math.trunc(y)));
  const a = clamp(from, bounds.min);
  const b = clamp(to, bounds.max);
  return a <= b ? { from: a, to: b } : { from: b, to: a };
}

/** True when a record belongs to one of the selected sectors (or none is selected). */
export const matchesSectors = (recordSectors: readonly Sector[], selected: readonly Sector[]) =>
  selected.length === 0 || recordSectors.some((s) => selected.includes(s));

/** True when a year falls in the range; an undated record is kept only when the range is the full span. */
export function matchesYears(year: number | undefined, filter: Pick<ViewFilter, 'from' | 'to'>, bounds = YEAR_BOUNDS) {
  if (year === undefined) return filter.from <= bounds.min && filter.to >= bounds.max;
  return year >= filter.from && year <= filter.to;
}

/** Whether the filter narrows anything at all. */
export const isFiltered = (filter: ViewFilter, bounds = YEAR_BOUNDS) =>
  filter.sectors.length > 0 || filter.from > bounds.min || filter.to < bounds.max;

/** Counts records per sector (a record in two sectors counts in both), for the filter's labels. */
export function countBySector(records: readonly { sectors: readonly Sector[] }[]): Map<Sector, number> {
  const counts = new Map<Sector, number>();
  for (const r of records) for (const s of new Set(r.sectors)) counts.set(s, (counts.get(s) ?? 0) + 1);
  return counts;
}
