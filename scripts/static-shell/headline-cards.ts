/**
 * The four headline cards, written into the page at build time in the three languages (like the header), so their
 * figures and their final size are on the first screen before any script runs. React keeps this HTML while the data
 * loads (src/features/headlines/static-card.tsx) and then draws the same card from the same functions
 * (src/features/headlines/card-figures.ts): nothing moves, and no later paint becomes the largest one (LCP).
 * A card whose data the build cannot read is left out: React draws it when its data arrives.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import type * as CardFiguresModule from '../../src/features/headlines/card-figures.ts';
import type { HeadlineFigure } from '../../src/data/schema/headlines.ts';
import type { Source } from '../../src/data/schema/sources.ts';
import type { TradeRecord } from '../../src/data/schema/trade.ts';
import { LOCALES } from '../../src/data/vocabulary.ts';
import { formatGrowth, formatPartialDate, formatUsdMillions } from '../../src/i18n/format.ts';
import { en } from '../../src/i18n/messages/en.ts';
import { es } from '../../src/i18n/messages/es.ts';
import { ko } from '../../src/i18n/messages/ko.ts';

type Locale = (typeof LOCALES)[number];
const MESSAGES = { en, es, ko };
const src = (path: string) => fileURLToPath(new URL(`../../src/${path}`, import.meta.url));
const readData = <T>(file: string): T =>
  JSON.parse(readFileSync(new URL(`../../public/data/${file}`, import.meta.url), 'utf8')) as T;

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A catalog entry by its dotted key, with i18next's `{{name}}` placeholders filled. */
function translate(locale: Locale, key: string, vars: Record<string, string | number> = {}): string {
  const template = key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], MESSAGES[locale]);
  if (typeof template !== 'string') throw new Error(`static cards: no message "${key}"`);
  return template.replace(/\{\{(\w+)\}\}/g, (_m, name: string) => String(vars[name] ?? ''));
}

/** One span per language; CSS shows the reader's (`.static-lang`). */
const inEachLanguage = (text: (locale: Locale) => string) =>
  LOCALES.map((l) => `<span class="static-lang" lang="${l}">${escape(text(l))}</span>`).join('');

/** The markup of components/source-line.tsx for one source, in each language. */
function sourceLine(source: Source | undefined, id: string) {
  const label = inEachLanguage((l) => translate(l, 'source.label'));
  if (!source)
    return `<p class="source-line"><span class="source-line__label">${label}: </span><span>${escape(id)}</span></p>`;
  const text = inEachLanguage(
    (l) =>
      `${source.publisher}, “${source.title}” (${source.date ? formatPartialDate(source.date, l) : translate(l, 'source.undated')})`,
  );
  const newTab = inEachLanguage((l) => ` ${translate(l, 'source.opensNewTab')}`);
  return `<p class="source-line"><span class="source-line__label">${label}: </span><span><a href="${escape(source.url)}" target="_blank" rel="noopener noreferrer" class="source-link">${text}<span class="visually-hidden">${newTab}</span></a></span></p>`;
}

export async function staticHeadlineCards(): Promise<string> {
  const { module: cards } = await runnerImport<typeof CardFiguresModule>(src('features/headlines/card-figures.ts'), {
    configFile: false,
    logLevel: 'silent',
    resolve: { alias: { '@': src('') } },
  });
  const { figures } = readData<{ figures: HeadlineFigure[] }>('headlines.json');
  const { annual } = readData<{ annual: TradeRecord[] }>('trade.json');
  const sources = new Map(readData<{ sources: Source[] }>('sources.json').sources.map((s) => [s.id, s]));
  const byLocale = Object.fromEntries(
    LOCALES.map((l) => [
      l,
      cards.cardFigures(figures, annual, l, ((key, vars) => translate(l, key, vars)) as CardFiguresModule.Translate),
    ]),
  ) as Record<Locale, ReturnType<typeof cards.cardFigures>>;
  const compare = cards.tradeCardFigure(annual, 'en', (key, vars) => translate('en', key, vars))?.compare;

  /** What "more" holds before React's fuller card replaces it: the comparison, or who stated the figure. */
  const more = (key: CardFiguresModule.CardKey) => {
    if (key === 'trade' && compare) {
      const { before, reporter, ratio } = compare;
      return inEachLanguage(
        (l) =>
          `${translate(l, 'cards.trade.growth', { growth: formatGrowth(ratio, l), beforeYear: before.year })}; ${translate(l, 'cards.trade.detail', { before: formatUsdMillions(before.valueUsdM, l), beforeYear: before.year, reporter: translate(l, `reporters.${reporter}`) })}`,
      );
    }
    const topic = key === 'people' ? cards.peopleLead(figures).lead?.topic : key;
    const figure = figures.find((f) => f.topic === topic);
    return figure
      ? inEachLanguage((l) =>
          translate(l, 'source.statedBy', { who: figure.statedBy[l], date: formatPartialDate(figure.statedOn, l) }),
        )
      : '';
  };

  const articles = cards.CARD_KEYS.map((key) => {
    const shown = byLocale.en[key];
    if (!shown) return '';
    return (
      `<article class="kpi-card" data-static-card="${key}">` +
      `<h3 class="kpi-card__title">${inEachLanguage((l) => translate(l, `cards.${key}.title`))}</h3>` +
      `<p class="kpi-card__value">${inEachLanguage((l) => byLocale[l][key]!.value)}</p>` +
      `<div class="kpi-card__source">${sourceLine(sources.get(shown.sourceId), shown.sourceId)}</div>` +
      `<details class="kpi-card__more"><summary>${inEachLanguage((l) => translate(l, 'phone.cardMore'))}</summary>` +
      `<div class="kpi-card__detail"><p>${more(key)}</p></div></details></article>`
    );
  }).join('');
  const heading = `<h2 id="headlines-title" class="visually-hidden">${inEachLanguage((l) => translate(l, 'cards.regionLabel'))}</h2>`;
  // The same boxes as the app's (src/app/app.tsx, headline-cards.tsx), so React's first render lands on them.
  return `<main id="main" class="main" tabindex="-1"><section class="headline-cards" aria-labelledby="headlines-title">${heading}${articles}</section></main>`;
}
