/**
 * The first thing a visitor reads, as HTML in index.html: the header in the three languages (CSS shows the one
 * matching <html lang>, which public/lang.js sets before the first paint). It paints before any JavaScript runs
 * (the LCP floor); React replaces it with the same markup when it mounts.
 */
import { LOCALES } from '../src/data/schema/common.ts';
import { RELATIONS_ESTABLISHED } from '../src/domain/milestones.ts';
import { formatPartialDate } from '../src/i18n/format.ts';
import { en } from '../src/i18n/messages/en.ts';
import { es } from '../src/i18n/messages/es.ts';
import { ko } from '../src/i18n/messages/ko.ts';

// The catalogs themselves, not src/i18n/index.ts: the config loader does not resolve the app's "@/" alias.
const MESSAGES = { en, es, ko };

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function prerenderedHeader(): string {
  const blocks = LOCALES.map((locale) => {
    const m = MESSAGES[locale].app;
    const lede = m.lede.replace('{{date}}', formatPartialDate(RELATIONS_ESTABLISHED, locale));
    return `<div class="prerender__lang" lang="${locale}"><p class="site-header__kicker">${escape(m.kicker)}</p><h1 class="site-header__title">${escape(m.title)}</h1><p class="site-header__lede">${escape(lede)}</p></div>`;
  }).join('');
  return `<header class="site-header prerender"><div class="site-header__inner">${blocks}<div class="site-header__controls prerender__controls"></div></div></header>`;
}
