import { ChartTooltip, type TooltipFigure } from '@/components/chart/chart-tooltip.tsx';
import { useLocale } from '@/components/use-locale.ts';
import { formatFigure, formatPeriod, type FigureUnit } from './flows-format.ts';

interface TradeTooltipProps {
  title: string;
  /** The figure, in `unit`, and the year (or part of it) it covers. */
  value: number;
  unit: FigureUnit;
  year: number;
  /** Rows after the period (scope, what a share is of, who reported it). */
  rows?: readonly (readonly [string, string])[];
  figure: TooltipFigure;
}

/** The kit's tooltip for a trade figure of one period: its value as published, the period, then the chart's own rows. */
export function TradeTooltip({ title, value, unit, year, rows = [], figure }: TradeTooltipProps) {
  const { t, locale } = useLocale();
  const { qualifiers } = figure;
  return (
    <ChartTooltip
      primaryOnly
      title={title}
      value={formatFigure(value, unit, qualifiers, t, locale)}
      rows={[[t('tradeDetail.tooltip.period'), formatPeriod(year, qualifiers, t, locale)], ...rows]}
      figure={figure}
    />
  );
}
