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

/** Every sector that some record carries, over one or more lists of records. */
export function sectorsCarried(...lists: readonly (readonly { sectors: readonly Sector[] }[])[]): Set<Sector> {
  const carried = new Set<Sector>();
  for (const list of lists) for (const record of list) for (const sector of record.sectors) carried.add(sector);
  return carried;
}

/**
 * The part of a filter that decides which of some records show: the years, and those selected sectors that a record
 * carries ("*" when none is selected, which shows every sector). Two filters with the same scope show the same
 * records, so a view of them need not be computed again when the reader toggles a sector these records lack.
 */
export function filterScope(filter: ViewFilter, carried: ReadonlySet<Sector>): string {
  const sectors = filter.sectors.length === 0 ? '*' : filter.sectors.filter((s) => carried.has(s)).join(',');
  return `${sectors}|${filter.from}|${filter.to}`;
}

/** How many filter scopes a view remembers per data file: a reader goes back and forth between a few selections. */
const REMEMBERED_SCOPES = 8;

/**
 * A view of a data file under the filter, remembered per file and filter scope. A sector the file's records lack, or a
 * return to a selection seen a moment ago (all sectors again, after one), gives back the very same view object: no
 * computing, and nothing downstream draws again. `carried` names the records whose sectors the view filters by.
 */
export function viewByScope<File extends object, View>(
  view: (file: File, filter: ViewFilter) => View,
  carried: (file: File) => ReadonlySet<Sector>,
): (file: File, filter: ViewFilter) => View {
  const memo = new WeakMap<File, { sectors: ReadonlySet<Sector>; views: Map<string, View> }>();
  return (file, filter) => {
    let entry = memo.get(file);
    if (!entry) {
      entry = { sectors: carried(file), views: new Map() };
      memo.set(file, entry);
    }
    const scope = filterScope(filter, entry.sectors);
    const known = entry.views.get(scope);
    if (known !== undefined) {
      // Most recently used last, so the oldest is the one to forget.
      entry.views.delete(scope);
      entry.views.set(scope, known);
      return known;
    }
    const computed = view(file, filter);
    entry.views.set(scope, computed);
    if (entry.views.size > REMEMBERED_SCOPES) entry.views.delete(entry.views.keys().next().value!);
    return computed;
  };
}
