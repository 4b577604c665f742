import { ChartCanvas } from '@/components/chart/chart-canvas.tsx';
import { useChartWidth } from '@/components/chart/use-chart-width.ts';
import { AXIS_STYLE, GRID_AT_TICKS, yearAxisProps } from '@/components/chart/axes.ts';
import { memo, useMemo } from 'react';
import { ChartTooltip } from '@/components/chart/chart-tooltip.tsx';
import { pointTooltip } from '@/components/chart/point-tooltip.tsx';
import { CartesianGrid, Scatter, ScatterChart, XAxis, YAxis } from 'recharts';
import { useLocale } from '@/components/use-locale.ts';
import type { Locale } from '@/data/schema/common.ts';
import { COMMUNITY_SERIES, niceAxis, type CommunityPoint } from '@/domain/exchange.ts';
import { estimateTextWidth } from '@/domain/investment-labels.ts';
import { placeMarkerLabels } from '@/domain/label-placement.ts';
import { yearTicks } from '@/domain/year-ticks.ts';
import { formatNumber } from '@/i18n/format.ts';
import { COMMUNITY_STYLE } from './community-style.ts';
import { labelFor } from './exchange-format.ts';

export const COMMUNITY_CHART_HEIGHT = 340;

interface CommunityChartProps {
  points: readonly CommunityPoint[];
  span: { from: number; to: number };
}

interface MarkerProps {
  cx?: number;
  cy?: number;
  payload?: CommunityPoint;
  locale: Locale;
  /** The chart's width, so that a label near an edge is written inwards instead of being cut off. */
  width: number;
}

/** One published figure: its series' marker, and its value written above (or below, for a second figure that year). */
function CommunityMarker({ cx, cy, payload, locale, width }: MarkerProps) {
  if (cx === undefined || cy === undefined || !payload) return null;
  const style = COMMUNITY_STYLE[payload.series];
  const r = 6.5;
  const below = payload.label === 'below';
  const anchor = cx > width - 44 ? 'end' : cx < 44 ? 'start' : 'middle';
  const labelX = anchor === 'end' ? cx + 10 : anchor === 'start' ? cx - 10 : cx;
  return (
    <g className={`community-marker community-marker--${payload.series}`}>
      {style.shape === 'circle' ? (
        <circle cx={cx} cy={cy} r={r} fill={style.color} stroke="var(--surface)" strokeWidth={1.5} />
      ) : (
        <path
          d={`M${cx},${cy - r * 1.3}L${cx + r * 1.3},${cy}L${cx},${cy + r * 1.3}L${cx - r * 1.3},${cy}Z`}
          fill={style.color}
          stroke="var(--surface)"
          strokeWidth={1.5}
        />
      )}
      <text
        x={labelX}
        y={below ? cy + 22 : cy - 12}
        textAnchor={anchor}
        className="community-marker__label"
        fill="var(--text)"
        fontSize={13}
        fontWeight={600}
      >
        {labelFor(payload, locale)}
      </text>
    </g>
  );
}

/**
 * The Korean community in Peru as markers, one per published figure: a year without a figure is simply empty
 * (no line bridges it), and two figures for the same year stand one above the other, each labelled.
 */
function CommunityChart({ points, span }: CommunityChartProps) {
  const { t, locale } = useLocale();
  const size = useChartWidth();
  const { width } = size;

  const domain = useMemo(() => [span.from - 2, span.to + 2] as [number, number], [span]);
  const ticks = useMemo(() => yearTicks({ from: domain[0], to: domain[1] }, { byLength: 'community' }), [domain]);
  const yAxis = useMemo(() => niceAxis(Math.max(0, ...points.map((p) => p.value))), [points]);
  const yTick = useMemo(() => (v: number) => formatNumber(v, locale), [locale]);
  // Value labels of markers close together on a narrow screen take turns above and below them (positions from the
  // margins below and the axes' domains; the offsets are CommunityMarker's).
  const placed = useMemo(() => {
    const [left, top, bottom] = [4 + 52, 28, COMMUNITY_CHART_HEIGHT - 8 - 30];
    const labels = points.map((p) => {
      const cx = left + ((p.year - domain[0]) / (domain[1] - domain[0])) * (width - left - 20);
      const w = estimateTextWidth(labelFor(p, locale), 13) * 1.1;
      // Centred, or ending/starting by the marker near an edge, as CommunityMarker anchors it.
      const x = cx > width - 44 ? cx + 10 - w / 2 : cx < 44 ? cx - 10 + w / 2 : cx;
      return { x, y: top + (1 - p.value / yAxis.top) * (bottom - top), width: w, row: p.label };
    });
    const rows = placeMarkerLabels(labels, { above: -12, below: 22, fontSize: 13 });
    return points.map((p, i) => (rows[i] === p.label ? p : { ...p, label: rows[i]! }));
  }, [points, domain, width, locale, yAxis]);
  const shape = useMemo(
    () =>
      function Shape(props: unknown) {
        return <CommunityMarker {...(props as Omit<MarkerProps, 'locale' | 'width'>)} locale={locale} width={width} />;
      },
    [locale, width],
  );
  return (
    <div className="community-chart">
      <ChartCanvas height={COMMUNITY_CHART_HEIGHT} size={size}>
        <ScatterChart margin={{ top: 28, right: 20, bottom: 8, left: 4 }} accessibilityLayer={false}>
          <CartesianGrid {...GRID_AT_TICKS} stroke="var(--grid)" vertical={false} />
          <XAxis
            {...yearAxisProps(domain, ticks, { dataKey: 'year' })}
            name={t('exchange.community.yearAxis')}
            interval="preserveStartEnd"
            minTickGap={6}
          />
          <YAxis
            type="number"
            dataKey="value"
            name={t('exchange.community.valueAxis')}
            tickFormatter={yTick}
            width={52}
            {...AXIS_STYLE}
            domain={[0, yAxis.top]}
            ticks={yAxis.ticks}
            interval={0}
            label={{
              value: t('exchange.community.valueAxis'),
              position: 'insideTopLeft',
              offset: 0,
              dy: -24,
              dx: 6,
              fill: 'var(--text-muted)',
              fontSize: 13,
            }}
          />
          {pointTooltip((point: CommunityPoint) => (
            <CommunityTooltip point={point} />
          ))}
          {COMMUNITY_SERIES.map((series) => {
            const data = placed.filter((p) => p.series === series);
            if (data.length === 0) return null;
            return (
              <Scatter
                key={series}
                name={t(`exchange.community.${series}`)}
                data={data}
                fill={COMMUNITY_STYLE[series].color}
                shape={shape}
                isAnimationActive={false}
                className={`community-series community-series--${series}`}
              />
            );
          })}
        </ScatterChart>
      </ChartCanvas>
    </div>
  );
}

function CommunityTooltip({ point }: { point: CommunityPoint }) {
  const { t, locale, pick } = useLocale();
  const { record } = point;
  return (
    <ChartTooltip
      primaryOnly
      value={labelFor(point, locale)}
      lead={<p className="chart-tooltip__note">{pick(record.metric)}</p>}
      rows={[[t('exchange.community.yearAxis'), point.year]]}
      figure={record}
    />
  );
}

export default memo(CommunityChart);
