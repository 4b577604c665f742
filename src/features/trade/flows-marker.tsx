import { Symbols } from 'recharts';
import type { SeriesShape } from './flows-palette.ts';

interface PointMarkerProps {
  cx?: number;
  cy?: number;
  shape: SeriesShape;
  color: string;
  /** Drawn as an outline: the figure covers only part of a year. */
  hollow?: boolean;
  /** Marker area in px² (Recharts' symbol size). */
  size?: number;
}

/**
 * One chart marker in the shape its legend shows (circle, diamond, triangle, square, or a short dash for "line"), solid
 * for a full year and hollow for part of one. Outlined in the surface colour so that overlapping markers stay apart.
 */
export function PointMarker({ cx, cy, shape, color, hollow = false, size = 90 }: PointMarkerProps) {
  if (cx === undefined || cy === undefined || !Number.isFinite(cx) || !Number.isFinite(cy)) return null;
  const fill = hollow ? 'var(--surface)' : color;
  const stroke = hollow ? color : 'var(--surface)';
  const strokeWidth = hollow ? 2.25 : 1;
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
