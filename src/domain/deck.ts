import type { Sector } from '@/data/schema/common.ts';

/** The stories of the presentation, in order. `sectors` selects them for a sector deck; empty = always shown. */
export const SLIDES = [
  { id: 'headlines', sectors: [] },
  { id: 'trade', sectors: ['trade'] },
  { id: 'products', sectors: ['trade'] },
  { id: 'investment', sectors: ['investment'] },
  { id: 'aid', sectors: ['aid', 'health', 'transport'] },
  { id: 'people', sectors: ['education', 'culture'] },
  { id: 'timeline', sectors: null },
  { id: 'defense', sectors: ['defense'] },
  { id: 'digital-climate', sectors: ['digital', 'environment'] },
  { id: 'closing', sectors: [] },
] as const satisfies readonly { id: string; sectors: readonly Sector[] | null }[];

export type SlideId = (typeof SLIDES)[number]['id'];

/**
 * The slides of a deck. With no sector selected, every slide. With sectors, the opening and closing slides and the
 * slides of those sectors; the timeline (which spans every sector, `null`) only in the full deck.
 */
export function deckFor(selected: readonly Sector[]): SlideId[] {
  return SLIDES.filter((slide) => {
    if (selected.length === 0) return true;
    if (slide.sectors === null) return false;
    if (slide.sectors.length === 0) return true;
    return slide.sectors.some((s: Sector) => selected.includes(s));
  }).map((s) => s.id);
}

/** Slide numbers in the URL are 1-based; anything out of range or malformed opens the first slide. */
export function slideIndexFromParam(param: number | null, length: number): number {
  if (param === null || !Number.isInteger(param) || param < 1 || param > length) return 0;
  return param - 1;
}

/** Moves through a deck: `wrap` loops (autoplay), otherwise it stops at the ends (a presenter's clicker). */
export function stepSlide(index: number, delta: number, length: number, wrap = false): number {
  if (length === 0) return 0;
  const next = index + delta;
  if (wrap) return ((next % length) + length) % length;
  return Math.min(length - 1, Math.max(0, next));
}

/**
 * Autoplay interval in seconds from the URL, kept within 0.05 s–1 h (sub-second values exist for the soak test);
 * null when absent or malformed (no autoplay).
 */
export function autoplaySeconds(param: number | null): number | null {
  if (param === null || !Number.isFinite(param) || param <= 0) return null;
  return Math.min(3600, Math.max(0.05, param));
}

/**
 * Whether slide `i` is the slide `current` or one a single step reaches from it: the previous, the next, and across
 * the ends (the last slide's next is the first, as autoplay loops and a presenter presses Home there).
 */
export function isNearSlide(i: number, current: number, length: number): boolean {
  if (length === 0) return false;
  const distance = Math.abs(i - current);
  return distance <= 1 || distance === length - 1;
}
