import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/data/vocabulary.ts';
import { formatPartialDate, formatUsdMillions } from '../../src/i18n/format.ts';
import { readPreviewData } from './preview-data.ts';
import { previewText } from './preview-text.ts';

const data = readPreviewData();

// Expected values straight from the files: Korea's statistics lead the trade card (domain/trade-series.ts), and
// the latest full year's total there has one precise figure; investment and aid are the headline statements.
const koreaTotals = data.annual.filter(
  (r) => r.flow === 'total' && r.reporter === 'korea' && !r.qualifiers.partialYear && !r.qualifiers.unusable,
);
const latestYear = Math.max(...koreaTotals.map((r) => r.year));
const latest = koreaTotals.filter((r) => r.year === latestYear && !r.qualifiers.approximate);
// The year before the FTA (in force 2011) the trade card compares with, and the growth since, as a whole percent.
const before = koreaTotals
  .filter((r) => r.year < 2011 && !r.qualifiers.approximate)
  .sort((a, b) => b.year - a.year)[0]!;
const growthPct = Math.round((latest[0]!.valueUsdM / before.valueUsdM - 1) * 100);
const investment = data.figures.find((f) => f.topic === 'investment')!;
const aid = data.figures.find((f) => f.topic === 'aid')!;
const publisher = (id: string) => data.sources.find((s) => s.id === id)!.publisher;

describe('previewText', () => {
  it('reads the files it is tested against', () => {
    expect(latest).toHaveLength(1);
    expect(investment.value).toBeGreaterThan(0);
    expect(aid.value).toBeGreaterThan(0);
  });

  for (const locale of LOCALES) {
    it(`leads the ${locale} description with the latest trade, investment and aid, as the page formats them`, () => {
      const text = previewText(locale, data);
      const trade = formatUsdMillions(latest[0]!.valueUsdM, locale);
      expect(text.description).toContain(trade);
      expect(text.description).toContain(String(latestYear));
      expect(text.description).toContain(formatUsdMillions(investment.value!, locale));
      expect(text.description).toContain(formatUsdMillions(aid.value!, locale));
      expect(text.figures.map((f) => f.key)).toEqual(['trade', 'investment', 'aid']);
      // The description opens with the figures (a card cuts the end) and ends with the page's lede.
      expect(text.description.indexOf(trade)).toBeLessThan(60);
      expect(text.description).toContain(formatPartialDate('1963-04-01', locale));
    });

    it(`invents no number in ${locale}: every figure in the words comes from the data`, () => {
      const text = previewText(locale, data);
      const known = new Set(
        [
          formatUsdMillions(latest[0]!.valueUsdM, locale),
          formatUsdMillions(investment.value!, locale),
          formatUsdMillions(aid.value!, locale),
          formatPartialDate('1963-04-01', locale),
          String(latestYear),
          String(before.year),
          String(growthPct),
          investment.statedOn,
          aid.statedOn,
        ].flatMap((s) => s.match(/\d+(?:[.,]\d+)*/g) ?? []),
      );
      const said = `${text.description} ${text.imageAlt}`.match(/\d+(?:[.,]\d+)*/g) ?? [];
      expect(said.length).toBeGreaterThan(3);
      expect(said.filter((n) => !known.has(n))).toEqual([]);
    });

    it(`names who published each figure in ${locale}`, () => {
      const text = previewText(locale, data);
      for (const id of [latest[0]!.sourceIds[0]!, investment.sourceIds[0]!, aid.sourceIds[0]!])
        expect(text.sourceLine).toContain(publisher(id));
      expect(text.imageAlt).toContain(text.sourceLine);
      for (const f of text.figures) expect(text.imageAlt).toContain(`${f.value} (${f.note})`);
    });
  }

  it('writes Spanish amounts in Peru’s style and says an approximate figure is one', () => {
    const es = previewText('es', data);
    // es-PE: "US$ 3.63 mil millones" (a point for decimals, "mil millones" for 10⁹).
    expect(es.description).toMatch(/US\$ \d+(\.\d+)? mil millones en \d{4}/);
    expect(aid.qualifiers.approximate).toBe(true);
    // Worded as the page's headline card words it.
    expect(es.figures.find((f) => f.key === 'aid')!.value).toBe(`unos ${formatUsdMillions(aid.value!, 'es')} al año`);
    expect(previewText('en', data).figures.find((f) => f.key === 'aid')!.value).toBe(
      `about ${formatUsdMillions(aid.value!, 'en')} a year`,
    );
    expect(previewText('ko', data).title).toBe('페루–한국: 수교 60년');
    expect(previewText('es', data).ogLocale).toBe('es_PE');
  });

  it('leaves out a figure the data lacks, and says no number for it', () => {
    const text = previewText('en', { ...data, figures: data.figures.filter((f) => f.topic !== 'investment') });
    expect(text.figures.map((f) => f.key)).toEqual(['trade', 'aid']);
    expect(text.description).not.toContain(formatUsdMillions(investment.value!, 'en'));
  });
});
