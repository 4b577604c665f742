import { ChartCanvas } from '@/components/chart/chart-canvas.tsx';
import { memo, useId, useMemo } from 'react';
import { pointTooltip } from '@/components/chart/point-tooltip.tsx';
import { Scatter, ScatterChart, usePlotArea, XAxis, YAxis, type ScatterShapeProps } from 'recharts';
import { REPORTER_STYLE, reporterScatter } from '@/components/chart-palette.ts';
import { QualifierBadges } from '@/components/qualifier-badges.tsx';
import { SourceLine } from '@/components/source-line.tsx';
import { useLocale } from '@/components/use-locale.ts';
import type { Reporter } from '@/data/schema/common.ts';
import type { CoverageCell, TradeCoverage } from '@/domain/coverage.ts';
import { formatUsdMillions } from '@/i18n/format.ts';
import { coverageChartHeight, type CoverageLayout } from './method-utils.ts';

interface CoverageChartProps {
  coverage: TradeCoverage;
  reporters: readonly Reporter[];
  layout: CoverageLayout;
}

interface CellPoint {
  year: string;
  side: string;
  cell: CoverageCell;
}

/** Tinted by how many figures a cell holds, from the side's own colour; the count is written in the cell too. */
const TINT = [0, 22, 36, 50];
const MAX_CELL_HEIGHT = 58;

/**
 * Coverage of total trade as a grid of years × reporting sides, drawn with Recharts' scatter on two category axes:
 * each point is a cell. A cell with figures carries its side's marker and the count; a cell without is hatched and
 * empty, so a gap never looks like a zero.
 */
function CoverageChart({ coverage, reporters, layout }: CoverageChartProps) {
  const { t } = useLocale();
  const hatchId = `${useId().replace(/:/g, '')}-gap`;
  const wide = layout === 'wide';
  const height = coverageChartHeight(layout, coverage.years.length);
  const series = useMemo(
    () =>
      reporters.map((reporter) => ({
        reporter,
        points: coverage.cells
          .filter((c) => c.reporter === reporter)
          .map((cell): CellPoint => ({ year: String(cell.year), side: t(`reporterShort.${reporter}`), cell })),
      })),
    [coverage, reporters, t],
  );
  const cols = wide ? coverage.years.length : reporters.length;
  const rows = wide ? reporters.length : coverage.years.length;
  const axisTick = { fill: 'var(--text)', fontSize: 13 };
  const yearTick = { fill: 'var(--text-muted)', fontSize: 12 };

  return (
    <ChartCanvas height={height}>
      <ScatterChart
        margin={wide ? { top: 8, right: 8, bottom: 4, left: 4 } : { top: 4, right: 4, bottom: 4, left: 0 }}
        accessibilityLayer
      >
        <defs>
          <pattern id={hatchId} width="7" height="7" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="7" height="7" fill="var(--method-gap-bg)" />
            <line x1="0" y1="0" x2="0" y2="7" stroke="var(--method-gap-hatch)" strokeWidth="2" />
          </pattern>
        </defs>
        <XAxis
          type="category"
          dataKey={wide ? 'year' : 'side'}
          allowDuplicatedCategory={false}
          orientation={wide ? 'bottom' : 'top'}
          name={wide ? t('method.coverage.yearAxis') : t('method.coverage.sideAxis')}
          tick={wide ? yearTick : axisTick}
          tickLine={false}
          axisLine={false}
          interval={wide ? 'preserveStartEnd' : 0}
          minTickGap={4}
          height={28}
        />
        <YAxis
          type="category"
          dataKey={wide ? 'side' : 'year'}
          allowDuplicatedCategory={false}
          name={wide ? t('method.coverage.sideAxis') : t('method.coverage.yearAxis')}
          tick={wide ? axisTick : yearTick}
          tickLine={false}
          axisLine={false}
          interval={0}
          width={wide ? 104 : 44}
          reversed
        />
        {pointTooltip((point: CellPoint) => (
          <CoverageTooltip point={point} />
        ))}
        {series.map((s) => (
          <Scatter
            key={s.reporter}
            {...reporterScatter(s, t)}
            isAnimationActive={false}
            className={`coverage-series coverage-series--${s.reporter}`}
            shape={(props: ScatterShapeProps) => (
              <HeatCell {...props} cols={cols} rows={rows} hatchId={hatchId} reporter={s.reporter} />
            )}
          />
        ))}
      </ScatterChart>
    </ChartCanvas>
  );
}

