import type { DealType } from '@/data/schema/investment.ts';
import type { StatementBody } from '@/domain/investment-statements.ts';

import type { MarkShape } from '@/components/chart/markers.tsx';

/**
 * Okabe–Ito colours from CSS variables (investment.css adjusts them per theme) and one marker shape per series,
 * so colour is never the only cue.
 */
export const BODY_STYLE: Record<StatementBody, { color: string; shape: MarkShape }> = {
  'korea-government': { color: 'var(--series-korea)', shape: 'circle' },
  'korea-ambassador': { color: 'var(--inv-ambassador)', shape: 'square' },
  peru: { color: 'var(--series-peru)', shape: 'diamond' },
  unclear: { color: 'var(--series-unclear)', shape: 'triangle' },
};

export const DEAL_STYLE: Record<DealType, { color: string; shape: MarkShape }> = {
  fdi: { color: 'var(--series-korea)', shape: 'circle' },
  announced: { color: 'var(--inv-announced)', shape: 'diamond' },
  divestment: { color: 'var(--series-peru)', shape: 'triangle' },
  construction: { color: 'var(--inv-construction)', shape: 'square' },
  procurement: { color: 'var(--inv-procurement)', shape: 'diamond' },
  loan: { color: 'var(--inv-loan)', shape: 'circle' },
  'trade-contract': { color: 'var(--series-unclear)', shape: 'square' },
  agreement: { color: 'var(--text)', shape: 'triangle' },
};

/** Fixed chart heights, here rather than in the chart files so that the section never imports Recharts. */
export const STATEMENTS_CHART_HEIGHT = 400;
export const PROJECT_ROW_HEIGHT = 48;
/** `extent` in row units (see dealRowLayout). */
export const projectsChartHeight = (extent: number) => Math.round(extent * PROJECT_ROW_HEIGHT) + 58;
export const industriesChartHeight = (rows: number) => rows * 44 + 44;
