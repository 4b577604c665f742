import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { HeadlineFigure } from '@/data/schema/headlines.ts';
import { formatUsdMillions } from '@/i18n/format.ts';
import { en } from '@/i18n/messages/en.ts';
import { aidCardFigure } from './card-figures.ts';

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
