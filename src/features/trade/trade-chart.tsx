import { AXIS_STYLE, GRID_AT_TICKS } from '@/components/chart-style.ts';
import { memo, useMemo, useState } from 'react';
import {
  CartesianGrid,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { REPORTER_STYLE } from '@/components/chart-palette.ts';
import { QualifierBadges } from '@/components/qualifier-badges.tsx';
import { SourceLine } from '@/components/source-line.tsx';
import { useLocale } from '@/components/use-locale.ts';
import type { Locale } from '@/data/schema/common.ts';
import type { AxisMilestone } from '@/domain/milestones.ts';
import type { TradePoint, TradeSeries, YearRange } from '@/domain/trade-series.ts';
import { yearTicks } from '@/domain/trade-flows.ts';
import { formatUsdAxis, formatUsdMillions } from '@/i18n/format.ts';

export const TRADE_CHART_HEIGHT = 380;

interface TradeChartProps {
  series: TradeSeries[];
  span: YearRange;
  milestones: AxisMilestone[];
  /** The FTA's entry into force, drawn heavier than the other milestones. */
  ftaId?: string;
}

/** Room a year label needs on the axis, in px: "2011" at 13 px and a gap. */
const YEAR_LABEL_PX = 48;
const MARGIN = { top: 28, right: 16, bottom: 8, left: 8 };

/** Draws no marker: the line's own Scatter only joins the points its series' markers already show. */
const NO_MARKER = () => <g />;

/**
 * Total trade as markers, one series per reporting side: a missing year is simply empty (no line is drawn
 * through it), and conflicting figures for one year stand side by side. Only consecutive years of one official
 * series (imported statistics) are joined by a line. Milestones are vertical lines marked A, B, C….
 */
function TradeChart({ series, span, milestones, ftaId }: TradeChartProps) {
  const { t, locale } = useLocale();
  // The labels are thinned for the chart's width, so that a phone shows every fourth or fifth year, readably.
  const [width, setWidth] = useState(800);
  const valueAxisWidth = locale === 'es' ? 84 : 64;
  const plotWidth = width - valueAxisWidth - MARGIN.left - MARGIN.right;
  const maxTicks = Math.min(10, Math.max(2, Math.floor(plotWidth / YEAR_LABEL_PX)));
  const ticks = useMemo(() => yearTicks(span, maxTicks), [span, maxTicks]);
  const yTick = useMemo(() => (v: number) => formatUsdAxis(v, locale), [locale]);
  return (
    <ResponsiveContainer
      width="100%"
      height={TRADE_CHART_HEIGHT}
      initialDimension={{ width: 800, height: TRADE_CHART_HEIGHT }}
      onResize={setWidth}
    >
      <ScatterChart margin={MARGIN} accessibilityLayer>
        <CartesianGrid {...GRID_AT_TICKS} stroke="var(--grid)" vertical={false} />
        <XAxis
          type="number"
          dataKey="year"
          name={t('trade.yearAxis')}
          domain={[span.from - 0.5, span.to + 0.5]}
          ticks={ticks}
          tickFormatter={String}
          interval={0}
          {...AXIS_STYLE}
        />
        <YAxis
          type="number"
          dataKey="valueUsdM"
          name={t('trade.valueAxis')}
          tickFormatter={yTick}
          width={valueAxisWidth}
          interval={0}
          {...AXIS_STYLE}
          domain={[0, 'auto']}
        />
        {milestones.map((m) => (
          <ReferenceLine
            key={m.id}
            x={m.x}
            stroke="var(--event-line)"
            strokeDasharray={m.id === ftaId ? '6 4' : '2 4'}
            strokeWidth={m.id === ftaId ? 2 : 1.5}
            label={{
              value: m.id === ftaId ? `${m.mark} · ${t('trade.ftaLabel')}` : m.mark,
              // The FTA's long label sits above the plot; the other marks just inside it, so neighbours never collide.
              position: m.id === ftaId ? 'top' : 'insideTop',
              fill: 'var(--text)',
              fontSize: 13,
              fontWeight: 700,
            }}
            className={m.id === ftaId ? 'fta-line' : 'milestone-line'}
          />
        ))}
        <Tooltip
          content={({ active, payload }) => (
            <TradeTooltip active={active} point={payload?.[0]?.payload as TradePoint | undefined} locale={locale} />
          )}
          cursor={false}
          isAnimationActive={false}
        />
        {series.flatMap((s) =>
          s.lines.map((line) => (
            <Scatter
              key={`${s.reporter}-${line.series}-${line.points[0]!.year}`}
              data={line.points}
              line={{ stroke: REPORTER_STYLE[s.reporter].color, strokeWidth: 2 }}
              shape={NO_MARKER}
              legendType="none"
              tooltipType="none"
              isAnimationActive={false}
              className={`trade-line trade-line--${s.reporter}`}
            />
          )),
        )}
        {series.map((s) => (
          <Scatter
            key={s.reporter}
            name={t(`reporters.${s.reporter}`)}
            data={s.points}
            fill={REPORTER_STYLE[s.reporter].color}
            shape={REPORTER_STYLE[s.reporter].shape}
            isAnimationActive={false}
            className={`trade-series trade-series--${s.reporter}`}
          />
        ))}
      </ScatterChart>
    </ResponsiveContainer>
  );
}

function TradeTooltip({ active, point, locale }: { active?: boolean; point?: TradePoint; locale: Locale }) {
  const { t, pick } = useLocale();
  // The official lines' points carry no record: only the markers have a tooltip.
  if (!active || !point?.record) return null;
  const { record } = point;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__value">{formatUsdMillions(record.valueUsdM, locale)}</p>
      <dl>
        <dt>{t('trade.tooltipYear')}</dt>
        <dd>{record.year}</dd>
        <dt>{t('trade.tooltipSide')}</dt>
        <dd>
          {t(`reporters.${record.reporter}`)}
          {record.agency ? ` (${record.agency})` : ''}
        </dd>
      </dl>
      <QualifierBadges qualifiers={record.qualifiers} />
      {record.note && <p className="chart-tooltip__note">{pick(record.note)}</p>}
      {point.records.length > 1 && (
        <p className="chart-tooltip__note">{t('trade.tooltipSameFigure', { count: point.records.length })}</p>
      )}
      <SourceLine sourceIds={[...new Set(point.records.map((r) => r.sourceIds[0]!))]} />
    </div>
  );
}

export default memo(TradeChart);
