import type { AidProject } from '@/data/schema/aid.ts';
import type { Sector } from '@/data/schema/common.ts';
import type { InvestmentProject } from '@/data/schema/investment.ts';
import { NATIONAL, REGION_CODES, type PlaceCode, type RegionCode } from '@/data/regions.ts';
import { filterProjects, regionKeys, type PeruRegion } from './aid-projects.ts';
import { isAidProject } from './aid-records.ts';
import { matchesSectors, matchesYears, type ViewFilter } from './filters.ts';

/** The aid section's region keys (place names without accents) and their UBIGEO codes. */
export const REGION_KEY_CODES: Record<PeruRegion, RegionCode> = {
  amazonas: '01',
  ancash: '02',
  apurimac: '03',
  arequipa: '04',
  ayacucho: '05',
  cajamarca: '06',
  callao: '07',
  cusco: '08',
  huancavelica: '09',
  huanuco: '10',
  ica: '11',
  junin: '12',
  laLibertad: '13',
  lambayeque: '14',
  lima: '15',
  loreto: '16',
  madreDeDios: '17',
  moquegua: '18',
  pasco: '19',
  piura: '20',
  puno: '21',
  sanMartin: '22',
  tacna: '23',
  tumbes: '24',
  ucayali: '25',
};

/**
 * The codes a project's place text names, the rule the dataset's `regionCodes` follow: "Lima Norte (Comas); Callao"
 * → 15, 07; "national (INDECI)" → national; a place name that is no region adds nothing (unknown stays unmapped).
 * A nation-wide place stands alone: a text naming both is national.
 */
export function placeCodesFromText(place: string): PlaceCode[] {
  const keys = regionKeys(place);
  if (keys.includes('national')) return [NATIONAL];
  return keys.flatMap((k) => (k in REGION_KEY_CODES ? [REGION_KEY_CODES[k as PeruRegion]] : []));
}

/** The aid projects of one region (or the national group): what the map draws and lists. */
export interface RegionGroup {
  code: PlaceCode;
  projects: AidProject[];
  /** The projects' sectors other than `aid`, in the dataset's sector order, each once. */
  sectors: Sector[];
}

export interface AidMapView {
  /** Regions with at least one aid project, by code. */
  regions: Map<RegionCode, RegionGroup>;
  /** Nation-wide projects: listed apart, never spread over the regions. */
  national: RegionGroup;
  /** Projects whose place is not known: listed as unmapped. */
  unmapped: AidProject[];
  /** The most projects in one region (0 when none). */
  max: number;
}

const groupSectors = (projects: readonly AidProject[], order: readonly Sector[]) => {
  const carried = new Set<Sector>(projects.flatMap((p) => p.sectors.filter((s) => s !== 'aid')));
  return order.filter((s) => carried.has(s));
};

/**
 * Aid projects (reference records that are not aid are left out, as in the section's counts) of the selected
 * sectors and years, per region: a project in two regions counts in both; national and unknown places apart.
 */
export function aidMapView(projects: readonly AidProject[], filter: ViewFilter, order: readonly Sector[]): AidMapView {
  const shown = filterProjects(projects, filter).filter(isAidProject);
  const byRegion = new Map<RegionCode, AidProject[]>();
  const national: AidProject[] = [];
  const unmapped: AidProject[] = [];
  for (const p of shown) {
    if (p.regionCodes.length === 0) unmapped.push(p);
    for (const code of p.regionCodes) {
      if (code === NATIONAL) national.push(p);
      else byRegion.set(code, [...(byRegion.get(code) ?? []), p]);
    }
  }
  const regions = new Map<RegionCode, RegionGroup>();
  for (const code of REGION_CODES) {
    const list = byRegion.get(code);
    if (list) regions.set(code, { code, projects: list, sectors: groupSectors(list, order) });
  }
  const max = Math.max(0, ...[...regions.values()].map((r) => r.projects.length));
  return {
    regions,
    national: { code: NATIONAL, projects: national, sectors: groupSectors(national, order) },
    unmapped,
    max,
  };
}

/** Investment and contract records of the selected sectors and years that name a region, per region. */
export function investmentByRegion(
  projects: readonly InvestmentProject[],
  filter: ViewFilter,
): Map<RegionCode, InvestmentProject[]> {
  const byRegion = new Map<RegionCode, InvestmentProject[]>();
  for (const p of projects) {
    if (!p.regionCodes || !matchesSectors(p.sectors, filter.sectors) || !matchesYears(p.year, filter)) continue;
    for (const code of p.regionCodes) byRegion.set(code, [...(byRegion.get(code) ?? []), p]);
  }
  return byRegion;
}

/**
 * The choropleth's classes: 0 (no project), then 1, 2–3, 4–6 and 7 or more. Fixed breaks, so a colour means the
 * same count whatever the filter, and small counts (most regions have one or two) stay apart.
 */
export const COUNT_CLASSES = [
  { min: 1, max: 1 },
  { min: 2, max: 3 },
  { min: 4, max: 6 },
  { min: 7, max: Number.POSITIVE_INFINITY },
] as const;

/** The class of a count: 0 for none, else 1–4 (index in COUNT_CLASSES + 1). */
export const countClass = (count: number): number =>
  count <= 0 ? 0 : COUNT_CLASSES.findIndex((c) => count >= c.min && count <= c.max) + 1;

/**
 * Where an arrow key moves the focus among the regions (in code order, which is alphabetical): Right/Down to the
 * next, Left/Up to the previous, wrapping; Home and End to the first and last. Undefined for any other key.
 */
export function nextRegion<T>(order: readonly T[], current: T, key: string): T | undefined {
  const i = Math.max(0, order.indexOf(current));
  const n = order.length;
  if (n === 0) return undefined;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return order[(i + 1) % n];
    case 'ArrowLeft':
    case 'ArrowUp':
      return order[(i - 1 + n) % n];
    case 'Home':
      return order[0];
    case 'End':
      return order[n - 1];
    default:
      return undefined;
  }
}

/**
 * The aid map as a picture (a slide): projects per region, each region's count class (the section map's classes) and
 * how many projects are nation-wide, named apart under the map.
 */
export function regionsPictureView(projects: readonly AidProject[], filter: ViewFilter, order: readonly Sector[]) {
  const view = aidMapView(projects, filter, order);
  return { ...regionCounts(view), nationalCount: view.national.projects.length };
}

/** What the map draws of a view, on the page and on a slide alike: projects per region and each region's class. */
export function regionCounts(view: AidMapView) {
  const counts = new Map([...view.regions].map(([code, group]) => [code, group.projects.length]));
  const classes = new Map([...counts].map(([code, n]) => [code, countClass(n)]));
  return { counts, classes };
}
