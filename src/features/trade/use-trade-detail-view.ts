import { useCallback } from 'react';
import { useQuery } from '@tanstack/react-query';
import { productsQuery, tradeQuery } from '@/data/queries.ts';
import type { ProductsFile } from '@/data/schema/products.ts';
import type { TradeFile } from '@/data/schema/trade.ts';
import { sectorsCarried, viewByScope, type ViewFilter } from '@/domain/filters.ts';
import { factsMatchSectors, selectFtaFacts } from '@/domain/fta-facts.ts';
import { productsMatchSectors, selectKoreaShareView, selectProductsView } from '@/domain/products.ts';
import { flowsMatchSectors, selectFlowsView } from '@/domain/trade-flows.ts';

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
