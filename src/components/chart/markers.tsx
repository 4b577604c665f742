import { Symbols } from 'recharts';
import type { LegendItem } from '@/components/legend.tsx';

/** The shapes a drawn mark can take (statements, projects). */
export type MarkShape = 'circle' | 'square' | 'diamond' | 'triangle';

/** The shapes a marker (and so the shared legend) can draw. */
export type SeriesShape = LegendItem['shape'];

interface PointMarkerProps {
  cx?: number;
  cy?: number;
  shape: SeriesShape;
  color: string;
  /** Drawn as an outline: the figure covers only part of a year. */
  hollow?: boolean;
  /** Marker area in px² (Recharts' symbol size). */
  size?: number;
  /** Outline width of a solid marker in px. */
  outline?: number;
}

/**
 * One chart marker in the shape its legend shows (circle, diamond, triangle, square, or a short dash for "line"), solid
 * for a full year and hollow for part of one. Outlined in the surface colour so that overlapping markers stay apart.
 */
export function PointMarker({ cx, cy, shape, color, hollow = false, size = 90, outline = 1 }: PointMarkerProps) {
  if (cx === undefined || cy === undefined || !Number.isFinite(cx) || !Number.isFinite(cy)) return null;
  const fill = hollow ? 'var(--surface)' : color;
  const stroke = hollow ? color : 'var(--surface)';
  const strokeWidth = hollow ? 2.25 : outline;
  if (shape === 'line') {
    return (
      <rect
        x={cx - 9}
        y={cy - 3}
        width={18}
        height={6}
        rx={1}
        fill={fill}
        stroke={hollow ? color : stroke}
        strokeWidth={hollow ? 2 : 1}
      />
    );
  }
  return (
    <Symbols
      cx={cx}
      cy={cy}
      type={shape}
      size={shape === 'diamond' || shape === 'triangle' ? size * 1.15 : size}
      fill={fill}
      stroke={stroke}
      strokeWidth={strokeWidth}
    />
  );
}

/** A marker of a given shape centred on (cx, cy), with a thin outline in the surface colour to part neighbours. */
export function ShapeMark({
  cx,
  cy,
  shape,
  color,
  size = 12,
}: {
  cx: number;
  cy: number;
  shape: MarkShape;
  color: string;
  size?: number;
}) {
  const r = size / 2;
  const common = { fill: color, stroke: 'var(--surface)', strokeWidth: 1.5 };
  switch (shape) {
    case 'circle':
      return <circle cx={cx} cy={cy} r={r} {...common} />;
    case 'square':
      return <rect x={cx - r * 0.9} y={cy - r * 0.9} width={r * 1.8} height={r * 1.8} {...common} />;
    case 'diamond':
      return (
        <path
          d={`M${cx},${cy - r * 1.2}L${cx + r * 1.2},${cy}L${cx},${cy + r * 1.2}L${cx - r * 1.2},${cy}Z`}
          {...common}
        />
      );
    case 'triangle':
      return (
        <path
          d={`M${cx},${cy - r * 1.15}L${cx + r * 1.15},${cy + r * 0.85}L${cx - r * 1.15},${cy + r * 0.85}Z`}
          {...common}
        />
      );
  }
}
