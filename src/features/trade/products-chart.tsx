import { memo, useEffect, useId, useMemo, useState } from 'react';
import { ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';
import { REPORTER_STYLE } from '@/components/chart-palette.ts';
import { useLocale } from '@/components/use-locale.ts';
import { sideLabel } from './flows-format.ts';
import { PointMarker } from '@/components/chart/markers.tsx';
import { ChartTooltip } from '@/components/chart/chart-tooltip.tsx';
import type { BarRow } from './products-rows.ts';

/** Below this width the labels go above their bars instead of beside them. */
const NARROW_BELOW = 520;
const BAR = 14;
const INITIAL_WIDTH = 800;

interface Segment {
  text: string;
  bold?: boolean;
  muted?: boolean;
}
interface TextLine {
  segments: Segment[];
  /** Baseline, relative to the bar's centre. */
  dy: number;
  /** Relative to the bar's start. */
  dx: number;
  anchor: 'start' | 'end';
  small?: boolean;
}
interface RowLayout {
  row: BarRow;
  /** Centre of the bar (chart px). */
  y: number;
  barStart: number;
  barLength: number;
  /** Length of the 0–100 % track behind a share bar. */
  track?: number;
  lines: TextLine[];
  /** The value is written after the bar (wide) or in the line above it (narrow). */
  valueAfterBar: boolean;
}
interface Layout {
  rows: RowLayout[];
  height: number;
}

type Measure = (text: string, bold?: boolean) => number;

/** Text widths in the page's own font (Korean glyphs are twice as wide as Latin ones, so counting letters fails). */
function createMeasure(fontSize: number, locale: string, _fontsVersion = 0): Measure {
  const context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  const family = typeof document === 'undefined' ? 'sans-serif' : getComputedStyle(document.documentElement).fontFamily;
  const cache = new Map<string, number>();
  return (text: string, bold = false) => {
    const key = `${bold ? 'b' : 'n'}${text}`;
    const known = cache.get(key);
    if (known !== undefined) return known;
    let width = text.length * fontSize * (locale === 'ko' ? 0.9 : 0.56);
    if (context) {
      context.font = `${bold ? 600 : 400} ${fontSize}px ${family}`;
      width = context.measureText(text).width;
    }
    cache.set(key, width);
    return width;
  };
}

/** Greedy word wrap to a pixel width; a word longer than the width gets a line of its own. */
function wrap(text: string, width: number, measure: Measure, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next, bold) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

function computeLayout(rows: readonly BarRow[], width: number, measure: Measure, fontSize: number): Layout {
  const lineH = Math.round(fontSize * 1.35);
  const baseline = fontSize * 0.36;
  const wide = width >= NARROW_BELOW;
  const pad = 4;
  const familyGap = 10;
  const usdMax = Math.max(0, ...rows.filter((r) => r.unit === 'usd_m').map((r) => r.value));
  const out: RowLayout[] = [];
  let y = 4;

  if (wide) {
    const labelW = Math.min(300, Math.max(160, Math.round(width * 0.38)));
    const barStart = labelW + 16;
    const plotW = width - barStart - 6;
    const valueW =
      Math.max(0, ...rows.map((r) => measure(r.valueLabel, true) + (r.flags ? measure(` · ${r.flags}`) : 0))) + 22;
    const room = Math.max(40, plotW - valueW);
    rows.forEach((row, i) => {
      if (i > 0 && row.showTitle) y += familyGap;
      const left: Segment[][] = [];
      if (row.showTitle) {
        const period = ` · ${row.period}`;
        if (measure(row.title, true) + measure(period) <= labelW)
          left.push([{ text: row.title, bold: true }, { text: period }]);
        else {
          for (const l of wrap(row.title, labelW, measure, true)) left.push([{ text: l, bold: true }]);
          left.push([{ text: row.period }]);
        }
      } else left.push([{ text: row.period }]);
      const below = row.below ? wrap(row.below, plotW, measure) : [];
      const top = Math.max(lineH, BAR);
      const leftH = left.length * lineH;
      const rightH = top + (below.length ? 3 + below.length * lineH : 0);
      const center = y + pad + top / 2;
      const lines: TextLine[] = left.map((segments, k) => ({
        segments,
        dy: baseline + k * lineH,
        dx: -10,
        anchor: 'end',
      }));
      below.forEach((text, k) =>
        lines.push({
          segments: [{ text, muted: true }],
          dy: BAR / 2 + 3 + lineH * 0.75 + k * lineH,
          dx: 0,
          anchor: 'start',
          small: true,
        }),
      );
      const max = row.unit === 'percent' ? 100 : usdMax;
      const scale = max > 0 ? room / max : 0;
      out.push({
        row,
        y: center,
        barStart,
        barLength: row.value * scale,
        track: row.unit === 'percent' ? 100 * scale : undefined,
        lines,
        valueAfterBar: true,
      });
      y += Math.max(leftH, rightH) + pad * 2;
    });
  } else {
    const barStart = 2;
    const plotW = width - 4;
    const room = Math.max(40, plotW - 14);
    rows.forEach((row, i) => {
      if (i > 0 && row.showTitle) y += familyGap;
      const above: Segment[][] = [];
      if (row.showTitle) for (const l of wrap(row.title, plotW, measure, true)) above.push([{ text: l, bold: true }]);
      const text = [row.period, row.valueLabel, row.flags].filter(Boolean).join(' · ');
      for (const l of wrap(text, plotW, measure)) above.push([{ text: l }]);
      const below = row.below ? wrap(row.below, plotW, measure) : [];
      const center = y + pad + above.length * lineH + 3 + BAR / 2;
      const lines: TextLine[] = above.map((segments, k) => ({
        segments,
        dy: -BAR / 2 - 3 - (above.length - k) * lineH + lineH * 0.75,
        dx: 0,
        anchor: 'start',
      }));
      below.forEach((text, k) =>
        lines.push({
          segments: [{ text, muted: true }],
          dy: BAR / 2 + 3 + lineH * 0.75 + k * lineH,
          dx: 0,
          anchor: 'start',
          small: true,
        }),
      );
      const max = row.unit === 'percent' ? 100 : usdMax;
      const scale = max > 0 ? room / max : 0;
      out.push({
        row,
        y: center,
        barStart,
        barLength: row.value * scale,
        track: row.unit === 'percent' ? 100 * scale : undefined,
        lines,
        valueAfterBar: false,
      });
      y = center + BAR / 2 + (below.length ? 3 + below.length * lineH : 0) + pad;
    });
  }
  return { rows: out, height: Math.ceil(y + 4) };
}

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
  const [width, setWidth] = useState(INITIAL_WIDTH);
  const rootScale =
    typeof document === 'undefined' ? 1 : parseFloat(getComputedStyle(document.documentElement).fontSize) / 16 || 1;
  const fontSize = Math.round(13 * rootScale);
  // Web fonts (Noto Sans KR) arrive after the first paint and change text widths: measure again when they do.
  const [fontsLoaded, setFontsLoaded] = useState(0);
  useEffect(() => {
    if (typeof document === 'undefined' || !document.fonts) return;
    const bump = () => setFontsLoaded((n) => n + 1);
    document.fonts.addEventListener('loadingdone', bump);
    void document.fonts.ready.then(bump);
    return () => document.fonts.removeEventListener('loadingdone', bump);
  }, []);
  const measure = useMemo(() => createMeasure(fontSize, locale, fontsLoaded), [fontSize, locale, fontsLoaded]);
  const layout = useMemo(() => computeLayout(rows, width, measure, fontSize), [rows, width, measure, fontSize]);
  const points = useMemo(() => layout.rows.map((r) => ({ x: r.barStart + r.barLength, y: r.y, layout: r })), [layout]);
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');

  return (
    <ResponsiveContainer
      width="100%"
      height={layout.height}
      initialDimension={{ width: INITIAL_WIDTH, height: layout.height }}
      onResize={(w) => {
        if (w > 0 && Math.abs(w - width) > 1) setWidth(Math.round(w));
      }}
    >
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
                qualifiers={row.record.qualifiers}
                note={row.record.note}
                sourceIds={row.record.sourceIds}
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
    </ResponsiveContainer>
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
