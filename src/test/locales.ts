import type { Locale } from '@/data/schema/common.ts';
import { LOCALES } from '@/data/vocabulary.ts';

/**
 * What a formatter writes in each of the page's languages, as one object to compare: a failing test then shows the
 * three languages side by side, not only the first one that differs.
 */
export const inEveryLocale = (format: (locale: Locale) => string) =>
  Object.fromEntries(LOCALES.map((locale) => [locale, format(locale)])) as Record<Locale, string>;
