import type { StatementBody } from '@/domain/investment.ts';

/** Investment statements on the slide: one colour and one shape per body that stated a figure (colour never alone). */
export const SLIDE_BODY_COLOR: Record<StatementBody, string> = {
  'korea-government': 'var(--series-korea)',
  'korea-ambassador': 'var(--accent-2)',
  peru: 'var(--series-peru)',
  unclear: 'var(--series-unclear)',
};
export const SLIDE_BODY_SHAPE: Record<StatementBody, 'circle' | 'square' | 'diamond' | 'triangle'> = {
  'korea-government': 'circle',
  'korea-ambassador': 'square',
  peru: 'diamond',
  unclear: 'triangle',
};
