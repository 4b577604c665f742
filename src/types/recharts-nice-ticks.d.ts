// Recharts' own nice-tick function, imported on its own by the light total-trade chart (features/trade/static-trade-chart.tsx)
// so that its value axis has exactly the live chart's ticks without loading Recharts on the first screen.
declare module 'recharts/es6/util/scale/getNiceTickValues.js' {
  export { getNiceTickValues } from 'recharts/types/util/scale/getNiceTickValues';
}
