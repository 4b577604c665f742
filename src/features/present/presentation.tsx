import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { useQueries } from '@tanstack/react-query';
import { parseAsBoolean, useQueryState } from 'nuqs';
import { QueryState } from '@/components/query-state.tsx';
import { useLocale } from '@/components/use-locale.ts';
import { allDataQueries } from '@/data/queries.ts';
import { loadPeruMap } from '@/components/load-peru-map.ts';
import { peruGeometryQuery } from '@/components/peru-geometry.ts';
import { autoplaySeconds, deckFor, slideIndexFromParam } from '@/domain/deck.ts';
import { shareUrl } from '@/domain/share-url.ts';
import { usePresentParams, useViewFilter } from '@/state/view-params.ts';
import { SlideContent } from './slide-content.tsx';
import { SlideStage } from './slide-stage.tsx';
import { useDeckSync } from './use-deck-sync.ts';
import { DeckIcon } from './deck-icons.tsx';
import { loadSlideCharts } from './load-slide-charts.ts';
import { toggleFullscreen, useDeckControls } from './use-deck-controls.ts';
import { loadKoreanFont } from '@/components/korean-font.ts';
import './present.css';

const PresenterView = lazy(() => import('./presenter-view.tsx'));

/**
 * Full-screen slides for a room. Every slide's data and chart code are loaded before the deck is shown, and every
 * slide is mounted up front (only the current one visible), so moving between slides never shows a spinner or jumps.
 */
export default function Presentation() {
  const { t } = useLocale();
  const [{ slide, autoplay }, setParams] = usePresentParams();
  const [filter] = useViewFilter();
  const deck = useMemo(() => deckFor(filter.sectors), [filter.sectors]);
  const index = slideIndexFromParam(slide, deck.length);
  const interval = autoplaySeconds(autoplay);

  // Every file the slides draw from, and the map's boundaries, before the first slide shows: no slide waits.
  const queries = useQueries({ queries: [...allDataQueries(), peruGeometryQuery()] });
  const [chartReady, setChartReady] = useState(false);
  useEffect(() => {
    // Source titles are quoted in Korean whatever the language, and a venue's computer may have no Korean font.
    void Promise.all([loadSlideCharts(), loadPeruMap(), loadKoreanFont()]).then(() => setChartReady(true));
  }, []);

  const [presenter, setPresenter] = useQueryState('presenter', parseAsBoolean.withDefault(false));
  const go = useCallback((i: number) => void setParams({ slide: i + 1 }), [setParams]);
  const exit = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen();
    void setPresenter(null);
    void setParams({ present: null, slide: null, autoplay: null });
  }, [setParams, setPresenter]);
  const openPresenter = useCallback(() => {
    const url = new URL(window.location.href);
    url.searchParams.set('presenter', 'true');
    url.searchParams.delete('autoplay');
    // A popup a browser blocks opens nothing: the presenter view then takes this tab, as `&presenter=true` would.
    const opened = window.open(url.href, 'deck-presenter', 'popup,width=1280,height=800');
    if (!opened) void setPresenter(true);
  }, [setPresenter]);
  const { paused, setPaused, next, previous, touchHandlers } = useDeckControls({
    index,
    length: deck.length,
    go,
    exit,
    interval: presenter ? null : interval,
    onPresenter: presenter ? undefined : openPresenter,
  });
  useDeckSync(`deck-${filter.sectors.join(',')}`, index, go);

  const link = useMemo(
    () => shareUrl(import.meta.env.VITE_PUBLIC_URL || window.location.href, window.location.search),
    [],
  );

  const ready = queries.every((q) => q.isSuccess) && chartReady;
  if (presenter && ready)
    return (
      <Suspense fallback={<p className="deck__preparing">{t('present.preparing')}</p>}>
        <PresenterView deck={deck} index={index} shareUrl={link} />
      </Suspense>
    );

  return (
    <div
      className="deck"
      {...touchHandlers}
      role="region"
      aria-roledescription={t('present.deckLabel')}
      aria-label={t('app.title')}
    >
      <SlideStage>
        <QueryState queries={queries.filter((q) => q.isPending || q.error)} what={t('present.deckLabel')} height={400}>
          {() =>
            !chartReady ? (
              <p className="deck__preparing" role="status">
                {t('present.preparing')}
              </p>
            ) : (
              deck.map((id, i) => (
                <section
                  key={id}
                  className="slide"
                  data-slide={id}
                  data-active={i === index}
                  aria-hidden={i !== index}
                  inert={i !== index}
                  aria-label={t('present.slideOf', { n: i + 1, total: deck.length })}
                >
                  <SlideContent id={id} shareUrl={link} />
                </section>
              ))
            )
          }
        </QueryState>
        <nav className="deck__controls" aria-label={t('present.deckLabel')}>
          <button
            type="button"
            className="deck__button"
            onClick={previous}
            aria-label={t('present.previous')}
            disabled={index === 0}
          >
            <DeckIcon name="previous" />
          </button>
          <span className="deck__count" aria-live="polite">
            {index + 1} / {deck.length}
          </span>
          <button
            type="button"
            className="deck__button"
            onClick={next}
            aria-label={t('present.next')}
            disabled={index === deck.length - 1}
          >
            <DeckIcon name="next" />
          </button>
          {interval !== null && (
            <button
              type="button"
              className="deck__button"
              onClick={() => setPaused(!paused)}
              aria-label={paused ? t('present.resume') : t('present.pause')}
            >
              <DeckIcon name={paused ? 'play' : 'pause'} />
            </button>
          )}
          <button
            type="button"
            className="deck__button"
            onClick={openPresenter}
            aria-label={t('present.presenterOpen')}
          >
            <DeckIcon name="presenter" />
          </button>
          <button
            type="button"
            className="deck__button"
            onClick={toggleFullscreen}
            aria-label={t('present.fullscreen')}
          >
            <DeckIcon name="fullscreen" />
          </button>
          <button type="button" className="deck__button" onClick={exit} aria-label={t('present.exit')}>
            <DeckIcon name="exit" />
          </button>
        </nav>
        {interval !== null && (
          <div className="deck__progress" data-paused={paused} aria-hidden="true">
            <span
              key={`${index}-${paused}`}
              className="deck__progress-bar"
              style={{ animationDuration: `${interval}s` }}
            />
          </div>
        )}
        {paused && interval !== null && <p className="deck__paused">{t('present.paused')}</p>}
      </SlideStage>
    </div>
  );
}
