import { describe, expect, it } from 'vitest';
import {
  formatGrowth,
  formatMonthRange,
  formatNumber,
  formatPartialDate,
  formatPercent,
  formatUsdAxis,
  formatUsdMillions,
  koreanAmount,
} from './format.ts';
import { inEveryLocale } from '@/test/locales.ts';

describe('formatUsdMillions', () => {
  it('uses each locale’s own long compact form and keeps every published digit', () => {
    expect(inEveryLocale((locale) => formatUsdMillions(3630, locale))).toEqual({
      en: 'US$3.63 billion',
      es: 'US$ 3.63 mil millones',
      ko: '36억 3천만 달러',
    });
  });
  it('formats millions without rounding away decimals', () => {
    expect(formatUsdMillions(171.58, 'en')).toBe('US$171.58 million');
    expect(formatUsdMillions(2.375, 'ko')).toBe('237만 5천 달러');
    expect(formatUsdMillions(0.5, 'es')).toBe('US$ 500 mil');
  });
  it('writes a negative balance with a minus sign', () => {
    expect(formatUsdMillions(-583, 'en')).toBe('−US$583 million');
  });
});

describe('koreanAmount', () => {
  it('groups by four digits with 조, 억 and 만', () => {
    expect(koreanAmount(6_200_000_000)).toBe('62억');
    expect(koreanAmount(528_000_000)).toBe('5억 2,800만');
    expect(koreanAmount(1_234_567_890_123)).toBe('1조 2,345억 6,789만 123');
    expect(koreanAmount(0)).toBe('0');
  });
});

describe('axis, numbers, percents', () => {
  it('gives short axis labels', () => {
    expect(formatUsdAxis(3630, 'en')).toBe('$3.6B');
    expect(formatUsdAxis(3630, 'ko')).toBe('36.3억');
  });
  it('groups digits by locale', () => {
    expect(formatNumber(1000, 'en')).toBe('1,000');
    expect(formatNumber(1000, 'ko')).toBe('1,000');
  });
  it('formats percentages given on a 0–100 scale', () => {
    expect(formatPercent(86.8, 'en')).toBe('86.8%');
    expect(formatPercent(68.6, 'es')).toMatch(/^68[.,]6\s?%$/);
  });
  it('formats growth as a signed percent', () => {
    expect(formatGrowth(3630 / 1980, 'en')).toBe('+83%');
    expect(formatGrowth(0.5, 'en')).toBe('-50%');
  });
});

describe('dates at their own precision', () => {
  it('shows a year, a month or a day', () => {
    expect(formatPartialDate('2011', 'en')).toBe('2011');
    expect(formatPartialDate('2011-08', 'en')).toBe('August 2011');
    expect(formatPartialDate('2011-08-01', 'en')).toBe('August 1, 2011');
    expect(formatPartialDate('2011-08-01', 'es')).toBe('1 de agosto de 2011');
    expect(formatPartialDate('1963-04-01', 'ko')).toBe('1963년 4월 1일');
  });
  it('labels partial years', () => {
    expect(formatMonthRange(1, 9, 'ko')).toBe('1~9월');
    expect(formatMonthRange(1, 9, 'en')).toBe('Jan–Sep');
    expect(formatMonthRange(1, 6, 'es')).toMatch(/^ene\.?–jun\.?$/i);
  });
});
