/**
 * The one ticks module: every chart's year and count ticks. A year axis labels every 1, 2, 5 or 10 years (20 on a
 * long axis in a narrow chart), chosen by how many labels fit; pure, so each chart's view function can call it.
 */
export interface YearSpan {
  from: number;
  to: number;
}

/** Years on multiples of `step` from `from` to `to`, both ends included when they fall on a step: 1995, 2000, … */
export function yearsOnStep(from: number, to: number, step: number): number[] {
  const years: number[] = [];
  for (let y = Math.ceil(from / step) * step; y <= to; y += step) years.push(y);
  return years;
}

const STEPS = [1, 2, 5, 10, 20];

/** How the labels of a year axis are thinned. */
export type YearTickRule =
  /** At most this many labels, counted back from the last year so that the latest figure's year is labelled. */
  | { maxTicks: number }
  /** Labels at least `minSpacingPx` apart on a plot this wide, on multiples of the step, at year + 0.5 (bands). */
  | { plotWidthPx: number; minSpacingPx?: number }
  /** A step chosen from the span's length: about 5–10 labels, on multiples of the step. */
  | { byLength: 'aid' | 'community' }
  /** A given step, on its multiples. */
  | { step: number };

/** Steps by span length (in years, `to − from`): the first whose limit the length stays under. */
const LENGTH_STEPS = {
  aid: (years: number) => (years <= 6 ? 1 : years <= 14 ? 2 : years <= 50 ? 5 : 10),
  community: (years: number) => (years > 60 ? 10 : years > 24 ? 5 : years > 10 ? 2 : 1),
} as const;

/** A tick step that keeps about 5–10 labels on an axis of this many years (the community chart's rule). */
export const tickStep = LENGTH_STEPS.community;

/** The year ticks of a span under a rule (see YearTickRule). */
export function yearTicks(span: YearSpan, rule: YearTickRule): number[] {
  if ('maxTicks' in rule) {
    const length = span.to - span.from + 1;
    const step = [1, 2, 5, 10].find((s) => Math.ceil(length / s) <= rule.maxTicks) ?? 10;
    const ticks: number[] = [];
    for (let y = span.to; y >= span.from; y -= step) ticks.unshift(y);
    return ticks;
  }
  if ('plotWidthPx' in rule) {
    const pxPerYear = rule.plotWidthPx / Math.max(1, span.to - span.from + 1);
    const step = STEPS.find((s) => s * pxPerYear >= (rule.minSpacingPx ?? 44)) ?? 20;
    return yearsOnStep(span.from, span.to, step).map((year) => year + 0.5);
  }
  const step = 'step' in rule ? rule.step : LENGTH_STEPS[rule.byLength](span.to - span.from);
  return yearsOnStep(span.from, span.to, step);
}

/** Whole-number ticks for a count axis from 0: steps of 1, 2, 5, 10… so that at most about six ticks show. */
export function countTicks(max: number): number[] {
  const steps = [1, 2, 5, 10, 20, 50, 100];
  const step = steps.find((s) => Math.ceil(max / s) <= 6) ?? Math.ceil(max / 6);
  const top = Math.max(step, Math.ceil(max / step) * step);
  const ticks: number[] = [];
  for (let v = 0; v <= top; v += step) ticks.push(v);
  return ticks;
}
