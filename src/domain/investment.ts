import type { LocalizedText, Locale, PartialDate, Qualifiers, Reporter, Sector } from '@/data/schema/common.ts';
import type { HeadlineFigure } from '@/data/schema/headlines.ts';
import type { DealType, Industry, InvestmentProject, InvestmentStatement } from '@/data/schema/investment.ts';
import { INTL_LOCALE, numberFormat } from '@/i18n/format.ts';
import { matchesSectors, matchesYears, type ViewFilter } from './filters.ts';
import { yearFraction } from './milestones.ts';
import { isUsable } from './prefer-record.ts';
import { yearsOnStep } from './year-ticks.ts';

/* ------------------------------------------------------------------------------------------------------------------
 * Statements of the accumulated stock
 * ---------------------------------------------------------------------------------------------------------------- */

/**
 * Who made a statement of Korea's accumulated investment, as the reader needs to tell them apart: Korean ministries
 * and statistics, Korean ambassadors (estimates in interviews), Peru's government, and the press without a stated side.
 */
export const STATEMENT_BODIES = ['korea-government', 'korea-ambassador', 'peru', 'unclear'] as const;
export type StatementBody = (typeof STATEMENT_BODIES)[number];

const AMBASSADOR = /ambassador|embajador|대사/i;

/** The body behind a statement: an ambassador's word is told apart from a ministry's figure. */
/** Who stated a point, in the reader's language: the agency as the dataset names it, or the headline's speaker. */
export const whoStated = (
  point: { agency?: string; statedBy?: LocalizedText },
  pick: (text: LocalizedText) => string,
): string | undefined => point.agency ?? (point.statedBy ? pick(point.statedBy) : undefined);

export function statementBody(statement: Pick<InvestmentStatement, 'reporter' | 'agency'>): StatementBody {
  if (statement.agency && AMBASSADOR.test(statement.agency)) {
    return statement.reporter === 'peru' ? 'peru' : 'korea-ambassador';
  }
  if (statement.reporter === 'korea') return 'korea-government';
  return statement.reporter;
}

/**
 * Where a partial date sits on a numeric year axis whose year Y spans [Y, Y+1): a year alone in the middle of its year,
 * a month in the middle of its month, a day on its day. A figure "as of 2011" is never drawn as if it were 1 January.
 */
export function asOfPosition(date: PartialDate): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
  if (d !== undefined) return yearFraction(date);
  if (m === undefined) return y + 0.5;
  const start = yearFraction(`${y}-${String(m).padStart(2, '0')}`);
  const end = m === 12 ? y + 1 : yearFraction(`${y}-${String(m + 1).padStart(2, '0')}`);
  return (start + end) / 2;
}

const yearOf = (date: PartialDate) => Number(date.slice(0, 4));

/** One statement drawn on the chart: a marker at its date and stated value. Never joined to another. */
export interface StatementPoint {
  /** The record's id (a statement, or a headline figure with no statement behind it). */
  id: string;
  asOf: PartialDate;
  year: number;
  /** Position on the year axis (see asOfPosition). */
  x: number;
  valueUsdM: number;
  body: StatementBody;
  reporter: Reporter;
  /** Agency or person, as the dataset gives it. */
  agency?: string;
  /** Who stated it, for a headline figure drawn on its own (name and role, in each language). */
  statedBy?: LocalizedText;
  sinceYear?: number;
  measure: LocalizedText;
  qualifiers: Qualifiers;
  sourceIds: readonly string[];
  sectors: readonly Sector[];
  note?: LocalizedText;
  quote?: string;
  /** The dashboard's headline figure this statement is (the Ambassador's US$6.2 billion in 2023). */
  headline?: HeadlineFigure;
  /** Statements with the same date and value (the same figure in two outlets) sit side by side: index and size. */
  stackIndex: number;
  stackSize: number;
}

/** A headline figure and a statement are the same statement: same value, same year, a source in common. */
export function isSameStatement(statement: InvestmentStatement, headline: HeadlineFigure): boolean {
  return (
    headline.value !== undefined &&
    statement.valueUsdM === headline.value &&
    yearOf(statement.asOf) === yearOf(headline.statedOn) &&
    statement.sourceIds.some((id) => headline.sourceIds.includes(id))
  );
}

/** Investment headlines that are amounts in US$ (the accumulated stock stated by the Ambassador). */
export const investmentHeadlines = (figures: readonly HeadlineFigure[]) =>
  figures.filter((f) => f.topic === 'investment' && f.unit === 'usd_m' && f.value !== undefined && isUsable(f));

