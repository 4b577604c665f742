import { memo, useMemo } from 'react';
import { useLocale } from '@/components/use-locale.ts';
import type { SlideId } from '@/domain/deck.ts';
import { SlideContent } from './slide-content.tsx';

/** Where a screen of the deck stands: the deck, the slide it has settled on, and the link its QR slide shares. */
export interface DeckPlace {
  deck: readonly SlideId[];
  /** The slide the deck has settled on (use-deck-index.ts): the one that is operable. */
  index: number;
  shareUrl: string;
}

/**
 * Every slide of the deck, mounted up front. The slide shown and its neighbours (the ones a clicker reaches next,
 * the first and last counting as neighbours, as autoplay loops) are painted ahead, each on its own composited layer
 * (present.css); a slide change then only makes one layer opaque and another transparent, which the compositor does
 * without painting anything. Which slides are shown and painted ahead is written by slide-visibility.ts, not here.
 * Every slide but the settled one is `inert` (out of the tab order and the accessibility tree; the transparent
 * neighbours are there to be painted, not read); `inert` restyles a whole slide, so it follows after the change is
 * on screen.
 */
export const DeckSlides = memo(function DeckSlides({ deck, index, shareUrl }: DeckPlace) {
  const { t } = useLocale();
  const labels = useMemo(() => deck.map((_, i) => t('present.slideOf', { n: i + 1, total: deck.length })), [deck, t]);
  return deck.map((id, i) => (
    <section key={id} className="slide" data-slide={id} inert={i !== index} aria-label={labels[i]}>
      <SlideContent id={id} shareUrl={shareUrl} />
    </section>
  ));
});
