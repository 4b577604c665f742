import type { ProductRecord } from '@/data/schema/products.ts';
import type { Reporter } from '@/data/schema/common.ts';
import { wrapText as wrap, type Measure } from './text-wrap.ts';

/** One bar of a labelled bar list, with every text it shows already in the interface language. */
export interface BarRow {
  id: string;
  /** The product or group; shown on the first row of its product only. */
  title: string;
  showTitle: boolean;
  period: string;
  /** "US$121 million", "about 92.5%". */
  valueLabel: string;
  /** Qualifiers the value label does not already say (year inferred, sources differ, not verified), or ''. */
  flags: string;
  value: number;
  /** The scale the bar is drawn on: US$ (up to the largest bar) or percent (a 0–100 track). */
  unit: 'usd_m' | 'percent';
  /** Under the bar: what a share is a share of. */
  below?: string;
  reporter: Reporter;
  partial: boolean;
  record: ProductRecord;
}

/** Below this width the labels go above their bars instead of beside them. */
export const NARROW_BELOW = 520;
export const BAR = 14;

export interface Segment {
  text: string;
  bold?: boolean;
  muted?: boolean;
}
export interface TextLine {
  segments: Segment[];
  /** Baseline, relative to the bar's centre. */
  dy: number;
  /** Relative to the bar's start. */
  dx: number;
  anchor: 'start' | 'end';
  small?: boolean;
}
export interface RowLayout {
  row: BarRow;
  /** Centre of the bar (chart px). */
  y: number;
  barStart: number;
  barLength: number;
  /** Length of the 0–100 % track behind a share bar. */
  track?: number;
  lines: TextLine[];
  /** The value is written after the bar (wide) or in the line above it (narrow). */
  valueAfterBar: boolean;
}
export interface Layout {
  rows: RowLayout[];
  height: number;
}

/**
 * The product bars' view: where each bar and each line of its label goes for a chart width (px), measured so that no
 * label is ever cut off, from a 390 px phone up. Wide: labels beside the bars; narrow: labels above them.
 */
/** The notes under a bar, muted and small, a line each. */
const belowLines = (below: readonly string[], lineH: number): TextLine[] =>
  below.map((text, k) => ({
    segments: [{ text, muted: true }],
    dy: BAR / 2 + 3 + lineH * 0.75 + k * lineH,
    dx: 0,
    anchor: 'start',
    small: true,
  }));

/** A row's bar on the value scale: percents against 100 (drawn with its track), amounts against the largest. */
function placedBar(
  row: BarRow,
  at: { center: number; barStart: number; room: number; usdMax: number },
  lines: TextLine[],
  valueAfterBar: boolean,
): RowLayout {
  const max = row.unit === 'percent' ? 100 : at.usdMax;
  const scale = max > 0 ? at.room / max : 0;
  return {
    row,
    y: at.center,
    barStart: at.barStart,
    barLength: row.value * scale,
    track: row.unit === 'percent' ? 100 * scale : undefined,
    lines,
    valueAfterBar,
  };
}

export function computeLayout(rows: readonly BarRow[], width: number, measure: Measure, fontSize: number): Layout {
  const lineH = Math.round(fontSize * 1.35);
  const baseline = fontSize * 0.36;
  const wide = width >= NARROW_BELOW;
  const pad = 4;
  const familyGap = 10;
  const usdMax = Math.max(0, ...rows.filter((r) => r.unit === 'usd_m').map((r) => r.value));
  const out: RowLayout[] = [];
  let y = 4;

  if (wide) {
    const labelW = Math.min(300, Math.max(160, Math.round(width * 0.38)));
    const barStart = labelW + 16;
    const plotW = width - barStart - 6;
    const valueW =
      Math.max(0, ...rows.map((r) => measure(r.valueLabel, true) + (r.flags ? measure(` · ${r.flags}`) : 0))) + 22;
    const room = Math.max(40, plotW - valueW);
    rows.forEach((row, i) => {
      if (i > 0 && row.showTitle) y += familyGap;
      const left: Segment[][] = [];
      if (row.showTitle) {
        const period = ` · ${row.period}`;
        if (measure(row.title, true) + measure(period) <= labelW)
          left.push([{ text: row.title, bold: true }, { text: period }]);
        else {
          for (const l of wrap(row.title, labelW, measure, true)) left.push([{ text: l, bold: true }]);
          left.push([{ text: row.period }]);
        }
      } else left.push([{ text: row.period }]);
      const below = row.below ? wrap(row.below, plotW, measure) : [];
      const top = Math.max(lineH, BAR);
      const leftH = left.length * lineH;
      const rightH = top + (below.length ? 3 + below.length * lineH : 0);
      const center = y + pad + top / 2;
      const lines: TextLine[] = left.map((segments, k) => ({
        segments,
        dy: baseline + k * lineH,
        dx: -10,
        anchor: 'end',
      }));
      out.push(placedBar(row, { center, barStart, room, usdMax }, [...lines, ...belowLines(below, lineH)], true));
      y += Math.max(leftH, rightH) + pad * 2;
    });
  } else {
    const barStart = 2;
    const plotW = width - 4;
    const room = Math.max(40, plotW - 14);
    rows.forEach((row, i) => {
      if (i > 0 && row.showTitle) y += familyGap;
      const above: Segment[][] = [];
      if (row.showTitle) for (const l of wrap(row.title, plotW, measure, true)) above.push([{ text: l, bold: true }]);
      const text = [row.period, row.valueLabel, row.flags].filter(Boolean).join(' · ');
      for (const l of wrap(text, plotW, measure)) above.push([{ text: l }]);
      const below = row.below ? wrap(row.below, plotW, measure) : [];
      const center = y + pad + above.length * lineH + 3 + BAR / 2;
      const lines: TextLine[] = above.map((segments, k) => ({
        segments,
        dy: -BAR / 2 - 3 - (above.length - k) * lineH + lineH * 0.75,
        dx: 0,
        anchor: 'start',
      }));
      out.push(placedBar(row, { center, barStart, room, usdMax }, [...lines, ...belowLines(below, lineH)], false));
      y = center + BAR / 2 + (below.length ? 3 + below.length * lineH : 0) + pad;
    });
  }
  return { rows: out, height: Math.ceil(y + 4) };
}
