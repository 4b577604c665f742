import { lazy, memo, Suspense, useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { HeadlineCards } from '@/features/headlines/headline-cards.tsx';
import { TradePanel } from '@/features/trade/trade-panel.tsx';
import { createI18n, detectLocale } from '@/i18n/index.ts';
import { FilterBar } from '@/features/filters/filter-bar.tsx';
import { HeaderMenu } from './header-menu.tsx';
import { LanguageSwitch } from './language-switch.tsx';
import { SectionNav } from './section-nav.tsx';
import { ThemeSwitch } from './theme-switch.tsx';
import { useLanguage } from './use-language.ts';
import { useTheme } from './use-theme.ts';
import { UpdateBanner } from './update-banner.tsx';
import { useServiceWorker } from './use-service-worker.ts';
import { embeddedChart, usePresentParams } from '@/state/view-params.ts';
import { EmbedMissing } from '@/components/embed-missing.tsx';
import { PanelLoading } from '@/components/panel-status.tsx';
import { LocaleProvider } from '@/components/use-locale.ts';
import type { Locale } from '@/data/schema/common.ts';

function initialLocale(): Locale {
  const param = new URLSearchParams(window.location.search).get('lang');
  return param === 'es' || param === 'ko' || param === 'en' ? param : detectLocale(navigator.languages ?? []);
}

export function App() {
  const [i18n] = useState(() => createI18n(initialLocale()));
  // A mark the static HTML does not carry: set after React's first commit, so a test can tell a running app from
  // the static header left alone when the root failed to render (React then unmounts everything under #root).
  useEffect(() => {
    document.documentElement.dataset.appReady = 'true';
  }, []);
  return (
    <I18nextProvider i18n={i18n}>
      <LocaleProvider>
        <Dashboard />
      </LocaleProvider>
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

/** The static header's slot for the controls (index.html); absent only in a test's bare document. */
const headerControls = () => document.getElementById('header-controls');

function Dashboard() {
  const { t, i18n } = useTranslation();
  const [locale, setLocale] = useLanguage(i18n);
  const [{ present }, setPresent] = usePresentParams();
  const { updateReady, applyUpdate } = useServiceWorker();
  const [theme, setTheme] = useTheme(present ? 'projector' : undefined);
  useEffect(() => {
    // The static header and skip link hide in a presentation (styles.css); before-paint.js sets it on first load.
    if (present) document.documentElement.dataset.view = 'present';
    else if (embeddedChart()) document.documentElement.dataset.view = 'embed';
    else delete document.documentElement.dataset.view;
  }, [present]);
  if (present) {
    return (
      <Suspense fallback={<p className="deck-loading">{t('present.preparing')}</p>}>
        <Presentation />
      </Suspense>
    );
  }
  const slot = headerControls();
  const controls = (
    <HeaderMenu>
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
    </HeaderMenu>
  );
  return (
    <>
      {updateReady && <UpdateBanner onUpdate={applyUpdate} />}
      {/* The header itself is static HTML (scripts/static-shell.ts): it paints before this script runs. */}
      {slot ? createPortal(controls, slot) : controls}
      <main id="main" className="main" tabIndex={-1}>
        {embeddedChart() && <EmbedMissing id={embeddedChart()!} />}
        <DashboardBody />
      </main>
      <footer className="site-footer">
        <p>{t('app.footer')}</p>
      </footer>
    </>
  );
}
