import type { Locale, PartialDate } from '@/data/schema/common.ts';

/** BCP 47 tags for Intl: Peruvian Spanish, Korean, English. */
export const INTL_LOCALE: Record<Locale, string> = { es: 'es-PE', ko: 'ko-KR', en: 'en-US' };

/**
 * Intl formatters, made once per locale and options: building one costs far more than formatting with it, and a
 * chart formats hundreds of ticks, labels and table cells.
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(
  kind: string,
  tag: string,
  options: object,
  make: () => T,
) {
  const key = `${kind}|${tag}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) formatters.set(key, (formatter = make()));
  return formatter;
}
export const numberFormat = (tag: string, options: Intl.NumberFormatOptions) =>
  cached('n', tag, options, () => new Intl.NumberFormat(tag, options));
export const dateFormat = (tag: string, options: Intl.DateTimeFormatOptions) =>
  cached('d', tag, options, () => new Intl.DateTimeFormat(tag, options));

/**
 * The page's first Intl.DateTimeFormat loads the browser's calendar data: about 10 ms on a laptop, four times that
 * on a phone. Called in a task of its own at start-up, so the first render that shows a date does not carry it.
 */
export function warmUpDateFormatting(locale: Locale): void {
  dateFormat(INTL_LOCALE[locale], { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
}

const exactCompact = (locale: Locale) =>
  numberFormat(INTL_LOCALE[locale], {
    notation: 'compact',
    compactDisplay: 'long',
    maximumSignificantDigits: 8,
  });

/**
 * Korean reads large amounts in groups of four digits (만 = 10⁴, 억 = 10⁸, 조 = 10¹²): 3,630,000,000 → "36억 3천만".
 * Intl's compact form keeps only the leading group ("36억"), which drops digits a Korean reader expects.
 */
export function koreanAmount(value: number): string {
  const units: [number, string][] = [
    [1e12, '조'],
    [1e8, '억'],
    [1e4, '만'],
    [1, ''],
  ];
  let rest = Math.round(value);
  const parts: string[] = [];
  for (const [size, name] of units) {
    const group = Math.floor(rest / size);
    rest -= group * size;
    if (group === 0) continue;
    const digits = group % 1000 === 0 ? `${group / 1000}천` : numberFormat('ko-KR', {}).format(group);
    parts.push(`${digits}${name}`);
  }
  return parts.length ? parts.join(' ') : '0';
}

/** US$ millions → the locale's own long compact form, keeping every published digit: "US$3.63 billion". */
export function formatUsdMillions(valueUsdM: number, locale: Locale): string {
  const usd = valueUsdM * 1e6;
  const sign = usd < 0 ? '−' : '';
  const abs = Math.abs(usd);
  if (locale === 'ko') return `${sign}${koreanAmount(abs)} 달러`;
  const amount = exactCompact(locale).format(abs);
  return locale === 'es' ? `${sign}US$ ${amount}` : `${sign}US$${amount}`;
}

/** Short axis label in US$ (compact, 2 significant digits at most): "$3.6B", "US$ 3.6 mil M", "36억". */
export function formatUsdAxis(valueUsdM: number, locale: Locale): string {
  const usd = valueUsdM * 1e6;
  if (locale === 'ko') {
    const eok = usd / 1e8;
    return `${numberFormat('ko-KR', { maximumFractionDigits: 1 }).format(eok)}억`;
  }
  return numberFormat(INTL_LOCALE[locale], {
    style: 'currency',
    currency: 'USD',
    currencyDisplay: 'narrowSymbol',
    notation: 'compact',
    maximumSignificantDigits: 2,
  }).format(usd);
}

/** A plain number as the locale writes it (grouping, decimal sign), all digits kept. */
export function formatNumber(value: number, locale: Locale): string {
  return numberFormat(INTL_LOCALE[locale], { maximumFractionDigits: 3 }).format(value);
}

/** Percent given as 0–100. */
export function formatPercent(valuePct: number, locale: Locale): string {
  return numberFormat(INTL_LOCALE[locale], { style: 'percent', maximumFractionDigits: 2 }).format(valuePct / 100);
}

/** Growth ratio as a signed percent: 1.83 → "+83%". */
export function formatGrowth(ratio: number, locale: Locale): string {
  return numberFormat(INTL_LOCALE[locale], {
    style: 'percent',
    maximumFractionDigits: 0,
    signDisplay: 'always',
  }).format(ratio - 1);
}

/** A date at its own precision: "2011", "August 2011", "1 August 2011" in the locale's words. */
export function formatPartialDate(date: PartialDate, locale: Locale): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
  const at = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
  const options: Intl.DateTimeFormatOptions = d
    ? { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }
    : m
      ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
      : { year: 'numeric', timeZone: 'UTC' };
  return dateFormat(INTL_LOCALE[locale], options).format(at);
}

/** Month range of a partial year: "Jan–Sep" / "ene.–set." / "1~9월". */
export function formatMonthRange(fromMonth: number, toMonth: number, locale: Locale): string {
  if (locale === 'ko') return `${fromMonth}~${toMonth}월`;
  const month = dateFormat(INTL_LOCALE[locale], { month: 'short', timeZone: 'UTC' });
  const name = (m: number) => month.format(new Date(Date.UTC(2001, m - 1, 1)));
  return `${name(fromMonth)}–${name(toMonth)}`;
}
