/** The slide charts' code, fetched before the deck is shown so that no slide waits for it. */
export const loadTradeSlideChart = () => import('./trade-slide-chart.tsx');
