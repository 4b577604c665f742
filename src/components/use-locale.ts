import { useTranslation } from 'react-i18next';
import type { LocalizedText, Locale } from '@/data/schema/common.ts';

/** The interface language, and a picker for the dataset's own three-language texts. */
export function useLocale() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const pick = (text: LocalizedText) => text[locale];
  return { t, locale, pick };
}
