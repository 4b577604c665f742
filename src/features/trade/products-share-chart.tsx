import { ChartCanvas } from '@/components/chart/chart-canvas.tsx';
import { AXIS_STYLE, GRID_AT_TICKS, yearAxisProps } from '@/components/chart/axes.ts';
import { memo, useMemo } from 'react';
import { CartesianGrid, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';
import { useLocale } from '@/components/use-locale.ts';
import type { KoreaShareView, SharePoint } from '@/domain/products.ts';
import { yearTicks } from '@/domain/year-ticks.ts';
import { formatPercent } from '@/i18n/format.ts';
import { formatFigure, formatPeriod, sideLabel } from './flows-format.ts';
import { seriesStyle } from './flows-palette.ts';
import { ChartTooltip } from '@/components/chart/chart-tooltip.tsx';
import { ftaLine, markerShape } from '@/components/chart/marker-elements.tsx';

export const SHARE_CHART_HEIGHT = 320;

interface ShareChartProps {
  view: KoreaShareView;
  hidden: ReadonlySet<string>;
}

type Plotted = SharePoint & { x: number };

/**
 * Korea's share of Peru's import market for each product, one marker per published share: no lines, so a missing year
 * stays empty; hollow markers cover part of a year. Series of one year stand slightly apart so none hides another.
 */
function KoreaShareChart({ view, hidden }: ShareChartProps) {
  const { t, locale } = useLocale();
  const ticks = useMemo(() => yearTicks(view.span, { maxTicks: 8 }), [view.span]);
  const yTick = useMemo(() => (v: number) => formatPercent(v, locale), [locale]);
  const domain: [number, number] = [view.span.from - 0.6, view.span.to + 0.6];
  const n = view.series.length;
  const plotted = useMemo(
    () =>
      view.series.map((s, i) => ({
        ...s,
        style: seriesStyle(i),
        points: s.points.map((p): Plotted => ({ ...p, x: p.year + (i - (n - 1) / 2) * 0.12 })),
      })),
    [view.series, n],
  );
  return (
    <ChartCanvas height={SHARE_CHART_HEIGHT}>
      <ScatterChart margin={{ top: 26, right: 16, bottom: 4, left: 0 }} accessibilityLayer>
        <CartesianGrid {...GRID_AT_TICKS} stroke="var(--grid)" vertical={false} />
        <XAxis {...yearAxisProps(domain, ticks)} />
        <YAxis
          type="number"
          dataKey="sharePct"
          domain={view.scale.domain}
          ticks={view.scale.ticks}
          interval={0}
          tickFormatter={yTick}
          width={52}
          {...AXIS_STYLE}
          allowDataOverflow
        />
        {ftaLine(domain, t('tradeDetail.ftaShort'))}
        <Tooltip
          content={({ active, payload }) => (
            <ShareTooltip active={active} point={payload?.[0]?.payload as Plotted | undefined} />
          )}
          cursor={false}
          isAnimationActive={false}
        />
        {plotted
          .filter((s) => !hidden.has(s.family))
          .map((s) => (
            <Scatter
              key={s.family}
              name={s.family}
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

function ShareTooltip({ active, point }: { active?: boolean; point?: Plotted }) {
  const { t, locale, pick } = useLocale();
  if (!active || !point) return null;
  const { record } = point;
  return (
    <ChartTooltip
      primaryOnly
      title={pick(record.product)}
      value={formatFigure(point.sharePct, 'percent', record.qualifiers, t, locale)}
      rows={[
        [t('tradeDetail.tooltip.period'), formatPeriod(record.year, record.qualifiers, t, locale)],
        ...(record.shareOf ? [[t('tradeDetail.tooltip.of'), pick(record.shareOf)] as const] : []),
        [t('tradeDetail.tooltip.side'), sideLabel(record.reporter, undefined, t)],
      ]}
      qualifiers={record.qualifiers}
      note={record.note}
      sourceIds={record.sourceIds}
    />
  );
}

export default memo(KoreaShareChart);
