import type { CommunitySeriesId } from '@/domain/exchange.ts';

/**
 * Community figures: a single figure for its year is a circle, a figure another source contradicts is a diamond
 * (Okabe–Ito blue and vermillion, from CSS variables set per theme in exchange.css).
 */
export const COMMUNITY_STYLE: Record<CommunitySeriesId, { color: string; shape: 'circle' | 'diamond' }> = {
  single: { color: 'var(--exchange-single)', shape: 'circle' },
  conflict: { color: 'var(--exchange-conflict)', shape: 'diamond' },
};
