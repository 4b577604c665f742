import type { Locale } from '@/data/schema/common.ts';
import type { HeadlineFigure } from '@/data/schema/headlines.ts';
import type { TradeRecord } from '@/data/schema/trade.ts';
import { headlineFor } from '@/domain/headline-figures.ts';
import { tradeBeforeAfterFta } from '@/domain/trade-series.ts';
import { formatNumber, formatUsdMillions } from '@/i18n/format.ts';

/**
 * What a compact headline card shows before "more": its figure, formatted, and the source it names on its one line.
 * One function for the page and for the build (scripts/static-shell/headline-cards.ts), so the card painted from the
 * static HTML and the one React draws when the data arrives have the same text, and so the same size.
 */
export interface CardFigure {
  value: string;
  /** The primary source of the figure shown. */
  sourceId: string;
}

export const CARD_KEYS = ['trade', 'investment', 'aid', 'people'] as const;
export type CardKey = (typeof CARD_KEYS)[number];

/** The translations a card's figure needs: i18next's `t`, or the build's own. */
type TradeT = (key: 'cards.trade.value', vars: { after: string; afterYear: number }) => string;
type AidT = (key: 'cards.aid.perYear' | 'cards.aid.perYearAbout', vars: { value: string }) => string;
type PeopleT = (key: 'cards.people.trainees' | 'cards.people.scholars', vars: { n: string }) => string;
export type Translate = TradeT & AidT & PeopleT;

export function tradeCardFigure(annual: readonly TradeRecord[], locale: Locale, t: TradeT) {
  const compare = tradeBeforeAfterFta(annual);
  if (!compare) return undefined;
  const { after } = compare;
  const value = t('cards.trade.value', { after: formatUsdMillions(after.valueUsdM, locale), afterYear: after.year });
  return { compare, figure: { value, sourceId: after.sourceIds[0]! } satisfies CardFigure };
}

export function investmentCardFigure(figure: HeadlineFigure | undefined, locale: Locale): CardFigure | undefined {
  if (!figure || figure.value === undefined) return undefined;
  return { value: formatUsdMillions(figure.value, locale), sourceId: figure.sourceIds[0]! };
}

export function aidCardFigure(figure: HeadlineFigure | undefined, locale: Locale, t: AidT) {
  if (!figure || figure.value === undefined) return undefined;
  // "Some 10 million dollars" as stated: the figure itself says "about", not only a badge under "more".
  const key = figure.qualifiers.approximate ? 'cards.aid.perYearAbout' : 'cards.aid.perYear';
  const value = t(key, { value: formatUsdMillions(figure.value, locale) });
  return { value, sourceId: figure.sourceIds[0]! } satisfies CardFigure;
}

/** The people card leads with the KOICA trainees, else the GKS scholars. */
export function peopleLead(figures: readonly HeadlineFigure[]) {
  const scholars = headlineFor(figures, 'scholars');
  const trainees = headlineFor(figures, 'trainees');
  return { scholars, trainees, lead: trainees ?? scholars };
}

/** The figure with the noun it counts ("1,000 KOICA trainees"): a bare number under "People" says nothing. */
export function peopleCardFigure(lead: HeadlineFigure | undefined, locale: Locale, t: PeopleT): CardFigure | undefined {
  if (!lead || lead.value === undefined) return undefined;
  const key = lead.topic === 'trainees' ? 'cards.people.trainees' : 'cards.people.scholars';
  return { value: t(key, { n: formatNumber(lead.value, locale) }), sourceId: lead.sourceIds[0]! };
}

/** Every card's figure from the two files of the first screen (the build's static cards). */
export function cardFigures(
  figures: readonly HeadlineFigure[],
  annual: readonly TradeRecord[],
  locale: Locale,
  t: Translate,
): Record<CardKey, CardFigure | undefined> {
  return {
    trade: tradeCardFigure(annual, locale, t)?.figure,
    investment: investmentCardFigure(headlineFor(figures, 'investment'), locale),
    aid: aidCardFigure(headlineFor(figures, 'aid'), locale, t),
    people: peopleCardFigure(peopleLead(figures).lead, locale, t),
  };
}
