import type { Reporter } from '@/data/schema/common.ts';

/**
 * Okabe–Ito colours (safe for the common colour-vision deficiencies), read from CSS variables so that each
 * theme can adjust contrast; every series also has its own marker shape, so colour is never the only cue.
 */
export const REPORTER_STYLE: Record<Reporter, { color: string; shape: 'circle' | 'triangle' | 'diamond' }> = {
  korea: { color: 'var(--series-korea)', shape: 'circle' },
  peru: { color: 'var(--series-peru)', shape: 'diamond' },
  unclear: { color: 'var(--series-unclear)', shape: 'triangle' },
};
