/**
 * The page's sections for a reader without JavaScript (or a crawler that does not run it): each section's heading
 * and opening text in the three languages, written into index.html at build time inside <noscript>, so with
 * JavaScript off the page still says what it holds. With JavaScript on, the app renders the same sections itself.
 */
import { LOCALES } from '../../src/data/vocabulary.ts';
import { en } from '../../src/i18n/messages/en.ts';
import { es } from '../../src/i18n/messages/es.ts';
import { ko } from '../../src/i18n/messages/ko.ts';
import type { Catalog as CatalogOf } from '../../src/i18n/messages/types.ts';

const MESSAGES = { en, es, ko };
type Catalog = CatalogOf<typeof en>;

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** In reading order: the id the app's section carries, its heading and its opening text. */
export const STATIC_SECTIONS: [id: string, title: (m: Catalog) => string, text: (m: Catalog) => string][] = [
  ['trade', (m) => m.sectors.trade, (m) => m.trade.chartTitle],
  ['trade-detail', (m) => m.tradeDetail.title, (m) => m.tradeDetail.intro],
  ['investment-section', (m) => m.investment.title, (m) => m.investment.lede],
  ['aid-section', (m) => m.aid.title, (m) => m.aid.intro],
  ['exchange-section', (m) => m.exchange.title, (m) => m.exchange.intro],
  ['timeline-section', (m) => m.timeline.title, (m) => m.timeline.intro],
  ['method-section', (m) => m.method.title, (m) => m.method.lede],
];

/** The sections as static HTML, one block per language (styles.css shows the one matching <html lang>). */
export function staticSections(): string {
  const blocks = LOCALES.map((locale) => {
    const m: Catalog = MESSAGES[locale];
    const sections = STATIC_SECTIONS.map(
      ([id, title, text]) =>
        `<section class="panel static-section" aria-labelledby="static-${id}-${locale}"><h2 class="section-title" id="static-${id}-${locale}">${escape(title(m))}</h2><p>${escape(text(m))}</p></section>`,
    ).join('');
    return `<div class="static-lang" lang="${locale}">${sections}</div>`;
  }).join('');
  return `<noscript><main id="main" class="main static-sections">${blocks}</main></noscript>`;
}