const bodyRank = (body: StatementBody) => STATEMENT_BODIES.indexOf(body);

/**
 * The statements to chart: usable ones with a US$ amount, within the filter's sectors and years (by the year of asOf).
 * A headline figure that repeats a statement marks that statement; a headline with no statement behind it becomes a
 * point of its own. Nothing is summed, interpolated or joined; coincident figures are kept, each with its source.
 */
export function statementPoints(
  statements: readonly InvestmentStatement[],
  headlines: readonly HeadlineFigure[],
  filter: Pick<ViewFilter, 'sectors' | 'from' | 'to'>,
): StatementPoint[] {
  const keep = (sectors: readonly Sector[], year: number) =>
    matchesSectors(sectors, filter.sectors) && matchesYears(year, filter);
  const money = investmentHeadlines(headlines);
  const matched = new Set<string>();
  const points: Omit<StatementPoint, 'stackIndex' | 'stackSize'>[] = [];
  for (const s of statements) {
    if (!isUsable(s) || s.valueUsdM === undefined || !keep(s.sectors, yearOf(s.asOf))) continue;
    const headline = money.find((h) => isSameStatement(s, h));
    if (headline) matched.add(headline.id);
    points.push({
      id: s.id,
      asOf: s.asOf,
      year: yearOf(s.asOf),
      x: asOfPosition(s.asOf),
      valueUsdM: s.valueUsdM,
      body: statementBody(s),
      reporter: s.reporter,
      agency: s.agency,
      sinceYear: s.sinceYear,
      measure: s.measure,
      qualifiers: s.qualifiers,
      sourceIds: s.sourceIds,
      sectors: s.sectors,
      note: s.note,
      quote: s.quote,
      headline,
    });
  }
  // A headline repeated by no statement in the file: drawn on its own, attributed to whoever stated it.
  for (const h of money) {
    if (matched.has(h.id) || statements.some((s) => isSameStatement(s, h))) continue;
    if (!keep(h.sectors, yearOf(h.statedOn))) continue;
    const ambassador = AMBASSADOR.test(h.statedBy.en);
    const korean = ambassador && /korea/i.test(h.statedBy.en);
    points.push({
      id: h.id,
      asOf: h.statedOn,
      year: yearOf(h.statedOn),
      x: asOfPosition(h.statedOn),
      valueUsdM: h.value!,
      body: korean ? 'korea-ambassador' : 'unclear',
      reporter: korean ? 'korea' : 'unclear',
      statedBy: h.statedBy,
      measure: h.statement,
      qualifiers: h.qualifiers,
      sourceIds: h.sourceIds,
      sectors: h.sectors,
      quote: h.quote,
      headline: h,
    });
  }
  points.sort((a, b) => a.x - b.x || bodyRank(a.body) - bodyRank(b.body) || a.id.localeCompare(b.id));
  const stacks = new Map<string, number>();
  const key = (p: { asOf: string; valueUsdM: number }) => `${p.asOf}|${p.valueUsdM}`;
  for (const p of points) stacks.set(key(p), (stacks.get(key(p)) ?? 0) + 1);
  const seen = new Map<string, number>();
  return points.map((p) => {
    const index = seen.get(key(p)) ?? 0;
    seen.set(key(p), index + 1);
    return { ...p, stackIndex: index, stackSize: stacks.get(key(p))! };
  });
}

/** Statements kept by the filter that have no US$ amount (a share, a ranking): told in words, never drawn. */
export function statementsWithoutAmount(
  statements: readonly InvestmentStatement[],
  filter: Pick<ViewFilter, 'sectors' | 'from' | 'to'>,
): InvestmentStatement[] {
  return statements.filter(
    (s) =>
      isUsable(s) &&
      s.valueUsdM === undefined &&
      matchesSectors(s.sectors, filter.sectors) &&
      matchesYears(yearOf(s.asOf), filter),
  );
}

/** Statements kept by the filter that cannot be used as published: listed for transparency, never drawn. */
export function unusableStatements(
  statements: readonly InvestmentStatement[],
  filter: Pick<ViewFilter, 'sectors' | 'from' | 'to'>,
): InvestmentStatement[] {
  return statements.filter(
    (s) => !isUsable(s) && matchesSectors(s.sectors, filter.sectors) && matchesYears(yearOf(s.asOf), filter),
  );
}

