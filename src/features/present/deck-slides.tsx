import { memo, useMemo } from 'react';
import { useLocale } from '@/components/use-locale.ts';
import type { SlideId } from '@/domain/deck.ts';
import { SlideContent } from './slide-content.tsx';

/**
 * Every slide of the deck, mounted up front; only the current one is visible. A slide change re-renders this list,
 * which changes one attribute of two sections (the one leaving, the one coming) and nothing inside them. A hidden
 * slide is `visibility: hidden` (present.css): that alone keeps it out of the tab order and the accessibility tree,
 * so no `inert` or `aria-hidden` is toggled (each makes the browser restyle the whole slide).
 */
export const DeckSlides = memo(function DeckSlides({
  deck,
  index,
  shareUrl,
}: {
  deck: readonly SlideId[];
  index: number;
  shareUrl: string;
}) {
  const { t } = useLocale();
  const labels = useMemo(() => deck.map((_, i) => t('present.slideOf', { n: i + 1, total: deck.length })), [deck, t]);
  return deck.map((id, i) => (
    <section key={id} className="slide" data-slide={id} data-active={i === index} aria-label={labels[i]}>
      <SlideContent id={id} shareUrl={shareUrl} />
    </section>
  ));
});