interface HeatCellProps extends ScatterShapeProps {
  cols: number;
  rows: number;
  hatchId: string;
  reporter: Reporter;
}

/** Marker shapes matching the legend: circle (Korea), diamond (Peru), triangle (side not stated). */
function markerPath(shape: 'circle' | 'diamond' | 'triangle', x: number, y: number, r: number) {
  if (shape === 'circle') return `M${x - r},${y}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`;
  if (shape === 'diamond') return `M${x},${y - r * 1.2}L${x + r * 1.2},${y}L${x},${y + r * 1.2}L${x - r * 1.2},${y}Z`;
  return `M${x},${y - r * 1.15}L${x + r * 1.15},${y + r * 0.85}L${x - r * 1.15},${y + r * 0.85}Z`;
}

function HeatCell({ cx, cy, payload, cols, rows, hatchId, reporter }: HeatCellProps) {
  const plot = usePlotArea();
  const point = payload as CellPoint | undefined;
  if (cx === undefined || cy === undefined || !plot || !point) return null;
  const w = Math.max(8, plot.width / Math.max(1, cols) - 3);
  const h = Math.max(8, Math.min(MAX_CELL_HEIGHT, plot.height / Math.max(1, rows) - 3));
  const x = cx - w / 2;
  const y = cy - h / 2;
  const n = point.cell.records.length;
  const style = REPORTER_STYLE[reporter];
  if (n === 0) {
    return (
      <g className="coverage-cell coverage-cell--gap" data-year={point.cell.year} data-side={reporter}>
        <rect x={x} y={y} width={w} height={h} rx={3} fill={`url(#${hatchId})`} stroke="var(--method-gap-border)" />
      </g>
    );
  }
  const tint = TINT[Math.min(n, TINT.length - 1)];
  const r = Math.min(5, h / 5, w / 7);
  const showMarker = w >= 26;
  const textX = showMarker ? cx + r + 1 : cx;
  return (
    <g className="coverage-cell coverage-cell--filled" data-year={point.cell.year} data-side={reporter}>
      <rect
        x={x}
        y={y}
        width={w}
        height={h}
        rx={3}
        style={{ fill: `color-mix(in srgb, ${style.color} ${tint}%, var(--surface))` }}
        stroke={style.color}
        strokeWidth={1.5}
      />
      {showMarker && (
        <path
          d={markerPath(style.shape, cx - r - 3, cy, r)}
          fill={style.color}
          stroke="var(--surface)"
          strokeWidth={1}
        />
      )}
      <text
        x={textX}
        y={cy}
        dominantBaseline="central"
        textAnchor="middle"
        fontSize={13}
        fontWeight={700}
        fill="var(--text)"
      >
        {n}
      </text>
    </g>
  );
}

function CoverageTooltip({ point }: { point: CellPoint }) {
  const { t, locale, pick } = useLocale();
  const { cell } = point;
  const n = cell.records.length;
  return (
    <div className="chart-tooltip method-tooltip">
      <p className="chart-tooltip__value">
        {cell.year} · {t(`reporters.${cell.reporter}`)}
      </p>
      {n === 0 ? (
        <p className="method-tooltip__gap">{t('method.coverage.gapCell')}</p>
      ) : (
        <>
          <p className="method-tooltip__count">
            {n === 1 ? t('method.coverage.figuresOne') : t('method.coverage.figuresMany', { n })}
          </p>
          <ul className="method-tooltip__list">
            {cell.records.map((r) => (
              <li key={r.id}>
                <strong>{formatUsdMillions(r.valueUsdM, locale)}</strong>
                {r.agency ? ` — ${r.agency}` : ''}
                <QualifierBadges qualifiers={r.qualifiers} withConflictNote={false} />
                {r.note && <p className="chart-tooltip__note">{pick(r.note)}</p>}
                <SourceLine sourceIds={r.sourceIds} primaryOnly />
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

export default memo(CoverageChart);
