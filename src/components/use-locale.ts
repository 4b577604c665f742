import { createContext, createElement, useContext, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { LocalizedText, Locale } from '@/data/schema/common.ts';

interface LocaleTools {
  t: TFunction;
  locale: Locale;
  /** The reader's language out of a dataset text in three languages. */
  pick: (text: LocalizedText) => string;
}

const LocaleContext = createContext<LocaleTools | null>(null);

/**
 * Asks i18next once for the page. react-i18next's useTranslation sets up a copy of the i18n instance in every
 * component that calls it; a table of a few hundred rows, each with its source line and badges, spent more time
 * there than drawing. Components read this context instead (a language change still reaches them all).
 */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const value = useMemo<LocaleTools>(() => ({ t, locale, pick: (text) => text[locale] }), [t, locale]);
  return createElement(LocaleContext.Provider, { value }, children);
}

/** The interface language, and a picker for the dataset's own three-language texts. */
export function useLocale(): LocaleTools {
  const tools = useContext(LocaleContext);
  if (!tools) throw new Error('useLocale() needs a <LocaleProvider> above it (src/app/app.tsx)');
  return tools;
}
