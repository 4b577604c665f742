import { memo, useMemo } from 'react';
import { useLocale } from '@/components/use-locale.ts';
import { DeckIcon } from './deck-icons.tsx';
import { toggleFullscreen } from './use-deck-controls.ts';

interface DeckNavProps {
  index: number;
  length: number;
  /** Autoplay is on (its pause button shows). */
  autoplay: boolean;
  paused: boolean;
  onPrevious: () => void;
  onNext: () => void;
  onPause: () => void;
  onPresenter: () => void;
  onExit: () => void;
}

/** The deck's buttons, for a mouse or a touch screen; the keys do the same (use-deck-controls.ts). */
export const DeckNav = memo(function DeckNav(props: DeckNavProps) {
  const { index, length, autoplay, paused, onPrevious, onNext, onPause, onPresenter, onExit } = props;
  const { t } = useLocale();
  const label = useMemo(
    () => ({
      nav: t('present.deckLabel'),
      previous: t('present.previous'),
      next: t('present.next'),
      pause: t('present.pause'),
      resume: t('present.resume'),
      presenter: t('present.presenterOpen'),
      fullscreen: t('present.fullscreen'),
      exit: t('present.exit'),
    }),
    [t],
  );
  return (
    <nav className="deck__controls" aria-label={label.nav}>
      <button
        type="button"
        className="deck__button"
        onClick={onPrevious}
        aria-label={label.previous}
        disabled={index === 0}
      >
        <DeckIcon name="previous" />
      </button>
      <span className="deck__count" aria-live="polite">
        {index + 1} / {length}
      </span>
      <button
        type="button"
        className="deck__button"
        onClick={onNext}
        aria-label={label.next}
        disabled={index === length - 1}
      >
        <DeckIcon name="next" />
      </button>
      {autoplay && (
        <button
          type="button"
          className="deck__button"
          onClick={onPause}
          aria-label={paused ? label.resume : label.pause}
        >
          <DeckIcon name={paused ? 'play' : 'pause'} />
        </button>
      )}
      <button type="button" className="deck__button" onClick={onPresenter} aria-label={label.presenter}>
        <DeckIcon name="presenter" />
      </button>
      <button type="button" className="deck__button" onClick={toggleFullscreen} aria-label={label.fullscreen}>
        <DeckIcon name="fullscreen" />
      </button>
      <button type="button" className="deck__button" onClick={onExit} aria-label={label.exit}>
        <DeckIcon name="exit" />
      </button>
    </nav>
  );
});