/** The first and last year with a charted statement. */
export function pointYearSpan(points: readonly { year: number }[]): { from: number; to: number } | undefined {
  if (points.length === 0) return undefined;
  const years = points.map((p) => p.year);
  return { from: Math.min(...years), to: Math.max(...years) };
}

/**
 * Year ticks for a band-like year axis (year Y drawn at Y + 0.5), thinned so labels stay apart on a narrow chart:
 * every 1, 2, 5 or 10 years, on multiples of the step.
 */
export function yearTicks(span: { from: number; to: number }, plotWidthPx: number, minSpacingPx = 44): number[] {
  const years = span.to - span.from + 1;
  const pxPerYear = plotWidthPx / Math.max(1, years);
  const step = [1, 2, 5, 10, 20].find((s) => s * pxPerYear >= minSpacingPx) ?? 20;
  return yearsOnStep(span.from, span.to, step).map((year) => year + 0.5);
}

/* ------------------------------------------------------------------------------------------------------------------
 * Projects and deals
 * ---------------------------------------------------------------------------------------------------------------- */

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

/* ------------------------------------------------------------------------------------------------------------------
 * The section as a whole
 * ---------------------------------------------------------------------------------------------------------------- */

/** Whether any record of the section (statements, projects, investment headlines) belongs to the selected sectors. */
export function sectionMatchesSectors(
  statements: readonly InvestmentStatement[],
  projects: readonly InvestmentProject[],
  headlines: readonly HeadlineFigure[],
  sectors: readonly Sector[],
): boolean {
  return [...statements, ...projects, ...investmentHeadlines(headlines)].some((r) =>
    matchesSectors(r.sectors, sectors),
  );
}

/** Everything the section shows for a filter, from the investment file and the headline figures. */
export interface InvestmentView {
  /** Some record of the section belongs to the selected sectors (otherwise the section is not shown). */
  sectorMatch: boolean;
  /** Statements (or an investment headline) belong to the selected sectors. */
  statementsInSectors: boolean;
  points: StatementPoint[];
  withoutAmount: InvestmentStatement[];
  unusable: InvestmentStatement[];
  /** Projects belong to the selected sectors. */
  projectsInSectors: boolean;
  projects: InvestmentProject[];
  groups: DealGroup[];
  /** FDI projects belong to the selected sectors. */
  fdiInSectors: boolean;
  shares: IndustryShare[];
}

export function investmentView(
  file: { statements: readonly InvestmentStatement[]; projects: readonly InvestmentProject[] },
  headlines: readonly HeadlineFigure[],
  filter: Pick<ViewFilter, 'sectors' | 'from' | 'to'>,
): InvestmentView {
  const inSectors = (r: { sectors: readonly Sector[] }) => matchesSectors(r.sectors, filter.sectors);
  const projects = filterProjects(file.projects, filter);
  return {
    sectorMatch: sectionMatchesSectors(file.statements, file.projects, headlines, filter.sectors),
    statementsInSectors: file.statements.some(inSectors) || investmentHeadlines(headlines).some(inSectors),
    points: statementPoints(file.statements, headlines, filter),
    withoutAmount: statementsWithoutAmount(file.statements, filter),
    unusable: unusableStatements(file.statements, filter),
    projectsInSectors: file.projects.some(inSectors),
    projects,
    groups: groupByDealType(projects),
    fdiInSectors: file.projects.some((p) => isInvestment(p.dealType) && inSectors(p)),
    shares: fdiByIndustry(projects),
  };
}

/** The first and last year of the dated projects. */
export const projectYearSpan = (projects: readonly InvestmentProject[]) =>
  pointYearSpan(projects.flatMap((p) => (p.year === undefined ? [] : [{ year: p.year }])));

/* ------------------------------------------------------------------------------------------------------------------
 * Labels
 * ---------------------------------------------------------------------------------------------------------------- */

/**
 * A short label for an amount that keeps every published digit: "US$1.56B", "US$ 1560 M", "15.6억 달러".
 * (The shared axis formatter rounds to two digits; a value label must not.)
 */
export function formatUsdShort(valueUsdM: number, locale: Locale): string {
  const usd = valueUsdM * 1e6;
  const compact = numberFormat(INTL_LOCALE[locale], {
    notation: 'compact',
    compactDisplay: 'short',
    maximumSignificantDigits: 8,
  }).format(usd);
  if (locale === 'ko') return `${compact} 달러`;
  return locale === 'es' ? `US$ ${compact}` : `US$${compact}`;
}

/**
 * An axis tick for a power of ten of US$: "US$10M", "US$ 100 M", "1억" (no digits to lose). Without the currency
 * on a narrow chart, where the axis title says US$.
 */
