import { lazy, memo, Suspense, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { HeadlineCards } from '@/features/headlines/headline-cards.tsx';
import { TradePanel } from '@/features/trade/trade-panel.tsx';
import { createI18n, detectLocale } from '@/i18n/index.ts';
import { formatPartialDate } from '@/i18n/format.ts';
import { RELATIONS_ESTABLISHED } from '@/domain/milestones.ts';
import { FilterBar } from '@/features/filters/filter-bar.tsx';
import { LanguageSwitch } from './language-switch.tsx';
import { SectionNav } from './section-nav.tsx';
import { ThemeSwitch } from './theme-switch.tsx';
import { useLanguage } from './use-language.ts';
import { useTheme } from './use-theme.ts';
import { UpdateBanner } from './update-banner.tsx';
import { useServiceWorker } from './use-service-worker.ts';
import { usePresentParams } from '@/state/view-params.ts';
import { PanelLoading } from '@/components/panel-status.tsx';
import type { Locale } from '@/data/schema/common.ts';

function initialLocale(): Locale {
  const param = new URLSearchParams(window.location.search).get('lang');
  return param === 'es' || param === 'ko' || param === 'en' ? param : detectLocale(navigator.languages ?? []);
}

export function App() {
  const [i18n] = useState(() => createI18n(initialLocale()));
  return (
    <I18nextProvider i18n={i18n}>
      <Dashboard />
    </I18nextProvider>
  );
}

/**
 * The page's content. Memoized: the shell above re-renders on every URL change (language, theme, presentation),
 * the content only when its own data, filter or language changes.
 */
const DashboardBody = memo(function DashboardBody() {
  const { t } = useTranslation();
  return (
    <>
      <HeadlineCards />
      <SectionNav />
      <FilterBar />
      <TradePanel />
      <Suspense fallback={<PanelLoading what={t('nav.label')} height={600} />}>
        <BelowTheFold />
      </Suspense>
    </>
  );
});

/** The sections below the first screen are one chunk, fetched while the first screen paints. */
const BelowTheFold = lazy(() => import('./below-the-fold.tsx'));

/** Presentation mode is its own chunk: the dashboard's first screen does not pay for it. */
const Presentation = lazy(() => import('@/features/present/presentation.tsx'));

function Dashboard() {
  const { t, i18n } = useTranslation();
  const [locale, setLocale] = useLanguage(i18n);
  const [{ present }, setPresent] = usePresentParams();
  const { updateReady, applyUpdate } = useServiceWorker();
  const [theme, setTheme] = useTheme(present ? 'projector' : undefined);
  if (present) {
    return (
      <Suspense fallback={<p className="deck-loading">{t('present.preparing')}</p>}>
        <Presentation />
      </Suspense>
    );
  }
  return (
    <>
      {updateReady && <UpdateBanner onUpdate={applyUpdate} />}
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <div>
            <p className="site-header__kicker">{t('app.kicker')}</p>
            <h1 className="site-header__title">{t('app.title')}</h1>
            <p className="site-header__lede">
              {t('app.lede', { date: formatPartialDate(RELATIONS_ESTABLISHED, locale) })}
            </p>
          </div>
          <div className="site-header__controls">
            <LanguageSwitch locale={locale} onChange={setLocale} />
            <ThemeSwitch theme={theme} onChange={setTheme} />
            <button
              type="button"
              className="button present-button"
              onClick={() => void setPresent({ present: true, slide: 1 })}
              aria-label={t('present.startLabel')}
            >
              {t('present.start')}
            </button>
          </div>
        </div>
      </header>
      <main id="main" className="main" tabIndex={-1}>
        <DashboardBody />
      </main>
      <footer className="site-footer">
        <p>{t('app.footer')}</p>
      </footer>
    </>
  );
}
