import type { AidFile, AidProject, AidStatement } from '@/data/schema/aid.ts';
import type { LocalizedText, Sector } from '@/data/schema/common.ts';
import { SECTORS } from '@/data/vocabulary.ts';
import type { HeadlineFigure } from '@/data/schema/headlines.ts';
import { matchesSectors, matchesYears, YEAR_BOUNDS, type ViewFilter } from './filters.ts';
import { isUsable } from './prefer-record.ts';

/** An inclusive span of years. */
export interface YearSpan {
  from: number;
  to: number;
}

type YearFilter = Pick<ViewFilter, 'from' | 'to'>;

/**
 * True when a span of years meets the filter's range. A record without any year is kept only when the range is
 * the full span (the same rule as `matchesYears`).
 */
export function overlapsYears(span: YearSpan | undefined, filter: YearFilter, bounds = YEAR_BOUNDS): boolean {
  if (!span) return matchesYears(undefined, filter, bounds);
  return span.from <= filter.to && span.to >= filter.from;
}

/** The years a statement is about: a cumulative total covers `sinceYear`–`year`; any other statement its year. */
export function statementYears(s: AidStatement): YearSpan {
  return { from: s.kind === 'cumulative' ? (s.sinceYear ?? s.year) : s.year, to: s.year };
}

/**
 * The years a project is placed in for the filter: [startYear, endYear ?? startYear]; a project with only an end
 * year sits at that year; a project with neither is undated (undefined).
 */
export function projectYears(p: AidProject): YearSpan | undefined {
  const from = p.startYear ?? p.endYear;
  const to = p.endYear ?? p.startYear;
  return from === undefined || to === undefined ? undefined : { from, to };
}

/** How a project's dates read: both years, one year, open-ended (no end stated), end only, or undated. */
export type ProjectPeriod =
  | { kind: 'range'; from: number; to: number }
  | { kind: 'single'; year: number }
  | { kind: 'openEnded'; from: number }
  | { kind: 'endOnly'; to: number }
  | { kind: 'undated' };

export function projectPeriod(p: AidProject): ProjectPeriod {
  const { startYear: from, endYear: to } = p;
  if (from !== undefined && to !== undefined)
    return from === to ? { kind: 'single', year: from } : { kind: 'range', from, to };
  if (from !== undefined) return { kind: 'openEnded', from };
  if (to !== undefined) return { kind: 'endOnly', to };
  return { kind: 'undated' };
}

/** Development-aid projects; a record without the `aid` sector (e.g. a paid G2G contract) is listed only for reference. */
export const isAidProject = (p: Pick<AidProject, 'sectors'>) => p.sectors.includes('aid');

/** A budget that can be shown as a figure: stated, and not marked unusable. */
export const hasStatedBudget = (p: AidProject) => p.budgetUsdM !== undefined && isUsable(p);

/* ------------------------------------------------------------------------------------------------------------ */
/* Statements                                                                                                    */
/* ------------------------------------------------------------------------------------------------------------ */

/** A statement of an amount in US$ as drawn: a range for a cumulative total, a point for one year. */
export interface AmountRow {
  id: string;
  kind: 'cumulative' | 'annual';
  from: number;
  to: number;
  valueUsdM: number;
  statement: AidStatement;
  /** Who said it, when the statement is the headline figure attributed to a named person. */
  statedBy?: LocalizedText;
}

/** A share (percent) statement, listed with the base it is a share of (its `measure`). */
export interface ShareRow {
  id: string;
  year: number;
  sharePct: number;
  statement: AidStatement;
}

/**
 * Links the headline figures about aid to the statements in aid.json. A headline that repeats a statement (same
 * year, same amount, a shared source) adds its attribution to it; one that does not is shown as a statement of
 * its own, so the Ambassador's figure appears exactly once either way.
 */
export function mergeHeadlineStatements(
  statements: readonly AidStatement[],
  figures: readonly HeadlineFigure[],
): { statements: AidStatement[]; statedBy: Map<string, LocalizedText> } {
  const merged = [...statements];
  const statedBy = new Map<string, LocalizedText>();
  for (const f of figures) {
    if (f.topic !== 'aid' || f.value === undefined) continue;
    if (f.unit !== 'usd_m_per_year' && f.unit !== 'usd_m') continue;
    const year = Number(f.statedOn.slice(0, 4));
    const kind = f.unit === 'usd_m_per_year' ? 'annual' : 'cumulative';
    const twin = statements.find(
      (s) =>
        s.kind === kind &&
        s.year === year &&
        s.valueUsdM === f.value &&
        s.sourceIds.some((id) => f.sourceIds.includes(id)),
    );
    if (twin) {
      statedBy.set(twin.id, f.statedBy);
      continue;
    }
    if (kind === 'cumulative') continue; // a cumulative headline without its years cannot be drawn as a range
    merged.push({
      id: f.id,
      sectors: f.sectors,
      sourceIds: f.sourceIds,
      qualifiers: f.qualifiers,
      ...(f.quote ? { quote: f.quote } : {}),
      ...(f.note ? { note: f.note } : {}),
      kind: 'annual',
      year,
      valueUsdM: f.value,
      measure: f.statement,
    });
    statedBy.set(f.id, f.statedBy);
  }
  return { statements: merged, statedBy };
}

