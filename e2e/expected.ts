// Expected values read straight from the data files (never from the page), formatted the way each language writes
// them, for the tests to compare with what the page shows.
import { readFileSync } from 'node:fs';

export interface RawTrade {
  annual: {
    flow: string;
    reporter: string;
    year: number;
    valueUsdM: number;
    qualifiers: { unusable?: boolean; partialYear?: boolean };
  }[];
}
export const trade = JSON.parse(readFileSync('public/data/trade.json', 'utf8')) as RawTrade;

/**
 * The total-trade chart's markers for a span of years: one per published figure, the same figure from two sources
 * (same year, side and value) being one marker.
 */
export const totalTradeMarkers = (from: number, to: number) =>
  new Set(
    trade.annual
      .filter((r) => r.flow === 'total' && r.year >= from && r.year <= to && !r.qualifiers.unusable)
      .map((r) => `${r.year}|${r.reporter}|${r.valueUsdM}`),
  ).size;

/**
 * The headline card's figures, read from the data file: Korea's total trade in its latest full year (the card
 * prefers Korea's statistics; a year with two figures may show either of them).
 */
const koreanTotals = trade.annual.filter(
  (r) => r.flow === 'total' && r.reporter === 'korea' && !r.qualifiers.unusable && !r.qualifiers.partialYear,
);
export const latestYear = Math.max(...koreanTotals.map((r) => r.year));
export const latestValues = koreanTotals.filter((r) => r.year === latestYear).map((r) => r.valueUsdM);

/** A US$ amount (given in millions) as each language writes it in full: "US$3.63 billion", "36억 3천만 달러". */
export function usdInFull(valueUsdM: number, lang: 'es' | 'ko' | 'en'): string {
  const usd = Math.round(valueUsdM * 1e6);
  if (lang === 'ko') {
    // Four-digit groups (억 = 10⁸, 만 = 10⁴); a group in whole thousands reads "3천".
    const groups: string[] = [];
    let rest = usd;
    for (const [size, unit] of [
      [1e12, '조'],
      [1e8, '억'],
      [1e4, '만'],
      [1, ''],
    ] as const) {
      const n = Math.floor(rest / size);
      rest -= n * size;
      if (n) groups.push(`${n % 1000 === 0 ? `${n / 1000}천` : n.toLocaleString('ko-KR')}${unit}`);
    }
    return `${groups.join(' ')} 달러`;
  }
  const amount = new Intl.NumberFormat(lang === 'es' ? 'es-PE' : 'en-US', {
    notation: 'compact',
    compactDisplay: 'long',
    maximumSignificantDigits: 8,
  }).format(usd);
  return lang === 'es' ? `US$ ${amount}` : `US$${amount}`;
}
