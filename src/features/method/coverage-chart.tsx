import { ChartCanvas } from '@/components/chart/chart-canvas.tsx';
import { ChartTooltip } from '@/components/chart/chart-tooltip.tsx';
import { memo, useId, useMemo } from 'react';
import { pointTooltip } from '@/components/chart/point-tooltip.tsx';
import { Scatter, ScatterChart, usePlotArea, XAxis, YAxis, type ScatterShapeProps } from 'recharts';
import { REPORTER_STYLE, reporterScatter } from '@/components/chart-palette.ts';
import { QualifierBadges } from '@/components/qualifier-badges.tsx';
import { SourceLine } from '@/components/source-line.tsx';
import { useLocale } from '@/components/use-locale.ts';
import type { Reporter } from '@/data/schema/common.ts';
import type { TradeCoverage } from '@/domain/coverage.ts';
import { coverageChartView, heatCellLayout, type CoverageLayout, type CoveragePoint } from '@/domain/coverage-view.ts';
import { formatUsdMillions } from '@/i18n/format.ts';

interface CoverageChartProps {
  coverage: TradeCoverage;
  reporters: readonly Reporter[];
  layout: CoverageLayout;
}

const AXIS_TICK = { fill: 'var(--text)', fontSize: 13 };
const YEAR_TICK = { fill: 'var(--text-muted)', fontSize: 12 };

/**
 * Coverage of total trade as a grid of years × reporting sides, drawn with Recharts' scatter on two category axes:
 * each point is a cell (domain/coverage-view.ts). A cell with figures carries its side's marker and the count; a
 * cell without is hatched and empty, so a gap never looks like a zero.
 */
function CoverageChart({ coverage, reporters, layout }: CoverageChartProps) {
  const { t } = useLocale();
  const hatchId = `${useId().replace(/:/g, '')}-gap`;
  const view = useMemo(
    () => coverageChartView(coverage, reporters, layout, (r) => t(`reporterShort.${r}`)),
    [coverage, reporters, layout, t],
  );
  const axisName = (ofYears: boolean) => (ofYears ? t('method.coverage.yearAxis') : t('method.coverage.sideAxis'));

  return (
    <ChartCanvas height={view.height}>
      <ScatterChart margin={view.margin} accessibilityLayer>
        <defs>
          <pattern id={hatchId} width="7" height="7" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="7" height="7" fill="var(--method-gap-bg)" />
            <line x1="0" y1="0" x2="0" y2="7" stroke="var(--method-gap-hatch)" strokeWidth="2" />
          </pattern>
        </defs>
        <XAxis
          type="category"
          dataKey={view.x.key}
          allowDuplicatedCategory={false}
          orientation={view.x.orientation}
          name={axisName(view.x.ofYears)}
          tick={view.x.ofYears ? YEAR_TICK : AXIS_TICK}
          tickLine={false}
          axisLine={false}
          interval={view.x.ofYears ? 'preserveStartEnd' : 0}
          minTickGap={4}
          height={28}
        />
        <YAxis
          type="category"
          dataKey={view.y.key}
          allowDuplicatedCategory={false}
          name={axisName(view.y.ofYears)}
          tick={view.y.ofYears ? YEAR_TICK : AXIS_TICK}
          tickLine={false}
          axisLine={false}
          interval={0}
          width={view.y.width}
          reversed
        />
        {pointTooltip((point: CoveragePoint) => (
          <CoverageTooltip point={point} />
        ))}
        {view.series.map((s) => (
          <Scatter
            key={s.reporter}
            {...reporterScatter(s, t)}
            isAnimationActive={false}
            className={`coverage-series coverage-series--${s.reporter}`}
            shape={(props: ScatterShapeProps) => (
              <HeatCell {...props} grid={view} hatchId={hatchId} reporter={s.reporter} />
            )}
          />
        ))}
      </ScatterChart>
    </ChartCanvas>
  );
}

interface HeatCellProps extends ScatterShapeProps {
  grid: { cols: number; rows: number };
  hatchId: string;
  reporter: Reporter;
}

/** Marker shapes matching the legend: circle (Korea), diamond (Peru), triangle (side not stated). */
function markerPath(shape: 'circle' | 'diamond' | 'triangle', x: number, y: number, r: number) {
  if (shape === 'circle') return `M${x - r},${y}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`;
  if (shape === 'diamond') return `M${x},${y - r * 1.2}L${x + r * 1.2},${y}L${x},${y + r * 1.2}L${x - r * 1.2},${y}Z`;
  return `M${x},${y - r * 1.15}L${x + r * 1.15},${y + r * 0.85}L${x - r * 1.15},${y + r * 0.85}Z`;
}

function HeatCell({ cx, cy, payload, grid, hatchId, reporter }: HeatCellProps) {
  const plot = usePlotArea();
  const point = payload as CoveragePoint | undefined;
  if (cx === undefined || cy === undefined || !plot || !point) return null;
  const cell = heatCellLayout(cx, cy, plot, grid, point.cell.records.length);
  const box = { x: cell.x, y: cell.y, width: cell.width, height: cell.height, rx: 3 };
  if (cell.count === 0) {
    return (
      <g className="coverage-cell coverage-cell--gap" data-year={point.cell.year} data-side={reporter}>
        <rect {...box} fill={`url(#${hatchId})`} stroke="var(--method-gap-border)" />
      </g>
    );
  }
  const style = REPORTER_STYLE[reporter];
  return (
    <g className="coverage-cell coverage-cell--filled" data-year={point.cell.year} data-side={reporter}>
      <rect
        {...box}
        style={{ fill: `color-mix(in srgb, ${style.color} ${cell.tint}%, var(--surface))` }}
        stroke={style.color}
        strokeWidth={1.5}
      />
      {cell.marker && (
        <path
          d={markerPath(style.shape, cell.marker.x, cy, cell.marker.r)}
          fill={style.color}
          stroke="var(--surface)"
          strokeWidth={1}
        />
      )}
      <text
        x={cell.textX}
        y={cy}
        dominantBaseline="central"
        textAnchor="middle"
        fontSize={13}
        fontWeight={700}
        fill="var(--text)"
      >
        {cell.count}
      </text>
    </g>
  );
}

/** The cell's year and side, then each figure it holds with its own qualifiers, note and primary source. */
function CoverageTooltip({ point }: { point: CoveragePoint }) {
  const { t, locale, pick } = useLocale();
  const { cell } = point;
  const n = cell.records.length;
  return (
    <ChartTooltip
      className="method-tooltip"
      value={
        <>
          {cell.year} · {t(`reporters.${cell.reporter}`)}
        </>
      }
      lead={
        n === 0 ? (
          <p className="method-tooltip__gap">{t('method.coverage.gapCell')}</p>
        ) : (
          <p className="method-tooltip__count">
            {n === 1 ? t('method.coverage.figuresOne') : t('method.coverage.figuresMany', { n })}
          </p>
        )
      }
      records={
        n === 0
          ? undefined
          : {
              className: 'method-tooltip__list',
              items: cell.records.map((r) => ({
                key: r.id,
                content: (
                  <>
                    <strong>{formatUsdMillions(r.valueUsdM, locale)}</strong>
                    {r.agency ? ` — ${r.agency}` : ''}
                    <QualifierBadges qualifiers={r.qualifiers} withConflictNote={false} />
                    {r.note && <p className="chart-tooltip__note">{pick(r.note)}</p>}
                    <SourceLine sourceIds={r.sourceIds} primaryOnly />
                  </>
                ),
              })),
            }
      }
    />
  );
}

export default memo(CoverageChart);
