import { ChartCanvas } from '@/components/chart/chart-canvas.tsx';
import { AXIS_STYLE, GRID_AT_TICKS } from '@/components/chart/axes.ts';
import { memo } from 'react';
import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from 'recharts';
import { useLocale } from '@/components/use-locale.ts';
import type { IndustryShare } from '@/domain/investment-projects.ts';
import { formatNumber } from '@/i18n/format.ts';
import { industriesChartHeight } from './investment-styles.ts';

/**
 * How many FDI records are in mining, in oil & gas and elsewhere: a count of records, never a sum of amounts
 * (the amounts are listed one by one beside the chart).
 */
function IndustriesChart({ shares }: { shares: readonly IndustryShare[] }) {
  const { t, locale } = useLocale();
  const height = industriesChartHeight(shares.length);
  const data = shares.map((s) => ({
    label: `${t(`investment.industryShare.groups.${s.group}`)} (${formatNumber(s.records, locale)})`,
    records: s.records,
  }));
  const max = Math.max(1, ...shares.map((s) => s.records));
  const ticks = Array.from({ length: max + 1 }, (_, i) => i).filter((i) => max <= 8 || i % Math.ceil(max / 8) === 0);
  return (
    <ChartCanvas height={height} initialWidth={600}>
      <BarChart data={data} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 4 }} accessibilityLayer>
        <CartesianGrid {...GRID_AT_TICKS} stroke="var(--grid)" horizontal={false} />
        <XAxis
          type="number"
          domain={[0, max]}
          ticks={ticks}
          allowDecimals={false}
          tickFormatter={(v: number) => formatNumber(v, locale)}
          {...AXIS_STYLE}
        />
        <YAxis
          type="category"
          dataKey="label"
          width={locale === 'ko' ? 100 : 140}
          stroke="var(--axis)"
          tickLine={false}
          tick={{ fill: 'var(--text)', fontSize: 13 }}
        />
        <Bar
          dataKey="records"
          name={t('investment.industryShare.axis')}
          fill="var(--series-korea)"
          barSize={22}
          isAnimationActive={false}
        />
      </BarChart>
    </ChartCanvas>
  );
}

export default memo(IndustriesChart);
