import { memo } from 'react';
import type { SlideId } from '@/domain/deck.ts';
import { ClosingSlide } from './closing-slide.tsx';
import { HeadlinesSlide, InvestmentSlide } from './headline-slides.tsx';
import { TimelineSlide } from './timeline-slide.tsx';
import { DigitalClimateSlide } from './digital-climate-slide.tsx';
import { AidSlide, DefenseSlide, PeopleSlide } from './topic-slides.tsx';
import { ProductsSlide, TradeSlide } from './trade-slides.tsx';

const SLIDE_VIEWS: Record<Exclude<SlideId, 'closing'>, () => React.ReactNode> = {
  headlines: HeadlinesSlide,
  trade: TradeSlide,
  products: ProductsSlide,
  investment: InvestmentSlide,
  aid: AidSlide,
  people: PeopleSlide,
  timeline: TimelineSlide,
  defense: DefenseSlide,
  'digital-climate': DigitalClimateSlide,
};

/** A slide's content does not depend on which slide is shown, so moving through the deck re-renders none of them. */
export const SlideContent = memo(function SlideContent({ id, shareUrl }: { id: SlideId; shareUrl: string }) {
  if (id === 'closing') return <ClosingSlide shareUrl={shareUrl} />;
  const View = SLIDE_VIEWS[id];
  return <View />;
});
