import { YearScatterChart, type YearScatterChartProps } from '@/components/chart/year-scatter-chart.tsx';
import { useLocale } from '@/components/use-locale.ts';

/**
 * The trade detail's charts of published facts (Korea's rank among Peru's partners, its share of Peru's imports): the
 * kit's YearScatterChart with the section's FTA label and markers of 100 px².
 */
export function FactScatterChart<P>(props: Omit<YearScatterChartProps<P>, 'ftaLabel' | 'markerSize'>) {
  const { t } = useLocale();
  return <YearScatterChart {...props} ftaLabel={t('tradeDetail.ftaShort')} markerSize={100} />;
}
