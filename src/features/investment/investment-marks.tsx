import type { MarkShape } from './investment-styles.ts';

/** A marker of a given shape centred on (cx, cy), with a thin outline in the surface colour to part neighbours. */
export function Mark({
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