export function formatUsdTick(valueUsdM: number, locale: Locale, withCurrency = true): string {
  const compact = numberFormat(INTL_LOCALE[locale], {
    notation: 'compact',
    compactDisplay: 'short',
    maximumSignificantDigits: 3,
  }).format(valueUsdM * 1e6);
  if (locale === 'ko' || !withCurrency) return compact;
  return locale === 'es' ? `US$ ${compact}` : `US$${compact}`;
}

/** A rough width of a label in px: Hangul and other wide characters take about one em, Latin about 0.6. */
export function estimateTextWidth(text: string, fontSizePx: number): number {
  let em = 0;
  for (const ch of text) em += /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af\u3000-\u9fff]/.test(ch) ? 0.95 : 0.6;
  return em * fontSizePx;
}

export interface LabelAnchor {
  id: string;
  /** The marker's centre in px. */
  x: number;
  y: number;
  /** Half the marker's extent (with any side-by-side markers) in px. */
  halfWidth: number;
  halfHeight: number;
  width: number;
  height: number;
}

export interface PlacedLabel {
  id: string;
  /** Centre of the label box in px. */
  x: number;
  y: number;
  /** The label sits away from its marker: draw a thin leader line. */
  leader: boolean;
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const overlap = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) *
  Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));

const boxAt = (x: number, y: number, w: number, h: number): Box => ({
  left: x - w / 2,
  right: x + w / 2,
  top: y - h / 2,
  bottom: y + h / 2,
});

/**
 * Places one label per marker without overlapping other labels or markers: above, right, left, below, the corners,
 * then further out with a leader line. Inside `bounds` when possible; when nothing is free, the least crowded spot.
 */
export function placeLabels(anchors: readonly LabelAnchor[], bounds: Box, gap = 4): PlacedLabel[] {
  const markers = anchors.map((a) => ({
    left: a.x - a.halfWidth,
    right: a.x + a.halfWidth,
    top: a.y - a.halfHeight,
    bottom: a.y + a.halfHeight,
  }));
  const placed: Box[] = [];
  const result: PlacedLabel[] = [];
  const order = [...anchors].sort((a, b) => a.x - b.x || a.y - b.y);
  for (const a of order) {
    const up = a.y - a.halfHeight - gap - a.height / 2;
    const down = a.y + a.halfHeight + gap + a.height / 2;
    const right = a.x + a.halfWidth + gap + a.width / 2;
    const left = a.x - a.halfWidth - gap - a.width / 2;
    const candidates: [number, number, boolean][] = [
      [a.x, up, false],
      [right, a.y, false],
      [left, a.y, false],
      [a.x, down, false],
      [right - a.halfWidth, up, false],
      [left + a.halfWidth, up, false],
      [right - a.halfWidth, down, false],
      [left + a.halfWidth, down, false],
      [a.x, up - a.height - gap, true],
      [a.x, down + a.height + gap, true],
      [right, up - a.height / 2, true],
      [left, up - a.height / 2, true],
      [right, down + a.height / 2, true],
      [left, down + a.height / 2, true],
      [a.x, up - 2 * (a.height + gap), true],
    ];
    let best: { c: [number, number, boolean]; cost: number } | undefined;
    for (const c of candidates) {
      const box = boxAt(c[0], c[1], a.width, a.height);
      const outside =
        Math.max(0, bounds.left - box.left) +
        Math.max(0, box.right - bounds.right) +
        Math.max(0, bounds.top - box.top) +
        Math.max(0, box.bottom - bounds.bottom);
      const cost =
        placed.reduce((sum, p) => sum + overlap(box, p), 0) +
        markers.reduce((sum, m) => sum + overlap(box, m), 0) +
        outside * a.height * 4;
      if (cost === 0) {
        best = { c, cost };
        break;
      }
      if (!best || cost < best.cost) best = { c, cost };
    }
    const [x, y, leader] = best!.c;
    // Keep the label inside the bounds even when it must overlap something.
    const cx = Math.min(bounds.right - a.width / 2, Math.max(bounds.left + a.width / 2, x));
    const cy = Math.min(bounds.bottom - a.height / 2, Math.max(bounds.top + a.height / 2, y));
    placed.push(boxAt(cx, cy, a.width, a.height));
    result.push({ id: a.id, x: cx, y: cy, leader });
  }
  const byId = new Map(result.map((r) => [r.id, r]));
  return anchors.map((a) => byId.get(a.id)!);
}
