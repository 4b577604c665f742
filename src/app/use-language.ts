import { useEffect } from 'react';
import type { i18n as I18n } from 'i18next';
import type { Locale } from '@/data/schema/common.ts';
import { detectLocale } from '@/i18n/index.ts';
import { useLangParam } from '@/state/view-params.ts';
import { loadKoreanFont } from '@/components/korean-font.ts';

/**
 * Keeps the interface language, the URL and the document in step: the URL wins; a first visit without
 * `lang` takes the browser's language and writes it to the URL so a shared link opens the same way.
 */
export function useLanguage(i18n: I18n): [Locale, (next: Locale) => void] {
  const [param, setParam] = useLangParam();
  const locale: Locale = param ?? detectLocale(navigator.languages ?? [navigator.language]);

  useEffect(() => {
    if (param === null) void setParam(locale);
  }, [param, locale, setParam]);

  useEffect(() => {
    if (i18n.language !== locale) void i18n.changeLanguage(locale);
    document.documentElement.lang = locale;
    document.title = i18n.t('app.documentTitle');
    if (locale === 'ko') void loadKoreanFont();
  }, [i18n, locale]);

  return [locale, (next) => void setParam(next)];
}
