import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '@/data/schema/common.ts';
import { LOCALES } from '@/data/vocabulary.ts';
import { en } from './messages/en.ts';
import { es } from './messages/es.ts';
import { ko } from './messages/ko.ts';
import type { mapMessages } from './messages/map.ts';

export const MESSAGES = { en, es, ko } as const;

declare module 'i18next' {
  interface CustomTypeOptions {
    /** `map` is added when the map's code loads (components/use-map-text.ts), not bundled with the rest. */
    resources: { translation: typeof en; map: typeof mapMessages.en };
    returnNull: false;
  }
}

/** The language a first-time visitor's browser asks for, among ours; Spanish when none matches. */
export function detectLocale(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    const found = LOCALES.find((l) => l === base);
    if (found) return found;
  }
  return 'es';
}

/** One i18next instance, all three catalogs bundled (they are small); interpolation is not HTML-escaped because React escapes. */
export function createI18n(locale: Locale) {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: locale,
    fallbackLng: false,
    resources: { en: { translation: en }, es: { translation: es }, ko: { translation: ko } },
    interpolation: { escapeValue: false },
    initAsync: false,
    returnEmptyString: false,
  });
  return instance;
}
