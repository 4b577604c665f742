import type { AidProject } from '@/data/schema/aid.ts';
import type { Sector } from '@/data/schema/common.ts';
import type { ProductRecord } from '@/data/schema/products.ts';
import type { TimelineEvent } from '@/data/schema/timeline.ts';
import { countBySector } from './filters.ts';
import { isUsable } from './prefer-record.ts';

const fullYear = (r: ProductRecord) => isUsable(r) && !r.qualifiers.partialYear;
const isItem = (r: ProductRecord) => r.group === 'agro' || r.group === 'fishery';
const isTotal = (r: ProductRecord) => /total/i.test(r.product.en);

/**
 * What Peru sells: the product values of the latest year that has at least two full-year figures for single
 * agricultural or fishery products (so that the bars compare like with like), largest first.
 */
export function latestExportItems(products: readonly ProductRecord[]): ProductRecord[] {
  const items = products.filter(
    (r) => r.direction === 'exports_pe_to_kr' && fullYear(r) && isItem(r) && !isTotal(r) && r.valueUsdM !== undefined,
  );
  const years = [...new Set(items.map((r) => r.year))].sort((a, b) => b - a);
  const year = years.find((y) => items.filter((r) => r.year === y).length >= 2);
  return year === undefined ? [] : items.filter((r) => r.year === year).sort((a, b) => b.valueUsdM! - a.valueUsdM!);
}

/** What Peru buys: Korea's latest full-year share of Peru's imports for each product (cars, TVs, chemicals…). */
export function latestKoreaShares(products: readonly ProductRecord[]): ProductRecord[] {
  const shares = products.filter(
    (r) => r.direction === 'imports_pe_from_kr' && fullYear(r) && r.sharePct !== undefined,
  );
  const latest = new Map<string, ProductRecord>();
  for (const r of shares) {
    const seen = latest.get(r.product.en);
    if (!seen || r.year > seen.year) latest.set(r.product.en, r);
  }
  return [...latest.values()].sort((a, b) => b.sharePct! - a.sharePct!);
}

/** The latest full-year share of minerals in Peru's exports to Korea. */
export function latestMineralShare(products: readonly ProductRecord[]): ProductRecord | undefined {
  return products
    .filter(
      (r) => r.direction === 'exports_pe_to_kr' && r.group === 'mineral' && fullYear(r) && r.sharePct !== undefined,
    )
    .sort((a, b) => b.year - a.year || b.sharePct! - a.sharePct!)[0];
}

/** How many aid projects each sector has (a project in two sectors counts in both), the "aid" umbrella left out. */
export function aidProjectsBySector(projects: readonly AidProject[]): { sector: Sector; projects: number }[] {
  return [...countBySector(projects)]
    .filter(([sector]) => sector !== 'aid')
    .map(([sector, n]) => ({ sector, projects: n }))
    .sort((a, b) => b.projects - a.projects);
}

/** The timeline's milestones in date order. */
export const milestoneEvents = (events: readonly TimelineEvent[]) =>
  events.filter((e) => e.milestone).sort((a, b) => a.date.localeCompare(b.date));

/**
 * The aid projects on record in each of `sectors`, in that order, with the first year any of them started (undefined
 * when none states one): a project in two of the sectors counts in both.
 */
export function aidProjectsIn(
  projects: readonly AidProject[],
  sectors: readonly Sector[],
): { sector: Sector; projects: AidProject[]; firstYear: number | undefined }[] {
  return sectors.map((sector) => {
    const inSector = projects.filter((p) => p.sectors.includes(sector));
    const years = inSector.flatMap((p) => (p.startYear === undefined ? [] : [p.startYear]));
    return { sector, projects: inSector, firstYear: years.length > 0 ? Math.min(...years) : undefined };
  });
}
