/** Shared Recharts styling, read from the theme's CSS variables, so every chart looks alike in every theme. */

/**
 * Axis line and tick labels. Numeric axes also set `interval={0}`: their few ticks never collide, and Recharts would
 * otherwise measure every label in the DOM, forcing a layout of the whole page on each redraw.
 */
export const AXIS_STYLE = { stroke: 'var(--axis)', tick: { fill: 'var(--text-muted)', fontSize: 13 } } as const;

/** A dated event drawn across a time axis (the FTA's entry into force, milestones), labelled at the top. */
export function eventLineProps(label: string, emphasis: 'strong' | 'light' = 'strong') {
  return {
    stroke: 'var(--event-line)',
    strokeDasharray: emphasis === 'strong' ? '6 4' : '2 4',
    strokeWidth: emphasis === 'strong' ? 2 : 1.5,
    label: { value: label, position: 'top' as const, fill: 'var(--text)', fontSize: 13, fontWeight: 600 },
  };
}
