import { RANK_SCOPES, rankTicks, type RankPoint, type RankSeries } from './fta-facts.ts';
import type { KoreaShareView, SharePoint } from './products.ts';
import type { YearRange } from './trade-series.ts';
import { yearTicks } from './year-ticks.ts';

/*
 * What the trade-detail marker charts draw (ranks, Korea's import shares, flows): the year axis and, where several
 * series share a year, each series' markers set a little apart so that none hides another. The year itself is kept
 * (`year`); only the drawn position `x` moves.
 */

/** A year axis for markers: its ticks, and a domain half a year (and a little) wider each side, so end markers are whole. */
export function yearScatterAxis(span: YearRange, pad: number, maxTicks: number) {
  return { domain: [span.from - pad, span.to + pad] as [number, number], ticks: yearTicks(span, { maxTicks }) };
}

export type PlacedRank = RankPoint & { x: number; scope: RankSeries['scope'] };

/**
 * Korea's partner ranks: each scope's markers at a fixed offset from the year (partners left, imports right); the
 * same scope, year and rank stated by a second source is set a little further right.
 */
export function rankChartView(ranks: readonly RankSeries[], span: YearRange, maxRank: number) {
  const series = ranks.map((s) => {
    const index = RANK_SCOPES.indexOf(s.scope);
    const seen = new Map<string, number>();
    const points = s.points.map((p): PlacedRank => {
      const key = `${p.year}-${p.rank}`;
      const repeat = seen.get(key) ?? 0;
      seen.set(key, repeat + 1);
      return { ...p, scope: s.scope, x: p.year + (index - 1) * 0.16 + repeat * 0.1 };
    });
    return { scope: s.scope, index, points };
  });
  return {
    ...yearScatterAxis(span, 0.7, 8),
    /** Ranks, 1 at the top; 36 px hold the labels (at most two digits). */
    valueAxis: {
      dataKey: 'rank',
      reversed: true,
      domain: [0.5, Math.max(1, maxRank) + 0.5] as [number, number],
      ticks: rankTicks(maxRank, 8),
      width: 36,
    },
    series,
  };
}

export type PlacedShare = SharePoint & { x: number };

/** Korea's import shares: the series of one year spread evenly around it, 0.12 of a year apart. */
export function shareChartView(view: Pick<KoreaShareView, 'series' | 'span' | 'scale'>) {
  const n = view.series.length;
  return {
    ...yearScatterAxis(view.span, 0.6, 8),
    /** Percent over the shares' own scale; 52 px hold a label such as "86.8 %". */
    valueAxis: { dataKey: 'sharePct', domain: view.scale.domain, ticks: view.scale.ticks, width: 52 },
    series: view.series.map((s, i) => ({
      ...s,
      points: s.points.map((p): PlacedShare => ({ ...p, x: p.year + (i - (n - 1) / 2) * 0.12 })),
    })),
  };
}
