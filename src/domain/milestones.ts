import type { LocalizedText } from '@/data/schema/common.ts';
import type { TimelineEvent } from '@/data/schema/timeline.ts';
import type { PartialDate } from '@/data/schema/common.ts';

/** The Peru–Korea free trade agreement entered into force on 1 August 2011. */
export const FTA_IN_FORCE: PartialDate = '2011-08-01';
/** Diplomatic relations were established on 1 April 1963. */
export const RELATIONS_ESTABLISHED: PartialDate = '1963-04-01';

/** A date as a fractional year for a numeric time axis: 2011-08-01 → 2011.583. */
export function yearFraction(date: PartialDate): number {
  const [y, m = 1, d = 1] = date.split('-').map(Number) as [number, number?, number?];
  const start = Date.UTC(y, 0, 1);
  const end = Date.UTC(y + 1, 0, 1);
  return y + (Date.UTC(y, m - 1, d) - start) / (end - start);
}

/** Whole years between two dates (anniversaries). */
export function yearsBetween(from: PartialDate, to: Date): number {
  const [y, m = 1, d = 1] = from.split('-').map(Number) as [number, number?, number?];
  const before = to.getUTCMonth() + 1 < m || (to.getUTCMonth() + 1 === m && to.getUTCDate() < d);
  return to.getUTCFullYear() - y - (before ? 1 : 0);
}

/** A milestone drawn on a time axis: a vertical line with a short mark, explained in the legend. */
export interface AxisMilestone {
  id: string;
  date: PartialDate;
  /** Position on a numeric year axis. */
  x: number;
  /** "A", "B", … in date order, shown at the top of the line. */
  mark: string;
  title: LocalizedText;
}

/** The FTA's entry into force as an axis milestone, for a chart drawn without the timeline (a slide, a fallback). */
export const ftaMilestone = (title: LocalizedText): AxisMilestone => ({
  id: 'fta-in-force',
  date: FTA_IN_FORCE,
  x: yearFraction(FTA_IN_FORCE),
  mark: 'A',
  title,
});

/**
 * The timeline's milestones (FTA in force, strategic partnership, anniversaries, APEC) that fall within a year span,
 * marked A, B, C… so that the labels stay short on the chart and are spelled out in the legend. The same event
 * recorded twice (same date and title, e.g. from two sources) is one line.
 */
export function axisMilestones(events: readonly TimelineEvent[], span: { from: number; to: number }): AxisMilestone[] {
  const seen = new Set<string>();
  return events
    .filter((e) => e.milestone && Number(e.date.slice(0, 4)) >= span.from && Number(e.date.slice(0, 4)) <= span.to)
    .filter((e) => {
      const key = `${e.date}|${e.title.en}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((e, i) => ({
      id: e.id,
      date: e.date,
      x: yearFraction(e.date),
      mark: String.fromCharCode(65 + i),
      title: e.title,
    }));
}
