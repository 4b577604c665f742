import type { Sector } from '@/data/schema/common.ts';
import type { ProductRecord } from '@/data/schema/products.ts';
import { PRODUCT_GROUPS } from '@/data/vocabulary.ts';
import { matchesSectors, matchesYears, type ViewFilter } from './filters.ts';
import { isUsable } from './prefer-record.ts';
import { conflictNotes, niceScale, type ConflictNote, type NiceScale } from './trade-flows.ts';
import type { YearRange } from './trade-series.ts';

export type ProductGroup = (typeof PRODUCT_GROUPS)[number];

/** True when the figure covers only some months of its year. */
export const isPartialYear = (r: ProductRecord) => r.qualifiers.partialYear !== undefined;

/**
 * Figures that describe a whole category rather than one product: the traditional / non-traditional split, and agro or
 * fishery totals ("Agricultural exports", "Fishery exports", "Fruit", "Fruits and vegetables"). They are shown apart
 * from single products so that a total never stands in a row of its own parts.
 */
export function isCategoryFigure(r: ProductRecord): boolean {
  if (r.group === 'traditional' || r.group === 'non-traditional' || r.group === 'total') return true;
  const name = r.product.en.trim();
  return /\bexports\b/i.test(name) || /^fruits?\b/i.test(name);
}

/**
 * Which figures are of the same product, across years and sources. The dataset writes "Agricultural exports" and
 * "Agricultural exports (total)" for the same thing; other differences ("Mango", "Fresh mango", "Frozen mango") are
 * kept apart because the sources measure different things.
 */
export const productFamily = (r: ProductRecord) =>
  r.product.en
    .trim()
    .toLowerCase()
    .replace(/\s*\(total\)$/, '');

/** Within a product: by year, the full year before a part of it, shorter windows first. */
function byPeriod(a: ProductRecord, b: ProductRecord): number {
  const pa = a.qualifiers.partialYear;
  const pb = b.qualifiers.partialYear;
  const span = (p: typeof pa) => (p ? p.toMonth - p.fromMonth + 1 : 12);
  return a.year - b.year || (pa ? 1 : 0) - (pb ? 1 : 0) || span(pa) - span(pb);
}

/** One published value, as one bar. */
export interface ValueBar {
  id: string;
  family: string;
  /** The first row of its product (the label names the product there). */
  firstOfFamily: boolean;
  valueUsdM: number;
  partial: boolean;
  record: ProductRecord;
}

/** One published share, as one bar on a 0–100 scale; `record.shareOf` says of what. */
export interface ShareBar {
  id: string;
  sharePct: number;
  partial: boolean;
  record: ProductRecord;
}

const GROUP_ORDER: readonly ProductGroup[] = [
  'agro',
  'fishery',
  'traditional',
  'non-traditional',
  'mineral',
  'manufactured',
  'other',
  'total',
];

/** Category figures lead with the traditional / non-traditional split, then the agro and fishery totals: the
 * vocabulary's own order. */
const CATEGORY_ORDER: readonly ProductGroup[] = PRODUCT_GROUPS;

/**
 * Value bars grouped by product: groups in `order`, products by their largest published figure (largest first),
 * figures of one product by period. Only usable records with a value.
 */
export function valueBars(records: readonly ProductRecord[], order: readonly ProductGroup[] = GROUP_ORDER): ValueBar[] {
  const withValue = records.filter((r) => isUsable(r) && r.valueUsdM !== undefined);
  const families = new Map<string, ProductRecord[]>();
  for (const r of withValue) families.set(productFamily(r), [...(families.get(productFamily(r)) ?? []), r]);
  const largest = (list: ProductRecord[]) => Math.max(...list.map((r) => r.valueUsdM!));
  const ordered = [...families.entries()].sort(
    ([, a], [, b]) => order.indexOf(a[0]!.group) - order.indexOf(b[0]!.group) || largest(b) - largest(a),
  );
  return ordered.flatMap(([family, list]) =>
    [...list].sort(byPeriod).map((record, i) => ({
      id: record.id,
      family,
      firstOfFamily: i === 0,
      valueUsdM: record.valueUsdM!,
      partial: isPartialYear(record),
      record,
    })),
  );
}

/** Share bars, by year then group; only usable records with a share. */
export function shareBars(records: readonly ProductRecord[]): ShareBar[] {
  return records
    .filter((r) => isUsable(r) && r.sharePct !== undefined)
    .sort((a, b) => a.year - b.year || GROUP_ORDER.indexOf(a.group) - GROUP_ORDER.indexOf(b.group) || byPeriod(a, b))
    .map((record) => ({ id: record.id, sharePct: record.sharePct!, partial: isPartialYear(record), record }));
}

