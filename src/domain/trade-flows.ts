import type { LocalizedText, Reporter, Sector } from '@/data/schema/common.ts';
import { REPORTERS } from '@/data/vocabulary.ts';
import type { TradeFlow, TradeRecord } from '@/data/schema/trade.ts';
import { matchesSectors, matchesYears, type ViewFilter } from './filters.ts';
import { isUsable } from './prefer-record.ts';
import type { YearRange } from './trade-series.ts';

/** The flows the detail chart shows, one small panel each, in this order. */
export const DETAIL_FLOWS = [
  'exports_pe_to_kr',
  'imports_pe_from_kr',
  'balance',
] as const satisfies readonly TradeFlow[];
export type DetailFlow = (typeof DETAIL_FLOWS)[number];

const isDetailFlow = (flow: TradeFlow): flow is DetailFlow => (DETAIL_FLOWS as readonly TradeFlow[]).includes(flow);

/**
 * Where each side's markers sit around their year, so that conflicting figures of one year stand side by side instead
 * of on top of each other. Only the drawing moves: the tooltip, table and CSV give the year as published.
 */
export const SIDE_OFFSET: Record<Reporter, number> = { korea: -0.2, peru: 0.2, unclear: 0 };

/** One published figure placed on a panel. `x` is the year plus its side's offset. */
export interface FlowPoint {
  x: number;
  year: number;
  valueUsdM: number;
  record: TradeRecord;
}

export interface FlowSeries {
  reporter: Reporter;
  points: FlowPoint[];
}

/** A year for which Korea's and Peru's statistics give different figures of the same flow. */
export interface SideDifference {
  flow: DetailFlow;
  year: number;
  korea: TradeRecord[];
  peru: TradeRecord[];
}

/** A conflict note of the dataset, once, with the years and records that carry it. */
export interface ConflictNote {
  text: LocalizedText;
  years: number[];
  recordIds: string[];
}

export interface FlowPanel {
  flow: DetailFlow;
  series: FlowSeries[];
  differences: SideDifference[];
  conflicts: ConflictNote[];
}

export interface FlowsView {
  /** Panels that have at least one usable figure in the filter, in DETAIL_FLOWS order. */
  panels: FlowPanel[];
  /** Every record of the three flows in the filter (usable or not), by year, flow and side: the table and CSV. */
  records: TradeRecord[];
  /** The years the panels share. */
  span: YearRange;
  /** The value axis every panel shares, so that their heights compare. */
  scale: NiceScale;
  /** How many charted figures each side has, over all panels (for the legend). */
  counts: Record<Reporter, number>;
  sourceIds: string[];
}

/** True when any record of the three flows belongs to the selected sectors (the section then has something to say). */
export const flowsMatchSectors = (records: readonly TradeRecord[], sectors: readonly Sector[]) =>
  records.some((r) => isDetailFlow(r.flow) && matchesSectors(r.sectors, sectors));

const flowOrder = (flow: TradeFlow) => (DETAIL_FLOWS as readonly TradeFlow[]).indexOf(flow);

/** Korea's and Peru's figures of one flow that differ in the same year; unstated sides are not compared. */
export function sideDifferences(records: readonly TradeRecord[], flow: DetailFlow): SideDifference[] {
  const usable = records.filter((r) => r.flow === flow && isUsable(r));
  const years = [...new Set(usable.map((r) => r.year))].sort((a, b) => a - b);
  const differences: SideDifference[] = [];
  for (const year of years) {
    const korea = usable.filter((r) => r.year === year && r.reporter === 'korea');
    const peru = usable.filter((r) => r.year === year && r.reporter === 'peru');
    if (korea.length === 0 || peru.length === 0) continue;
    const kv = new Set(korea.map((r) => r.valueUsdM));
    const pv = new Set(peru.map((r) => r.valueUsdM));
    const same = kv.size === pv.size && [...kv].every((v) => pv.has(v));
    if (!same) differences.push({ flow, year, korea, peru });
  }
  return differences;
}

