import { memo, useId, useMemo } from 'react';
import { Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';
import { REPORTER_STYLE } from '@/components/chart-palette.ts';
import { useLocale } from '@/components/use-locale.ts';
import { sideLabel } from './flows-format.ts';
import { PointMarker } from '@/components/chart/markers.tsx';
import { ChartTooltip } from '@/components/chart/chart-tooltip.tsx';
import { BAR, computeLayout, type BarRow, type RowLayout } from '@/domain/product-bars-layout.ts';
import { ChartCanvas } from '@/components/chart/chart-canvas.tsx';
import { pageMeasure, useFontsVersion } from '@/components/chart/text-measure.ts';
import { useChartWidth } from '@/components/chart/use-chart-width.ts';

interface ProductBarsProps {
  rows: readonly BarRow[];
}

/**
 * A labelled bar list: one bar per published figure, grouped by product, the product named once above or beside its
 * bars, the period on every bar, the value at the bar's end. Bars are coloured and tipped by the reporting side's
 * marker; a partial-year bar is striped and its marker hollow. Share bars sit on a 0–100 % track with their base under
 * them. Recharts places the bars (and gives the tooltip and keyboard access); the layout is measured so that no label
 * is ever cut off, from a 390 px phone up.
 */
function ProductBars({ rows }: ProductBarsProps) {
  const { t, locale, pick } = useLocale();
  const size = useChartWidth();
  const { width } = size;
  const rootScale =
    typeof document === 'undefined' ? 1 : parseFloat(getComputedStyle(document.documentElement).fontSize) / 16 || 1;
  const fontSize = Math.round(13 * rootScale);
  const fontsVersion = useFontsVersion();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- re-measured when web fonts arrive
  const measure = useMemo(() => pageMeasure(fontSize), [fontSize, locale, fontsVersion]);
  const layout = useMemo(() => computeLayout(rows, width, measure, fontSize), [rows, width, measure, fontSize]);
  const points = useMemo(() => layout.rows.map((r) => ({ x: r.barStart + r.barLength, y: r.y, layout: r })), [layout]);
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');

  return (
    <ChartCanvas height={layout.height} size={size}>
      <ScatterChart margin={{ top: 0, right: 0, bottom: 0, left: 0 }} accessibilityLayer>
        <XAxis type="number" dataKey="x" domain={[0, width]} hide height={0} allowDataOverflow />
        <YAxis type="number" dataKey="y" domain={[0, layout.height]} reversed hide width={0} allowDataOverflow />
        <Tooltip
          content={({ active, payload }) => {
            const point = payload?.[0]?.payload as { layout: RowLayout } | undefined;
            if (!active || !point) return null;
            const { row } = point.layout;
            return (
              <ChartTooltip
                primaryOnly
                title={row.title}
                value={row.valueLabel}
                rows={[
                  [t('tradeDetail.tooltip.period'), row.period],
                  ...(row.unit === 'percent' && row.record.shareOf
                    ? [[t('tradeDetail.tooltip.of'), pick(row.record.shareOf)] as const]
                    : []),
                  [t('tradeDetail.tooltip.side'), sideLabel(row.reporter, undefined, t)],
                ]}
                figure={row.record}
              />
            );
          }}
          cursor={false}
          isAnimationActive={false}
        />
        <Scatter
          data={points}
          isAnimationActive={false}
          shape={(props: { cx?: number; cy?: number; payload?: { layout: RowLayout } }) =>
            props.payload ? (
              <RowShape layout={props.payload.layout} cy={props.cy} uid={uid} fontSize={fontSize} />
            ) : (
              <g />
            )
          }
        />
      </ScatterChart>
    </ChartCanvas>
  );
}

function RowShape({ layout, cy, uid, fontSize }: { layout: RowLayout; cy?: number; uid: string; fontSize: number }) {
  const { row, barStart, barLength, track, lines, valueAfterBar } = layout;
  const y = cy ?? layout.y;
  const style = REPORTER_STYLE[row.reporter];
  const patternId = `${uid}-${row.id}`;
  const end = barStart + barLength;
  return (
    <g className="td-bar-row">
      {track !== undefined && (
        <rect x={barStart} y={y - BAR / 2} width={track} height={BAR} fill="var(--td-track)" rx={2} />
      )}
      {row.partial && (
        <defs>
          <pattern id={patternId} width={6} height={6} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width={3} height={6} fill={style.color} />
          </pattern>
        </defs>
      )}
      <rect
        x={barStart}
        y={y - BAR / 2}
        width={Math.max(1, barLength)}
        height={BAR}
        fill={row.partial ? `url(#${patternId})` : style.color}
        stroke={row.partial ? style.color : 'none'}
        strokeWidth={row.partial ? 1.5 : 0}
      />
      <PointMarker cx={end} cy={y} shape={style.shape} color={style.color} hollow={row.partial} size={70} />
      {valueAfterBar && (
        <text x={end + 12} y={y + fontSize * 0.36} fontSize={fontSize} fontWeight={600} fill="var(--text)">
          {row.valueLabel}
          {row.flags && (
            <tspan fontWeight={400} fill="var(--text-muted)">
              {` · ${row.flags}`}
            </tspan>
          )}
        </text>
      )}
      {lines.map((line, i) => (
        <text
          key={i}
          x={barStart + line.dx}
          y={y + line.dy}
          textAnchor={line.anchor}
          fontSize={line.small ? fontSize - 1 : fontSize}
          fill="var(--text)"
        >
          {line.segments.map((s, k) => (
            <tspan key={k} fontWeight={s.bold ? 600 : 400} fill={s.muted ? 'var(--text-muted)' : 'var(--text)'}>
              {s.text}
            </tspan>
          ))}
        </text>
      ))}
    </g>
  );
}

export default memo(ProductBars);
