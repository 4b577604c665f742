import type { Reporter } from '@/data/schema/common.ts';
import type { TFunction } from 'i18next';

/**
 * Okabe–Ito colours (safe for the common colour-vision deficiencies), read from CSS variables so that each
 * theme can adjust contrast; every series also has its own marker shape, so colour is never the only cue.
 */
export const REPORTER_STYLE: Record<Reporter, { color: string; shape: 'circle' | 'triangle' | 'diamond' }> = {
  korea: { color: 'var(--series-korea)', shape: 'circle' },
  peru: { color: 'var(--series-peru)', shape: 'diamond' },
  unclear: { color: 'var(--series-unclear)', shape: 'triangle' },
};

/** One reporting side's series, named and coloured for a Recharts Scatter (its legend and tooltip read these). */
export const reporterScatter = <P>(series: { reporter: Reporter; points: P[] }, t: TFunction) => ({
  name: t(`reporters.${series.reporter}`),
  data: series.points,
  fill: REPORTER_STYLE[series.reporter].color,
});
