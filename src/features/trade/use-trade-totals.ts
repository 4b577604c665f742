import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { timelineQuery, tradeQuery } from '@/data/queries.ts';
import type { TimelineFile } from '@/data/schema/timeline.ts';
import type { TradeFile } from '@/data/schema/trade.ts';
import type { ViewFilter } from '@/domain/filters.ts';
import { tradeSeriesByReporter, tradeYearSpan } from '@/domain/trade-series.ts';

// Its own module: the total-trade panel is on the first screen; the detail section's domain code is not.

function selectTotals(file: TradeFile, filter: Pick<ViewFilter, 'from' | 'to'>) {
  const full = tradeYearSpan(file.annual, 'total');
  const span = full && { from: Math.max(full.from, filter.from), to: Math.min(full.to, filter.to) };
  const series = span && span.from <= span.to ? tradeSeriesByReporter(file.annual, 'total', span) : [];
  const records = series.flatMap((s) => s.points.flatMap((p) => p.records)).sort((a, b) => a.year - b.year);
  const sourceIds = [...new Set(records.map((r) => r.sourceIds[0]!))];
  return { span, series, records, sourceIds };
}
const selectEvents = (file: TimelineFile) => file.events;

/**
 * The total-trade panel's data: each reporting side's totals within the years, and the timeline's events for the
 * milestones on the axis. Keyed on the years alone: a sector chip that leaves trade shown must not redraw the chart.
 */
export function useTradeTotals({ from, to }: Pick<ViewFilter, 'from' | 'to'>) {
  const select = useMemo(() => (file: TradeFile) => selectTotals(file, { from, to }), [from, to]);
  const totals = useQuery({ ...tradeQuery(), select });
  const timeline = useQuery({ ...timelineQuery(), select: selectEvents });
  return { totals, timeline };
}
