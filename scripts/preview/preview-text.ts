/**
 * The words of a link preview in one language, from the dataset: the page's title, a description that leads with
 * the headline figures, and what the preview image shows (the same figures with their notes, and who published
 * them). The figures are the headline cards' (src/features/headlines/card-figures.ts: the same domain functions and
 * messages), formatted as the page formats them, so a shared card never says what the page does not; a figure the
 * data lacks is left out, and an approximate one says so.
 *
 * The build loads this module through Vite's runner (scripts/preview/plugin.ts): the domain modules import with the
 * app's "@/" alias, which the config loader does not resolve.
 */
import type { Locale } from '../../src/data/schema/common.ts';
import type { HeadlineFigure } from '../../src/data/schema/headlines.ts';
import type { Source } from '../../src/data/schema/sources.ts';
import type { TradeRecord } from '../../src/data/schema/trade.ts';
import { headlineFor } from '../../src/domain/headline-figures.ts';
import { RELATIONS_ESTABLISHED } from '../../src/domain/milestones.ts';
import { tradeBeforeAfterFta } from '../../src/domain/trade-series.ts';
import { formatGrowth, formatPartialDate, formatUsdMillions, INTL_LOCALE } from '../../src/i18n/format.ts';
import { en } from '../../src/i18n/messages/en.ts';
import { es } from '../../src/i18n/messages/es.ts';
import { ko } from '../../src/i18n/messages/ko.ts';
import { linkPreviewMessages } from '../../src/i18n/messages/link-preview.ts';

const MESSAGES = { en, es, ko };

/** The dataset files a preview is made from (public/data/headlines.json, trade.json, sources.json). */
export interface PreviewData {
  figures: readonly HeadlineFigure[];
  annual: readonly TradeRecord[];
  sources: readonly Source[];
}

/** One headline figure as the image shows it: what it is, the figure, and a short note (side, date). */
export interface PreviewFigure {
  key: 'trade' | 'investment' | 'aid';
  label: string;
  value: string;
  note: string;
  sourceId: string;
}

export interface PreviewText {
  locale: Locale;
  /** Open Graph's form of the language tag: es_PE, ko_KR, en_US. */
  ogLocale: string;
  /** og:title and the image's title: the page's heading. */
  title: string;
  /** The document's <title> in this language. */
  documentTitle: string;
  kicker: string;
  /** og:description and <meta name="description">: the figures first (a card cuts the end), then the lede. */
  description: string;
  figures: PreviewFigure[];
  /** "Sources: publisher; publisher": who published the figures shown. */
  sourceLine: string;
  /** og:image:alt: everything the image says, in words. */
  imageAlt: string;
}

/** `{{name}}` placeholders filled, as i18next does. */
const fill = (template: string, vars: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_m, name: string) => String(vars[name] ?? ''));

export const ogLocale = (locale: Locale) => INTL_LOCALE[locale].replace('-', '_');

export function previewText(locale: Locale, data: PreviewData): PreviewText {
  const m = MESSAGES[locale];
  const p = linkPreviewMessages[locale];
  const approx = (value: string, approximate: boolean | undefined) =>
    approximate ? fill(p.approximately, { value }) : value;
  const figures: PreviewFigure[] = [];

  // The trade card's comparison (the latest full year against the last one before the FTA, from one side).
  const trade = tradeBeforeAfterFta(data.annual);
  const tradeSource = trade?.after.sourceIds[0];
  if (trade && tradeSource) {
    const { after, before, reporter, ratio } = trade;
    const value = fill(m.cards.trade.value, {
      after: approx(formatUsdMillions(after.valueUsdM, locale), after.qualifiers.approximate),
      afterYear: after.year,
    });
    const growth =
      before.qualifiers.approximate || after.qualifiers.approximate
        ? undefined // a rate from an approximate figure would claim more precision than it has
        : fill(m.cards.trade.growth, { growth: formatGrowth(ratio, locale), beforeYear: before.year });
    figures.push({
      key: 'trade',
      label: m.cards.trade.title,
      value,
      note: [growth, m.reporters[reporter]].filter(Boolean).join(' · '),
      sourceId: tradeSource,
    });
  }

  const investment = headlineFor(data.figures, 'investment');
  if (investment?.value !== undefined && investment.sourceIds[0]) {
    figures.push({
      key: 'investment',
      label: m.cards.investment.title,
      value: approx(formatUsdMillions(investment.value, locale), investment.qualifiers.approximate),
      note: fill(m.cards.investment.detail, { year: investment.statedOn.slice(0, 4) }),
      sourceId: investment.sourceIds[0],
    });
  }

  const aid = headlineFor(data.figures, 'aid');
  if (aid?.value !== undefined && aid.sourceIds[0]) {
    figures.push({
      key: 'aid',
      label: m.cards.aid.title,
      value: fill(aid.qualifiers.approximate ? m.cards.aid.perYearAbout : m.cards.aid.perYear, {
        value: formatUsdMillions(aid.value, locale),
      }),
      note: fill(m.cards.aid.detail, { year: aid.statedOn.slice(0, 4) }),
      sourceId: aid.sourceIds[0],
    });
  }

  const publishers = [
    ...new Set(figures.map((f) => data.sources.find((s) => s.id === f.sourceId)?.publisher ?? f.sourceId)),
  ];
  const sourceLine = `${publishers.length > 1 ? m.source.labelPlural : m.source.label}: ${publishers.join('; ')}`;
  const listed = figures.map((f) => fill(p.figure, { label: f.label, value: f.value })).join('; ');
  const lede = fill(m.app.lede, { date: formatPartialDate(RELATIONS_ESTABLISHED, locale) });

  return {
    locale,
    ogLocale: ogLocale(locale),
    title: m.app.title,
    documentTitle: m.app.documentTitle,
    kicker: m.app.kicker,
    description: listed ? `${listed}. ${lede}` : lede,
    figures,
    sourceLine,
    imageAlt: fill(p.imageAlt, {
      figures: figures.map((f) => fill(p.figureWithNote, { label: f.label, value: f.value, note: f.note })).join('; '),
      sources: sourceLine,
    }),
  };
}
