/** The slide charts' code (Recharts), fetched before the deck is shown so that no slide waits for it. */
export const loadTradeSlideChart = () => import('@/components/charts/total-trade-chart.tsx');
export const loadStatementsSlideChart = () => import('@/components/charts/statements-chart.tsx');
export const loadSlideCharts = () => Promise.all([loadTradeSlideChart(), loadStatementsSlideChart()]);
