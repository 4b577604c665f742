import type { DealType, Industry, InvestmentProject } from '@/data/schema/investment.ts';
import { matchesSectors, matchesYears, type ViewFilter } from './filters.ts';
import { pointYearSpan } from './investment-statements.ts';
import { isUsable } from './prefer-record.ts';

/** Projects and deals: FDI set apart from contracts, loans and plans; their rows, lanes and log axis; FDI by industry. */

/**
 * The order deal types are shown in: foreign direct investment first, then everything that is not investment —
 * announced plans and divestments (about investment, but not a stock), then contracts, loans and agreements.
 */
export const DEAL_TYPE_ORDER: readonly DealType[] = [
  'fdi',
  'announced',
  'divestment',
  'construction',
  'procurement',
  'loan',
  'trade-contract',
  'agreement',
];

/** Only FDI is investment; every other deal type is a contract, a loan, a plan or a sale. */
export const isInvestment = (dealType: DealType) => dealType === 'fdi';

const projectYearSort = (a: InvestmentProject, b: InvestmentProject) =>
  (a.year ?? Infinity) - (b.year ?? Infinity) || a.id.localeCompare(b.id);

/** Projects within the filter: sectors, and years by `year` (an undated project only on the full span). */
export function filterProjects(
  projects: readonly InvestmentProject[],
  filter: Pick<ViewFilter, 'sectors' | 'from' | 'to'>,
): InvestmentProject[] {
  return projects.filter((p) => matchesSectors(p.sectors, filter.sectors) && matchesYears(p.year, filter));
}

export interface DealGroup {
  dealType: DealType;
  projects: InvestmentProject[];
}

/** Projects by deal type, FDI first, each group by year (undated last). Empty groups are left out. Nothing is summed. */
export function groupByDealType(projects: readonly InvestmentProject[]): DealGroup[] {
  return DEAL_TYPE_ORDER.map((dealType) => ({
    dealType,
    projects: projects.filter((p) => p.dealType === dealType).sort(projectYearSort),
  })).filter((g) => g.projects.length > 0);
}

/** Where each deal-type row and each group heading sits on the strip plot's vertical axis (in row units). */
export interface DealRowLayout {
  rows: { dealType: DealType; y: number }[];
  headers: { kind: 'investment' | 'not-investment'; y: number }[];
  /** The line between FDI and everything else (when both are shown). */
  separator?: number;
  /** The FDI block, heading included, for shading. */
  fdiBand?: [number, number];
  /** The whole axis: 0 to extent. */
  extent: number;
}

/**
 * Stacks the rows top-down: an "Investment" heading and the FDI row, a rule, then a "Not investment" heading and the
 * other deal types. Headings are `headerSize` of a row tall.
 */
export function dealRowLayout(dealTypes: readonly DealType[], headerSize = 0.6): DealRowLayout {
  const layout: DealRowLayout = { rows: [], headers: [], extent: 0 };
  const at = (y: number) => Number(y.toFixed(6));
  let cursor = 0;
  const ordered = DEAL_TYPE_ORDER.filter((d) => dealTypes.includes(d));
  if (ordered.includes('fdi')) {
    layout.headers.push({ kind: 'investment', y: at(headerSize / 2) });
    cursor += headerSize;
    layout.rows.push({ dealType: 'fdi', y: at(cursor + 0.5) });
    cursor += 1;
    layout.fdiBand = [0, at(cursor)];
  }
  const others = ordered.filter((d) => !isInvestment(d));
  if (others.length > 0) {
    if (layout.fdiBand) layout.separator = at(cursor);
    layout.headers.push({ kind: 'not-investment', y: at(cursor + headerSize / 2) });
    cursor += headerSize;
    for (const dealType of others) {
      layout.rows.push({ dealType, y: at(cursor + 0.5) });
      cursor += 1;
    }
  }
  layout.extent = at(cursor);
  return layout;
}

