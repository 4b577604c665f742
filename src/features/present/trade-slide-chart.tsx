import {
  CartesianGrid,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Symbols,
  XAxis,
  YAxis,
} from 'recharts';
import { REPORTER_STYLE } from '@/components/chart-palette.ts';
import { GRID_AT_TICKS } from '@/components/chart-style.ts';
import { useLocale } from '@/components/use-locale.ts';
import { FTA_IN_FORCE, yearFraction } from '@/domain/milestones.ts';
import type { TradeSeries, YearRange } from '@/domain/trade-series.ts';
import { formatUsdAxis } from '@/i18n/format.ts';

const HEIGHT = 520;

/** The trade markers at projector scale: large markers, 28 px axis labels, a heavy FTA line. */
export default function TradeSlideChart({ series, span }: { series: TradeSeries[]; span: YearRange }) {
  const { t, locale } = useLocale();
  const ticks: number[] = [];
  for (let y = span.from; y <= span.to; y += 4) ticks.push(y);
  return (
    <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 1700, height: HEIGHT }}>
      <ScatterChart margin={{ top: 56, right: 40, bottom: 16, left: 24 }} accessibilityLayer={false}>
        <CartesianGrid {...GRID_AT_TICKS} stroke="var(--grid)" vertical={false} />
        <XAxis
          type="number"
          dataKey="year"
          domain={[span.from - 0.5, span.to + 0.5]}
          ticks={ticks}
          tickFormatter={String}
          tick={{ fontSize: 28, fill: 'var(--text)' }}
          stroke="var(--axis)"
          strokeWidth={2}
          height={48}
        />
        <YAxis
          type="number"
          dataKey="valueUsdM"
          domain={[0, 'auto']}
          tickFormatter={(v: number) => formatUsdAxis(v, locale)}
          tick={{ fontSize: 28, fill: 'var(--text)' }}
          width={locale === 'es' ? 200 : 150}
          interval={0}
          stroke="var(--axis)"
          strokeWidth={2}
        />
        <ReferenceLine
          x={yearFraction(FTA_IN_FORCE)}
          stroke="var(--event-line)"
          strokeWidth={4}
          strokeDasharray="12 8"
          label={{ value: t('trade.ftaLabel'), position: 'top', fontSize: 30, fontWeight: 700, fill: 'var(--text)' }}
        />
        {series.map((s) => (
          <Scatter
            key={s.reporter}
            data={s.points}
            fill={REPORTER_STYLE[s.reporter].color}
            isAnimationActive={false}
            shape={(props: { cx?: number; cy?: number }) => (
              <Symbols
                cx={props.cx}
                cy={props.cy}
                type={REPORTER_STYLE[s.reporter].shape}
                size={520}
                fill={REPORTER_STYLE[s.reporter].color}
                stroke="var(--surface)"
                strokeWidth={2}
              />
            )}
          />
        ))}
      </ScatterChart>
    </ResponsiveContainer>
  );
}
