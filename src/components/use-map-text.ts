import { useTranslation } from 'react-i18next';
import { mapMessages } from '@/i18n/messages/map.ts';

/**
 * The map's texts (i18next namespace `map`), added to the page's i18n instance when the map's code first runs: they
 * stay out of the first route's bundle, where the other catalogs live. Returns a `t` bound to that namespace.
 */
export function useMapText() {
  const { i18n } = useTranslation();
  for (const locale of ['en', 'es', 'ko'] as const)
    if (!i18n.hasResourceBundle(locale, 'map')) i18n.addResourceBundle(locale, 'map', mapMessages[locale]);
  return i18n.getFixedT(null, 'map');
}