export interface ProductsView {
  /** Single agro and fishery products (mango, coffee, giant squid…), in US$. */
  items: ValueBar[];
  /** Category figures (traditional, non-traditional, agro and fishery totals), in US$. */
  categories: ValueBar[];
  /** Shares (minerals, composition of non-traditional exports, fruit), in percent of the base each names. */
  shares: ShareBar[];
  /** Groups that have a bar, for the legend. */
  groups: ProductGroup[];
  /** Every export record in the filter, charted or not: the table and CSV. Unusable ones are listed, never charted. */
  records: ProductRecord[];
  conflicts: ConflictNote[];
  sourceIds: string[];
}

const sortForTable = (a: ProductRecord, b: ProductRecord) =>
  a.year - b.year || GROUP_ORDER.indexOf(a.group) - GROUP_ORDER.indexOf(b.group) || byPeriod(a, b);

const inFilter = (records: readonly ProductRecord[], filter: ViewFilter, direction: ProductRecord['direction']) =>
  records
    .filter(
      (r) => r.direction === direction && matchesSectors(r.sectors, filter.sectors) && matchesYears(r.year, filter),
    )
    .sort(sortForTable);

/** True when any product record (either direction) belongs to the selected sectors. */
export const productsMatchSectors = (records: readonly ProductRecord[], sectors: readonly Sector[]) =>
  records.some((r) => matchesSectors(r.sectors, sectors));

/** What Peru sells to Korea, for the reader's filter. Undefined when no export record is in the filter. */
export function selectProductsView(records: readonly ProductRecord[], filter: ViewFilter): ProductsView | undefined {
  const exports = inFilter(records, filter, 'exports_pe_to_kr');
  if (exports.length === 0) return undefined;
  const items = valueBars(exports.filter((r) => !isCategoryFigure(r)));
  const categories = valueBars(exports.filter(isCategoryFigure), CATEGORY_ORDER);
  const shares = shareBars(exports);
  const charted = [...items, ...categories, ...shares].map((b) => b.record);
  const groups = GROUP_ORDER.filter((g) => charted.some((r) => r.group === g));
  return {
    items,
    categories,
    shares,
    groups,
    records: exports,
    conflicts: conflictNotes(exports.filter(isUsable)),
    sourceIds: [...new Set(exports.flatMap((r) => r.sourceIds))],
  };
}

/** One point of Korea's share in a Peruvian import market. */
export interface SharePoint {
  year: number;
  sharePct: number;
  partial: boolean;
  record: ProductRecord;
}

/** Korea's share of one import market (cars, colour TVs…), by year. */
export interface ShareSeries {
  family: string;
  points: SharePoint[];
}

export interface KoreaShareView {
  series: ShareSeries[];
  /** Every import record in the filter, charted or not. */
  records: ProductRecord[];
  span: YearRange;
  scale: NiceScale;
  conflicts: ConflictNote[];
  sourceIds: string[];
}

/**
 * Korea's market share in Peru's imports by product and year, as published (percent of the base each names). One series
 * per product; a year without a figure has no point. Undefined when no usable share is in the filter.
 */
export function selectKoreaShareView(
  records: readonly ProductRecord[],
  filter: ViewFilter,
): KoreaShareView | undefined {
  const imports = inFilter(records, filter, 'imports_pe_from_kr');
  const charted = imports.filter((r) => isUsable(r) && r.sharePct !== undefined);
  if (charted.length === 0) return undefined;
  const families = new Map<string, SharePoint[]>();
  for (const record of [...charted].sort((a, b) => a.year - b.year || byPeriod(a, b))) {
    const point = { year: record.year, sharePct: record.sharePct!, partial: isPartialYear(record), record };
    families.set(productFamily(record), [...(families.get(productFamily(record)) ?? []), point]);
  }
  const series = [...families.entries()]
    .map(([family, points]) => ({ family, points }))
    .sort((a, b) => b.points.length - a.points.length || a.points[0]!.year - b.points[0]!.year);
  const years = charted.map((r) => r.year);
  return {
    series,
    records: imports,
    span: { from: Math.min(...years), to: Math.max(...years) },
    scale: niceScale(charted.map((r) => r.sharePct!)),
    conflicts: conflictNotes(charted),
    sourceIds: [...new Set(imports.flatMap((r) => r.sourceIds))],
  };
}
