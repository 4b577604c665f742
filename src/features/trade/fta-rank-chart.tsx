import { ChartCanvas } from '@/components/chart/chart-canvas.tsx';
import { AXIS_STYLE, GRID_AT_TICKS, yearAxisProps } from '@/components/chart/axes.ts';
import { memo, useMemo } from 'react';
import { CartesianGrid, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';
import { useLocale } from '@/components/use-locale.ts';
import { RANK_SCOPES, rankTicks, type RankPoint, type RankSeries } from '@/domain/fta-facts.ts';
import { yearTicks } from '@/domain/year-ticks.ts';
import type { YearRange } from '@/domain/trade-series.ts';
import { formatFigure, formatPeriod } from './flows-format.ts';
import { seriesStyle } from './flows-palette.ts';
import { ChartTooltip } from '@/components/chart/chart-tooltip.tsx';
import { ftaLine, markerShape } from '@/components/chart/marker-elements.tsx';

export const RANK_CHART_HEIGHT = 260;

interface RankChartProps {
  ranks: RankSeries[];
  span: YearRange;
  maxRank: number;
  hidden: ReadonlySet<string>;
}

type Plotted = RankPoint & { x: number; scope: RankSeries['scope'] };

/**
 * Korea's rank among Peru's trading partners by year, rank 1 at the top, one marker per statement (two sources for the
 * same year stand side by side, conflicting or not); hollow markers cover part of a year.
 */
function RankChart({ ranks, span, maxRank, hidden }: RankChartProps) {
  const { t } = useLocale();
  const ticks = useMemo(() => yearTicks(span, { maxTicks: 8 }), [span]);
  const yTicks = useMemo(() => rankTicks(maxRank, 8), [maxRank]);
  const domain: [number, number] = [span.from - 0.7, span.to + 0.7];
  const plotted = useMemo(
    () =>
      ranks.map((s) => {
        const index = RANK_SCOPES.indexOf(s.scope);
        const seen = new Map<string, number>();
        return {
          ...s,
          style: seriesStyle(index),
          points: s.points.map((p): Plotted => {
            // Same scope, year and rank from two sources: set the second one a little to the right.
            const key = `${p.year}-${p.rank}`;
            const repeat = seen.get(key) ?? 0;
            seen.set(key, repeat + 1);
            return { ...p, scope: s.scope, x: p.year + (index - 1) * 0.16 + repeat * 0.1 };
          }),
        };
      }),
    [ranks],
  );
  return (
    <ChartCanvas height={RANK_CHART_HEIGHT} initialWidth={700}>
      <ScatterChart margin={{ top: 26, right: 16, bottom: 4, left: 0 }} accessibilityLayer>
        <CartesianGrid {...GRID_AT_TICKS} stroke="var(--grid)" vertical={false} />
        <XAxis {...yearAxisProps(domain, ticks)} />
        <YAxis
          type="number"
          dataKey="rank"
          reversed
          domain={[0.5, Math.max(1, maxRank) + 0.5]}
          ticks={yTicks}
          interval={0}
          tickFormatter={String}
          width={36}
          {...AXIS_STYLE}
          allowDataOverflow
        />
        {ftaLine(domain, t('tradeDetail.ftaShort'))}
        <Tooltip
          content={({ active, payload }) => (
            <RankTooltip active={active} point={payload?.[0]?.payload as Plotted | undefined} />
          )}
          cursor={false}
          isAnimationActive={false}
        />
        {plotted
          .filter((s) => !hidden.has(s.scope))
          .map((s) => (
            <Scatter
              key={s.scope}
              name={t(`tradeDetail.fta.rankScopes.${s.scope}`)}
              data={s.points}
              fill={s.style.color}
              isAnimationActive={false}
              shape={markerShape(s.style, 100)}
            />
          ))}
      </ScatterChart>
    </ChartCanvas>
  );
}

function RankTooltip({ active, point }: { active?: boolean; point?: Plotted }) {
  const { t, locale, pick } = useLocale();
  if (!active || !point) return null;
  const { fact } = point;
  return (
    <ChartTooltip
      primaryOnly
      title={pick(fact.label)}
      value={formatFigure(point.rank, 'rank', fact.qualifiers, t, locale)}
      rows={[
        [t('tradeDetail.tooltip.period'), formatPeriod(point.year, fact.qualifiers, t, locale)],
        [t('tradeDetail.tooltip.scope'), t(`tradeDetail.fta.rankScopes.${point.scope}`)],
      ]}
      qualifiers={fact.qualifiers}
      note={fact.note}
      sourceIds={fact.sourceIds}
    />
  );
}

export default memo(RankChart);
