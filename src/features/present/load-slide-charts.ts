/** The slide charts' code (Recharts), fetched before the deck is shown so that no slide waits for it. */
export const loadTradeSlideChart = () => import('./trade-slide-chart.tsx');
export const loadStatementsSlideChart = () => import('./statements-slide-chart.tsx');
export const loadSlideCharts = () => Promise.all([loadTradeSlideChart(), loadStatementsSlideChart()]);
