import type { EventCategory } from '@/data/schema/timeline.ts';
import { EVENT_CATEGORIES } from '@/data/vocabulary.ts';

export type MarkerShape = 'circle' | 'diamond' | 'square' | 'triangle';

/** The marker shapes in turn, lane by lane, so that neighbouring lanes never share one. */
const SHAPE_CYCLE: readonly MarkerShape[] = ['circle', 'diamond', 'square', 'triangle'];

/**
 * Each category has its own lane (named on the axis), an Okabe–Ito-based colour from a CSS variable set per theme
 * in timeline.css (`--timeline-<category>`), and a marker shape, so colour is never the only cue.
 */
export const CATEGORY_STYLE = Object.fromEntries(
  EVENT_CATEGORIES.map((category, i) => [
    category,
    { color: `var(--timeline-${category})`, shape: SHAPE_CYCLE[i % SHAPE_CYCLE.length]! },
  ]),
) as Record<EventCategory, { color: string; shape: MarkerShape }>;

/** An SVG path for a marker of radius r centred on (cx, cy); the shapes have about the same visual weight. */
export function markerPath(shape: MarkerShape, cx: number, cy: number, r: number): string {
  switch (shape) {
    case 'circle':
      return `M${cx - r},${cy}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
    case 'diamond': {
      const d = r * 1.3;
      return `M${cx},${cy - d}L${cx + d},${cy}L${cx},${cy + d}L${cx - d},${cy}Z`;
    }
    case 'square': {
      const s = r * 0.9;
      return `M${cx - s},${cy - s}H${cx + s}V${cy + s}H${cx - s}Z`;
    }
    case 'triangle': {
      const h = r * 1.25;
      return `M${cx},${cy - h}L${cx + h * 1.05},${cy + h * 0.8}L${cx - h * 1.05},${cy + h * 0.8}Z`;
    }
  }
}
