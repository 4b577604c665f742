import { useCallback, useEffect, useMemo, useState } from 'react';
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
import { DeckScreen } from './deck-screen.tsx';
import { SlideStage } from './slide-stage.tsx';
import { loadSlideCharts } from './load-slide-charts.ts';
import { loadKoreanFont } from '@/components/korean-font.ts';
import './present.css';
import './present-portrait.css';

/**
 * Full-screen slides for a room. Every slide's data and chart code are loaded before the deck is shown, and every
 * slide is mounted up front (only the current one visible), so moving between slides never shows a spinner or jumps.
 */
export default function Presentation() {
  const { t } = useLocale();
  const [{ slide, autoplay }, setParams] = usePresentParams();
  const [filter] = useViewFilter();
  const deck = useMemo(() => deckFor(filter.sectors), [filter.sectors]);
  const interval = autoplaySeconds(autoplay);
  // The slide the URL opened; while the deck runs it writes the URL itself, and reading it back would re-render the
  // deck after every change for nothing.
  const [openedAt] = useState(slide);

  // Every file the slides draw from, and the map's boundaries, before the first slide shows: no slide waits.
  const queries = useQueries({ queries: [...allDataQueries(), peruGeometryQuery()] });
  const [chartReady, setChartReady] = useState(false);
  useEffect(() => {
    // Source titles are quoted in Korean whatever the language, and a venue's computer may have no Korean font.
    void Promise.all([loadSlideCharts(), loadPeruMap(), loadKoreanFont()]).then(() => setChartReady(true));
  }, []);

  const [presenter, setPresenter] = useQueryState('presenter', parseAsBoolean.withDefault(false));
  const writeUrl = useCallback((i: number) => void setParams({ slide: i + 1 }), [setParams]);
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

  const link = useMemo(
    () => shareUrl(import.meta.env.VITE_PUBLIC_URL || window.location.href, window.location.search),
    [],
  );

  const waiting = queries.filter((q) => q.isPending || q.error);
  if (waiting.length === 0 && chartReady)
    return (
      <DeckScreen
        deck={deck}
        initialIndex={slideIndexFromParam(openedAt, deck.length)}
        writeUrl={writeUrl}
        interval={interval}
        presenter={presenter}
        openPresenter={openPresenter}
        exit={exit}
        shareUrl={link}
        syncChannel={`deck-${filter.sectors.join(',')}`}
      />
    );
  return (
    <div className="deck" role="region" aria-roledescription={t('present.deckLabel')} aria-label={t('app.title')}>
      <SlideStage>
        <QueryState queries={waiting} what={t('present.deckLabel')} height={400}>
          {() => (
            <p className="deck__preparing" role="status">
              {t('present.preparing')}
            </p>
          )}
        </QueryState>
      </SlideStage>
    </div>
  );
}