/** A project whose amount may be drawn: usable and stated in US$. */
export const hasAmount = (p: InvestmentProject): p is InvestmentProject & { amountUsdM: number } =>
  isUsable(p) && p.amountUsdM !== undefined && p.amountUsdM > 0;

/**
 * Lanes for a strip plot on a log scale: within one row, markers closer than `minGapLog` (in log10 units) to a marker
 * already in a lane move to the next lane (0, 1, −1, 2, −2 …), so conflicting figures never hide one another.
 */
export function dodgeLanes(
  items: readonly { id: string; row: string; value: number }[],
  minGapLog: number,
  maxLane = 3,
): Map<string, number> {
  const lanes = new Map<string, number>();
  const order = [0];
  for (let i = 1; i <= maxLane; i += 1) order.push(i, -i);
  const rows = new Map<string, { id: string; value: number }[]>();
  for (const item of items) rows.set(item.row, [...(rows.get(item.row) ?? []), item]);
  for (const rowItems of rows.values()) {
    const last = new Map<number, number>();
    for (const item of [...rowItems].sort((a, b) => a.value - b.value || a.id.localeCompare(b.id))) {
      const v = Math.log10(item.value);
      const lane = order.find((l) => !last.has(l) || v - last.get(l)! >= minGapLog) ?? order[order.length - 1]!;
      last.set(lane, v);
      lanes.set(item.id, lane);
    }
  }
  return lanes;
}

/** A log axis domain that holds every amount: whole powers of ten around the smallest and largest. */
export function logDomain(values: readonly number[]): [number, number] {
  const positive = values.filter((v) => v > 0);
  if (positive.length === 0) return [1, 10];
  const lo = 10 ** Math.floor(Math.log10(Math.min(...positive)));
  let hi = 10 ** Math.ceil(Math.log10(Math.max(...positive)));
  if (hi <= lo) hi = lo * 10;
  return [lo, hi];
}

/** Powers of ten within a log domain, for the axis ticks. */
export function logTicks([lo, hi]: readonly [number, number]): number[] {
  const ticks: number[] = [];
  for (let v = lo; v <= hi * 1.0001; v *= 10) ticks.push(Number(v.toPrecision(6)));
  return ticks;
}

/** The first and last year of the dated projects. */
export const projectYearSpan = (projects: readonly InvestmentProject[]) =>
  pointYearSpan(projects.flatMap((p) => (p.year === undefined ? [] : [{ year: p.year }])));

/* ------------------------------------------------------------------------------------------------------------------
 * FDI by industry
 * ---------------------------------------------------------------------------------------------------------------- */

export const INDUSTRY_GROUPS = ['mining', 'oil-gas', 'other'] as const;
export type IndustryGroup = (typeof INDUSTRY_GROUPS)[number];

export const industryGroup = (industry: Industry): IndustryGroup =>
  industry === 'mining' || industry === 'oil-gas' ? industry : 'other';

export interface IndustryShare {
  group: IndustryGroup;
  /** How many FDI records (reported figures) fall in this group; a deal reported with several figures counts once per figure. */
  records: number;
  /** Those with a stated amount, each listed on its own (largest first), never added up. */
  withAmount: (InvestmentProject & { amountUsdM: number })[];
  /** Those without a stated amount. */
  withoutAmount: InvestmentProject[];
}

/** FDI records only, split into mining, oil & gas and other industries: counts and the amounts one by one. */
export function fdiByIndustry(projects: readonly InvestmentProject[]): IndustryShare[] {
  const fdi = projects.filter((p) => isInvestment(p.dealType) && isUsable(p));
  return INDUSTRY_GROUPS.map((group) => {
    const inGroup = fdi.filter((p) => industryGroup(p.industry) === group);
    return {
      group,
      records: inGroup.length,
      withAmount: inGroup.filter(hasAmount).sort((a, b) => b.amountUsdM - a.amountUsdM || projectYearSort(a, b)),
      withoutAmount: inGroup.filter((p) => !hasAmount(p)).sort(projectYearSort),
    };
  });
}