/** The dataset's conflict notes among these records, each once (records of one conflict share the same note). */
export function conflictNotes(
  records: readonly { id: string; year?: number; qualifiers: TradeRecord['qualifiers'] }[],
) {
  const notes = new Map<string, ConflictNote>();
  for (const r of records) {
    const text = r.qualifiers.conflict;
    if (!text) continue;
    const note = notes.get(text.en) ?? { text, years: [], recordIds: [] };
    if (r.year !== undefined && !note.years.includes(r.year)) note.years.push(r.year);
    note.recordIds.push(r.id);
    notes.set(text.en, note);
  }
  return [...notes.values()].map((n) => ({ ...n, years: n.years.sort((a, b) => a - b) }));
}

export interface NiceScale {
  domain: [number, number];
  ticks: number[];
}

/** A step of 1, 2, 2.5 or 5 times a power of ten, at least `rough`. */
export function niceStep(rough: number): number {
  if (!(rough > 0) || !Number.isFinite(rough)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const fraction = rough / magnitude;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
  return nice * magnitude;
}

/**
 * An axis that starts at zero (or below, for a negative balance) and ends at a round number above the largest value,
 * with round ticks. Only the axis is rounded; the figures are drawn as published.
 */
export function niceScale(values: readonly number[], targetTicks = 5): NiceScale {
  const max = Math.max(0, ...values);
  const min = Math.min(0, ...values);
  if (max === min) return { domain: [0, 1], ticks: [0, 1] };
  const step = niceStep((max - min) / Math.max(1, targetTicks - 1));
  const lo = Math.floor(min / step) * step;
  const hi = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  for (let v = lo; v <= hi + step / 2; v += step) ticks.push(Number(v.toPrecision(12)));
  return { domain: [lo, hi], ticks };
}

/**
 * Peru's exports to and imports from Korea and its balance, by reporting side, for the reader's filter: one panel per
 * flow, one series per side, a point per usable published figure (nothing filled in, nothing summed), the years where
 * the two sides disagree, and every record for the table. Undefined when nothing of the three flows is in the filter.
 */
export function selectFlowsView(records: readonly TradeRecord[], filter: ViewFilter): FlowsView | undefined {
  const inFilter = records
    .filter((r) => isDetailFlow(r.flow) && matchesSectors(r.sectors, filter.sectors) && matchesYears(r.year, filter))
    .sort(
      (a, b) =>
        a.year - b.year ||
        flowOrder(a.flow) - flowOrder(b.flow) ||
        REPORTERS.indexOf(a.reporter) - REPORTERS.indexOf(b.reporter),
    );
  const usable = inFilter.filter(isUsable);
  if (usable.length === 0) return undefined;

  const counts: Record<Reporter, number> = { korea: 0, peru: 0, unclear: 0 };
  const panels: FlowPanel[] = [];
  for (const flow of DETAIL_FLOWS) {
    const ofFlow = usable.filter((r) => r.flow === flow);
    if (ofFlow.length === 0) continue;
    const series = REPORTERS.map((reporter) => ({
      reporter,
      points: ofFlow
        .filter((r) => r.reporter === reporter)
        .map((record) => ({
          x: record.year + SIDE_OFFSET[reporter],
          year: record.year,
          valueUsdM: record.valueUsdM,
          record,
        })),
    })).filter((s) => s.points.length > 0);
    for (const s of series) counts[s.reporter] += s.points.length;
    panels.push({ flow, series, differences: sideDifferences(ofFlow, flow), conflicts: conflictNotes(ofFlow) });
  }

  const years = usable.map((r) => r.year);
  return {
    panels,
    records: inFilter,
    span: { from: Math.min(...years), to: Math.max(...years) },
    scale: niceScale(usable.map((r) => r.valueUsdM)),
    counts,
    sourceIds: [...new Set(inFilter.flatMap((r) => r.sourceIds))],
  };
}

/** "2008–2020", or "2020" when the span is one year. */
export const spanLabel = (span: YearRange) => (span.from === span.to ? String(span.from) : `${span.from}–${span.to}`);

/** Whether a position on a year axis (e.g. the FTA's entry into force) falls on a chart of this span and padding. */
export const spanIncludes = (span: YearRange, x: number, pad = 0.6) => x >= span.from - pad && x <= span.to + pad;
