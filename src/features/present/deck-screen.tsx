import { lazy, memo, Suspense, useCallback, useMemo } from 'react';
import { useLocale } from '@/components/use-locale.ts';
import type { SlideId } from '@/domain/deck.ts';
import { DeckNav } from './deck-nav.tsx';
import { DeckSlides } from './deck-slides.tsx';
import { SlideStage } from './slide-stage.tsx';
import { useDeckControls } from './use-deck-controls.ts';
import { useDeckIndex } from './use-deck-index.ts';
import { useDeckSync } from './use-deck-sync.ts';

const PresenterView = lazy(() => import('./presenter-view.tsx'));

interface DeckScreenProps {
  deck: readonly SlideId[];
  /** The slide the URL opened. */
  initialIndex: number;
  /** Writes the slide shown into the URL (after it is painted). */
  writeUrl: (index: number) => void;
  /** Autoplay interval in seconds, or null. */
  interval: number | null;
  /** This window is the presenter's. */
  presenter: boolean;
  openPresenter: () => void;
  exit: () => void;
  shareUrl: string;
  syncChannel: string;
}

/**
 * The running deck, its data loaded: it owns which slide is shown. A slide change is shown without a render
 * (use-deck-index.ts); the render that follows re-renders this and the slides' wrappers, not the data hooks, the URL
 * readers or the page above.
 */
export const DeckScreen = memo(function DeckScreen(props: DeckScreenProps) {
  const { deck, initialIndex, writeUrl, interval, presenter, openPresenter, exit, shareUrl, syncChannel } = props;
  const { t } = useLocale();
  const { slides, index, go, step } = useDeckIndex(initialIndex, deck.length, writeUrl);
  const { paused, setPaused, next, previous, touchHandlers } = useDeckControls({
    index,
    length: deck.length,
    go,
    step,
    exit,
    interval: presenter ? null : interval,
    onPresenter: presenter ? undefined : openPresenter,
  });
  useDeckSync(syncChannel, index, go);
  const togglePause = useCallback(() => setPaused((p) => !p), [setPaused]);
  const label = useMemo(
    () => ({ deck: t('present.deckLabel'), title: t('app.title'), paused: t('present.paused') }),
    [t],
  );

  if (presenter)
    return (
      <Suspense fallback={<p className="deck__preparing">{t('present.preparing')}</p>}>
        <PresenterView deck={deck} index={index} shareUrl={shareUrl} />
      </Suspense>
    );
  return (
    <div className="deck" {...touchHandlers} role="region" aria-roledescription={label.deck} aria-label={label.title}>
      <SlideStage>
        <div ref={slides} className="deck__slides">
          <DeckSlides deck={deck} index={index} shareUrl={shareUrl} />
        </div>
        <DeckNav
          index={index}
          length={deck.length}
          autoplay={interval !== null}
          paused={paused}
          onPrevious={previous}
          onNext={next}
          onPause={togglePause}
          onPresenter={openPresenter}
          onExit={exit}
        />
        {interval !== null && (
          <div className="deck__progress" data-paused={paused} aria-hidden="true">
            <span
              key={`${index}-${paused}`}
              className="deck__progress-bar"
              style={{ animationDuration: `${interval}s` }}
            />
          </div>
        )}
        {paused && interval !== null && <p className="deck__paused">{label.paused}</p>}
      </SlideStage>
    </div>
  );
});
