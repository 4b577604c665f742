import { STATEMENT_BODIES, type StatementBody, type StatementPoint } from './investment-statements.ts';
import { yearTicks } from './year-ticks.ts';

export interface StatementsLayout {
  /** The time axis's extent: a little room before the first year and after the last year's end. */
  domain: [number, number];
  /** Year ticks at mid-year, thinned so labels keep `minSpacing` px apart (more for larger text). */
  ticks: number[];
  /** One series per body that stated a figure, in the bodies' fixed order. */
  series: { body: StatementBody; points: StatementPoint[] }[];
}

/** Room between year labels at 13 px text, in px. */
const LABEL_SPACING_PX = 46;

/**
 * What the statements chart draws for its width: the plot's width (chart less the value axis and margins, px) and the
 * labels' font size decide how many year labels fit; every statement is a marker in its body's series.
 */
export function statementsLayout(
  points: readonly StatementPoint[],
  span: { from: number; to: number },
  plotWidthPx: number,
  fontPx = 13,
): StatementsLayout {
  return {
    domain: [span.from - 0.3, span.to + 1.3],
    ticks: yearTicks(span, { plotWidthPx, minSpacingPx: (LABEL_SPACING_PX * fontPx) / 13 }),
    series: STATEMENT_BODIES.map((body) => ({ body, points: points.filter((p) => p.body === body) })).filter(
      (s) => s.points.length > 0,
    ),
  };
}

/** Side-by-side spacing of identical figures published by two outlets, in px at page scale. */
export const STACK_STEP = 13;

/** How far a marker stands from its date when outlets published the same figure: centred around it, in px. */
export const stackOffset = (p: Pick<StatementPoint, 'stackIndex' | 'stackSize'>, factor = 1) =>
  (p.stackIndex - (p.stackSize - 1) / 2) * STACK_STEP * factor;