/** Statements of the selected sectors whose years meet the range (a cumulative total when its span overlaps it). */
export const filterStatements = (statements: readonly AidStatement[], filter: ViewFilter) =>
  statements.filter((s) => matchesSectors(s.sectors, filter.sectors) && overlapsYears(statementYears(s), filter));

/**
 * The amounts to draw: usable cumulative and yearly statements in US$, each its own row (never summed, never joined
 * into a series). Cumulative totals first, then yearly figures, each by year.
 */
export function amountRows(
  statements: readonly AidStatement[],
  statedBy: ReadonlyMap<string, LocalizedText> = new Map(),
) {
  const rows: AmountRow[] = [];
  for (const s of statements) {
    if (s.kind === 'share' || s.valueUsdM === undefined || !isUsable(s)) continue;
    const span = statementYears(s);
    const who = statedBy.get(s.id);
    rows.push({
      id: s.id,
      kind: s.kind,
      ...span,
      valueUsdM: s.valueUsdM,
      statement: s,
      ...(who ? { statedBy: who } : {}),
    });
  }
  const order = { cumulative: 0, annual: 1 } as const;
  return rows.sort((a, b) => order[a.kind] - order[b.kind] || a.from - b.from || a.to - b.to);
}

/** Statements for the table: cumulative totals, then yearly figures, then shares, each by year. */
export function sortStatements(statements: readonly AidStatement[]): AidStatement[] {
  const order = { cumulative: 0, annual: 1, share: 2 } as const;
  return [...statements].sort(
    (a, b) =>
      order[a.kind] - order[b.kind] ||
      statementYears(a).from - statementYears(b).from ||
      statementYears(a).to - statementYears(b).to,
  );
}

/** The share statements, by year. */
export function shareRows(statements: readonly AidStatement[]): ShareRow[] {
  return statements
    .filter(
      (s): s is AidStatement & { sharePct: number } => s.kind === 'share' && s.sharePct !== undefined && isUsable(s),
    )
    .map((s) => ({ id: s.id, year: s.year, sharePct: s.sharePct, statement: s }))
    .sort((a, b) => a.year - b.year);
}

/** The years an axis must show for a set of spans, or undefined when there is none. */
export function spanOf(spans: readonly YearSpan[]): YearSpan | undefined {
  if (spans.length === 0) return undefined;
  return { from: Math.min(...spans.map((s) => s.from)), to: Math.max(...spans.map((s) => s.to)) };
}

/* ------------------------------------------------------------------------------------------------------------ */
/* Projects                                                                                                      */
/* ------------------------------------------------------------------------------------------------------------ */

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

/* ------------------------------------------------------------------------------------------------------------ */
/* The section                                                                                                   */
/* ------------------------------------------------------------------------------------------------------------ */

export interface AidView {
  /** Whether any record of the section belongs to the selected sectors (else the section is not shown). */
  inSectors: boolean;
  statements: AidStatement[];
  /** Who stated a statement, for those that are an attributed headline figure. */
  statedBy: ReadonlyMap<string, LocalizedText>;
  amounts: AmountRow[];
  shares: ShareRow[];
  projects: AidProject[];
  themes: CountRow<ThemeKey>[];
  regions: CountRow<RegionKey>[];
}

/** Everything the aid section shows for a filter. */
export function aidView(file: AidFile, figures: readonly HeadlineFigure[], filter: ViewFilter): AidView {
  const merged = mergeHeadlineStatements(file.statements, figures);
  const inSectors = [...merged.statements, ...file.projects].some((r) => matchesSectors(r.sectors, filter.sectors));
  const statements = sortStatements(filterStatements(merged.statements, filter));
  const projects = sortProjects(filterProjects(file.projects, filter));
  return {
    inSectors,
    statements,
    statedBy: merged.statedBy,
    amounts: amountRows(statements, merged.statedBy),
    shares: shareRows(statements),
    projects,
    themes: countByTheme(projects),
    regions: countByRegion(projects),
  };
}
