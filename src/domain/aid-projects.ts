import type { AidProject } from '@/data/schema/aid.ts';
import type { Sector } from '@/data/schema/common.ts';
import { SECTORS } from '@/data/vocabulary.ts';
import { matchesSectors, type ViewFilter } from './filters.ts';
import { overlapsYears, projectYears, isAidProject, hasStatedBudget } from './aid-records.ts';

/* Aid projects: filtered, counted by theme and region, sorted and searched. */

/** Projects of the selected sectors whose years overlap the range; undated ones only on the full span. */
export const filterProjects = (projects: readonly AidProject[], filter: ViewFilter) =>
  projects.filter((p) => matchesSectors(p.sectors, filter.sectors) && overlapsYears(projectYears(p), filter));

/** One bar: how many project records fall in a group, how many of them state a budget, and which they are. */
export interface CountRow<K extends string = string> {
  key: K;
  total: number;
  withBudget: number;
  withoutBudget: number;
  projects: AidProject[];
}

function countRows<K extends string>(projects: readonly AidProject[], keysOf: (p: AidProject) => readonly K[]) {
  const rows = new Map<K, CountRow<K>>();
  for (const p of projects) {
    if (!isAidProject(p)) continue;
    for (const key of new Set(keysOf(p))) {
      const row = rows.get(key) ?? { key, total: 0, withBudget: 0, withoutBudget: 0, projects: [] };
      row.total += 1;
      if (hasStatedBudget(p)) row.withBudget += 1;
      else row.withoutBudget += 1;
      row.projects.push(p);
      rows.set(key, row);
    }
  }
  return [...rows.values()];
}

/** A project's theme: its sectors other than `aid`, or `general` when `aid` is its only sector. */
export type ThemeKey = Exclude<Sector, 'aid'> | 'general';

export const projectThemes = (p: AidProject): ThemeKey[] => {
  const themes = p.sectors.filter((s): s is Exclude<Sector, 'aid'> => s !== 'aid');
  return themes.length ? themes : ['general'];
};

/**
 * Aid project records per theme (a project in two themes counts in both; reference records that are not aid are
 * left out), most first, `general` last. Counts only: budgets are never summed.
 */
export function countByTheme(projects: readonly AidProject[]): CountRow<ThemeKey>[] {
  const rank = (k: ThemeKey) => (k === 'general' ? SECTORS.length : SECTORS.indexOf(k));
  return countRows(projects, projectThemes).sort(
    (a, b) =>
      Number(a.key === 'general') - Number(b.key === 'general') || b.total - a.total || rank(a.key) - rank(b.key),
  );
}

/** Peru's regions (departments and Callao), keyed without accents; names as written in Spanish. */
export const PERU_REGIONS = {
  amazonas: 'Amazonas',
  ancash: 'Áncash',
  apurimac: 'Apurímac',
  arequipa: 'Arequipa',
  ayacucho: 'Ayacucho',
  cajamarca: 'Cajamarca',
  callao: 'Callao',
  cusco: 'Cusco',
  huancavelica: 'Huancavelica',
  huanuco: 'Huánuco',
  ica: 'Ica',
  junin: 'Junín',
  laLibertad: 'La Libertad',
  lambayeque: 'Lambayeque',
  lima: 'Lima',
  loreto: 'Loreto',
  madreDeDios: 'Madre de Dios',
  moquegua: 'Moquegua',
  pasco: 'Pasco',
  piura: 'Piura',
  puno: 'Puno',
  sanMartin: 'San Martín',
  tacna: 'Tacna',
  tumbes: 'Tumbes',
  ucayali: 'Ucayali',
} as const;
export type PeruRegion = keyof typeof PERU_REGIONS;
/** A region group: a Peruvian region, `national`, or a place name we do not recognise, kept as written. */
export type RegionKey = PeruRegion | 'national' | `place:${string}`;

/** Lower case, accents removed: "Junín" → "junin". */
export const foldText = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const REGION_ENTRIES = (Object.entries(PERU_REGIONS) as [PeruRegion, string][])
  .map(([key, name]) => [key, foldText(name)] as const)
  .sort((a, b) => b[1].length - a[1].length);

/**
 * The region groups a project's place names belong to: "Lima Norte (Comas); Callao" → lima, callao;
 * "Cusco region (8 districts…)" → cusco; "national (INDECI)" → national. Unknown names are kept as written.
 */
export function regionKeys(region: string): RegionKey[] {
  const keys: RegionKey[] = [];
  for (const raw of region.split(';')) {
    const place = raw.replace(/\(.*\)/g, '').trim();
    if (!place) continue;
    const folded = foldText(place);
    let key: RegionKey | undefined;
    if (/^(national|nacional|nationwide)\b/.test(folded)) key = 'national';
    else key = REGION_ENTRIES.find(([, name]) => folded === name || folded.startsWith(`${name} `))?.[0];
    const found = key ?? (`place:${place}` as const);
    if (!keys.includes(found)) keys.push(found);
  }
  return keys;
}

/** Aid project records per region group (a project in two regions counts in both), most first, national last. */
export function countByRegion(projects: readonly AidProject[]): CountRow<RegionKey>[] {
  return countRows(projects, (p) => regionKeys(p.region)).sort(
    (a, b) =>
      Number(a.key === 'national') - Number(b.key === 'national') || b.total - a.total || a.key.localeCompare(b.key),
  );
}

/** Among two groups or more, the one with strictly the most records (a tie, or a single group, has no leader). */
export function leadingRow<K extends string>(rows: readonly CountRow<K>[]): CountRow<K> | undefined {
  const [first, second] = [...rows].sort((a, b) => b.total - a.total);
  return first && second && first.total > second.total ? first : undefined;
}

/** How many distinct aid projects the count rows hold (a project counted in two groups is one project). */
export const distinctProjects = (rows: readonly CountRow[]) =>
  new Set(rows.flatMap((r) => r.projects.map((p) => p.id))).size;

/**
 * Projects for the table: aid projects by their first year (undated last), then reference records (not aid) at the
 * end, the dataset's order breaking ties.
 */
export function sortProjects(projects: readonly AidProject[]): AidProject[] {
  const first = (p: AidProject) => projectYears(p)?.from ?? Number.POSITIVE_INFINITY;
  return projects
    .map((p, index) => ({ p, index }))
    .sort(
      (a, b) => Number(!isAidProject(a.p)) - Number(!isAidProject(b.p)) || first(a.p) - first(b.p) || a.index - b.index,
    )
    .map(({ p }) => p);
}

/**
 * Projects whose title (any language), region, partners or extra text (e.g. localized region names) contain every
 * word of the query, ignoring case and accents. An empty query keeps everything.
 */
export function searchProjects(
  projects: readonly AidProject[],
  query: string,
  extraText: (p: AidProject) => string = () => '',
): AidProject[] {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...projects];
  return projects.filter((p) => {
    const haystack = foldText(
      [p.title.en, p.title.es, p.title.ko, p.region, p.partners ?? '', extraText(p)].join(' \u0000 '),
    );
    return words.every((w) => haystack.includes(w));
  });
}
