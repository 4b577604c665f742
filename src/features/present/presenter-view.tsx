import { useEffect, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { QueryState } from '@/components/query-state.tsx';
import { useLocale } from '@/components/use-locale.ts';
import { speakerNotesQuery } from '@/data/queries.ts';
import type { SlideId } from '@/domain/deck.ts';
import { formatElapsed } from '@/domain/deck-timer.ts';
import { INTL_LOCALE, dateFormat } from '@/i18n/format.ts';
import type { DeckPlace } from './deck-slides.tsx';
import { SlideContent } from './slide-content.tsx';
import { SlideStage } from './slide-stage.tsx';
import './presenter.css';

/** One slide drawn small with the audience's components, for the presenter's eyes only (hidden from assistive tech). */
function SlidePreview({ id, shareUrl }: { id: SlideId; shareUrl: string }) {
  return (
    <div className="presenter__preview" aria-hidden="true" inert>
      <SlideStage>
        <section className="slide" data-active="true" data-preview={id}>
          <SlideContent id={id} shareUrl={shareUrl} />
        </section>
      </SlideStage>
    </div>
  );
}

function useNow(stepMs = 1000) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), stepMs);
    return () => window.clearInterval(timer);
  }, [stepMs]);
  return now;
}

/**
 * The presenter's screen (a second window, or this tab with `&presenter=true`): the current and the next slide, the
 * speaker notes in the deck's language, elapsed time and the clock. The keys work as in the deck, and the audience
 * window follows (see useDeckSync).
 */
export default function PresenterView({ deck, index, shareUrl }: DeckPlace) {
  const { t, locale } = useLocale();
  const notes = useQuery(speakerNotesQuery());
  const [started, setStarted] = useState(() => Date.now());
  const now = useNow();
  const id = deck[index]!;
  const nextId = deck[index + 1];
  const note = notes.data?.notes.find((n) => n.id === id)?.text[locale];
  return (
    <main className="presenter" aria-label={t('present.presenterTitle')} data-presenter-slide={id}>
      <section
        className="presenter__current"
        aria-label={t('present.presenterCurrent', { n: index + 1, total: deck.length })}
      >
        <h1 className="presenter__heading">{t('present.presenterCurrent', { n: index + 1, total: deck.length })}</h1>
        <SlidePreview key={id} id={id} shareUrl={shareUrl} />
      </section>
      <section className="presenter__side" aria-label={t('present.presenterNext')}>
        <h2 className="presenter__heading">{t('present.presenterNext')}</h2>
        {nextId ? (
          <SlidePreview key={nextId} id={nextId} shareUrl={shareUrl} />
        ) : (
          <p className="presenter__end">{t('present.presenterEnd')}</p>
        )}
        <dl className="presenter__times">
          <div>
            <dt>{t('present.presenterElapsed')}</dt>
            <dd className="presenter__elapsed">{formatElapsed(now - started)}</dd>
          </div>
          <div>
            <dt>{t('present.presenterClock')}</dt>
            <dd>{dateFormat(INTL_LOCALE[locale], { hour: '2-digit', minute: '2-digit' }).format(now)}</dd>
          </div>
        </dl>
        <button type="button" className="button" onClick={() => setStarted(Date.now())}>
          {t('present.presenterReset')}
        </button>
      </section>
      <section className="presenter__notes" aria-labelledby="presenter-notes">
        <h2 className="presenter__heading" id="presenter-notes">
          {t('present.presenterNotes')}
        </h2>
        <QueryState
          queries={[notes].filter((q) => q.isPending || q.error)}
          what={t('present.presenterNotes')}
          height={120}
        >
          {() => <p className="presenter__note">{note ?? t('present.presenterNoNotes')}</p>}
        </QueryState>
      </section>
    </main>
  );
}
