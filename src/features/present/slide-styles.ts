import type { MarkShape } from '@/components/chart/markers.tsx';
import type { StatementBody } from '@/domain/investment-statements.ts';

/** Investment statements on the slide: one colour and one shape per body that stated a figure (colour never alone). */
export const SLIDE_BODY_STYLE: Record<StatementBody, { color: string; shape: MarkShape }> = {
  'korea-government': { color: 'var(--series-korea)', shape: 'circle' },
  'korea-ambassador': { color: 'var(--accent-2)', shape: 'square' },
  peru: { color: 'var(--series-peru)', shape: 'diamond' },
  unclear: { color: 'var(--series-unclear)', shape: 'triangle' },
};
