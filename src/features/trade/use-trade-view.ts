import { useCallback, useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { productsQuery, timelineQuery, tradeQuery } from '@/data/queries.ts';
import type { ProductsFile } from '@/data/schema/products.ts';
import type { TimelineFile } from '@/data/schema/timeline.ts';
import type { TradeFile } from '@/data/schema/trade.ts';
import { sectorsCarried, viewByScope, type ViewFilter } from '@/domain/filters.ts';
import { factsMatchSectors, selectFtaFacts } from '@/domain/fta-facts.ts';
import { productsMatchSectors, selectKoreaShareView, selectProductsView } from '@/domain/products.ts';
import { tradeSeriesByReporter, tradeYearSpan } from '@/domain/trade-series.ts';
import { flowsMatchSectors, selectFlowsView } from '@/domain/trade-flows.ts';

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

// Remembered per filter scope: a chip that no trade or product record carries changes nothing here.
const selectTrade = viewByScope(
  (file: TradeFile, filter: ViewFilter) => ({
    inSectors: flowsMatchSectors(file.annual, filter.sectors) || factsMatchSectors(file.facts, filter.sectors),
    flows: selectFlowsView(file.annual, filter),
    facts: selectFtaFacts(file.facts, filter),
  }),
  (file) => sectorsCarried(file.annual, file.facts),
);

const selectProducts = viewByScope(
  (file: ProductsFile, filter: ViewFilter) => ({
    inSectors: productsMatchSectors(file.products, filter.sectors),
    products: selectProductsView(file.products, filter),
    koreaShare: selectKoreaShareView(file.products, filter),
  }),
  (file) => sectorsCarried(file.products),
);

/** The trade detail section's data: flows and FTA facts from trade.json, products and Korea's share from products.json. */
export function useTradeDetailView(filter: ViewFilter) {
  const trade = useQuery({
    ...tradeQuery(),
    select: useCallback((file: TradeFile) => selectTrade(file, filter), [filter]),
  });
  const products = useQuery({
    ...productsQuery(),
    select: useCallback((file: ProductsFile) => selectProducts(file, filter), [filter]),
  });
  return { trade, products };
}
