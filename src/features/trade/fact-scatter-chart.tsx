import {
  YearScatterChart,
  type ScatterSeries,
  type YearScatterChartProps,
} from '@/components/chart/year-scatter-chart.tsx';
import { useLocale } from '@/components/use-locale.ts';
import { seriesStyle } from './flows-palette.ts';

/** A fact series: its key, its name in the legend and tooltip, its place in the section's palette, its points. */
export type FactSeries<P> = Omit<ScatterSeries<P>, 'style'> & { index: number };

type FactScatterChartProps<P> = Omit<YearScatterChartProps<P>, 'ftaLabel' | 'markerSize' | 'series'> & {
  series: readonly FactSeries<P>[];
};

/**
 * The trade detail's charts of published facts (Korea's rank among Peru's partners, its share of Peru's imports): the
 * kit's YearScatterChart with the section's FTA label, markers of 100 px² and its series palette (by place, so a
 * series keeps its colour and shape when another is hidden).
 */
export function FactScatterChart<P>({ series, ...props }: FactScatterChartProps<P>) {
  const { t } = useLocale();
  const styled = series.map((s) => ({ ...s, style: seriesStyle(s.index) }));
  return <YearScatterChart {...props} series={styled} ftaLabel={t('tradeDetail.ftaShort')} markerSize={100} />;
}
