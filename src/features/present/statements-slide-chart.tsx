import { CartesianGrid, ResponsiveContainer, Scatter, ScatterChart, Symbols, XAxis, YAxis } from 'recharts';
import { GRID_AT_TICKS } from '@/components/chart-style.ts';
import { useLocale } from '@/components/use-locale.ts';
import type { StatementBody, StatementPoint } from '@/domain/investment.ts';
import { SLIDE_BODY_COLOR, SLIDE_BODY_SHAPE } from './slide-styles.ts';
import { formatUsdAxis } from '@/i18n/format.ts';

const TICK = { fontSize: 28, fill: 'var(--text)' };

/**
 * Investment statements at projector scale: each statement of the accumulated stock a separate marker at its date,
 * one shape per body, never joined (they are statements of a stock by different bodies, not a series).
 */
export default function StatementsSlideChart({
  series,
  span,
}: {
  series: { body: StatementBody; points: readonly StatementPoint[] }[];
  span: { from: number; to: number };
}) {
  const { locale } = useLocale();
  const ticks: number[] = [];
  for (let y = Math.ceil(span.from / 2) * 2; y <= span.to + 1; y += 2) ticks.push(y);
  return (
    <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 1700, height: 520 }}>
      <ScatterChart margin={{ top: 24, right: 40, bottom: 8, left: 16 }} accessibilityLayer={false}>
        <CartesianGrid {...GRID_AT_TICKS} stroke="var(--grid)" vertical={false} />
        <XAxis
          type="number"
          dataKey="x"
          domain={[span.from - 0.5, span.to + 1]}
          ticks={ticks}
          tickFormatter={String}
          interval={0}
          tick={TICK}
          stroke="var(--axis)"
          strokeWidth={2}
          height={48}
        />
        <YAxis
          type="number"
          dataKey="valueUsdM"
          domain={[0, 'auto']}
          tickFormatter={(v: number) => formatUsdAxis(v, locale)}
          tick={TICK}
          width={locale === 'es' ? 200 : 150}
          interval={0}
          stroke="var(--axis)"
          strokeWidth={2}
        />
        {series.map((s) => (
          <Scatter
            key={s.body}
            data={s.points}
            isAnimationActive={false}
            shape={(props: { cx?: number; cy?: number }) => (
              <Symbols
                cx={props.cx}
                cy={props.cy}
                type={SLIDE_BODY_SHAPE[s.body]}
                size={560}
                fill={SLIDE_BODY_COLOR[s.body]}
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
