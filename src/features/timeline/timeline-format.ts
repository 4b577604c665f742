import type { Locale } from '@/data/schema/common.ts';

/** A span of years as a subtitle writes it: "1985–2021", "2005"; in Korean "1985~2021년", "2005년". */
export function yearsText(from: number, to: number, locale: Locale): string {
  if (locale === 'ko') return from === to ? `${from}년` : `${from}~${to}년`;
  return from === to ? String(from) : `${from}–${to}`;
}
