import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { HeadlineFigure } from '@/data/schema/headlines.ts';
import { formatNumber, formatUsdMillions } from '@/i18n/format.ts';
import { en } from '@/i18n/messages/en.ts';
import { aidCardFigure, peopleCardFigure, peopleLead } from './card-figures.ts';

const figures = (JSON.parse(readFileSync('public/data/headlines.json', 'utf8')) as { figures: HeadlineFigure[] })
  .figures;
const aid = figures.find((f) => f.topic === 'aid')!;
/** The English catalog as the card's `t` (only the two keys it asks for). */
const t = (key: 'cards.aid.perYear' | 'cards.aid.perYearAbout', vars: { value: string }) =>
  en.cards.aid[key === 'cards.aid.perYear' ? 'perYear' : 'perYearAbout'].replace('{{value}}', vars.value);

describe('the aid card figure', () => {
  it('says "about" when the statement is approximate, as headlines.json marks it', () => {
    const value = formatUsdMillions(aid.value!, 'en');
    const shown = aidCardFigure(aid, 'en', t)!;
    if (aid.qualifiers.approximate) expect(shown.value).toBe(`about ${value} a year`);
    else expect(shown.value).toBe(`${value} a year`);
    expect(shown.sourceId).toBe(aid.sourceIds[0]);
  });

  it('states an exact figure without "about"', () => {
    const exact = { ...aid, qualifiers: {} };
    expect(aidCardFigure(exact, 'en', t)!.value).toBe(`${formatUsdMillions(aid.value!, 'en')} a year`);
  });
});

describe('the people card figure', () => {
  /** The English catalog's people texts as the card's `t`. */
  const people = (key: 'cards.people.trainees' | 'cards.people.scholars', vars: { n: string }) =>
    en.cards.people[key === 'cards.people.trainees' ? 'trainees' : 'scholars'].replace('{{n}}', vars.n);

  it('carries the noun of what it counts, the KOICA trainees when headlines.json has them', () => {
    const trainees = figures.find((f) => f.topic === 'trainees')!;
    const { lead } = peopleLead(figures);
    expect(lead).toBe(trainees);
    const shown = peopleCardFigure(lead, 'en', people)!;
    expect(shown.value).toBe(`${formatNumber(trainees.value!, 'en')} KOICA trainees`);
    expect(shown.sourceId).toBe(trainees.sourceIds[0]);
  });

  it('names the GKS scholars when they lead', () => {
    const scholars = figures.find((f) => f.topic === 'scholars')!;
    expect(peopleCardFigure(scholars, 'en', people)!.value).toBe(
      `${formatNumber(scholars.value!, 'en')} GKS scholars in Korea`,
    );
  });
});
