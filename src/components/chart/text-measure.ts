import { useEffect, useState } from 'react';
import type { Measure } from '@/domain/text-wrap.ts';

let context: CanvasRenderingContext2D | null | undefined;
/** The page's font family by language: reading it from computed style forces a style pass, once per language. */
const familyByLang = new Map<string, string>();
const widths = new Map<string, number>();

/**
 * The width of a text in px in the page's own font, measured on a canvas (Korean glyphs are about twice as wide as
 * Latin ones, so counting letters fails); an estimate where no canvas exists (tests).
 */
export function textWidth(text: string, fontPx: number, weight = 400): number {
  if (context === undefined) {
    const canvas =
      typeof document !== 'undefined' && !/jsdom/i.test(navigator.userAgent) ? document.createElement('canvas') : null;
    context = canvas?.getContext('2d') ?? null;
  }
  if (!context) return [...text].reduce((w, c) => w + fontPx * ((c.codePointAt(0) ?? 0) >= 0x1100 ? 1 : 0.62), 0);
  const lang = document.documentElement.lang;
  let family = familyByLang.get(lang);
  if (family === undefined) {
    family = getComputedStyle(document.documentElement).fontFamily || 'sans-serif';
    familyByLang.set(lang, family);
  }
  const font = `${weight} ${fontPx}px ${family}`;
  const key = `${font}\n${text}`;
  let width = widths.get(key);
  if (width === undefined) {
    context.font = font;
    width = context.measureText(text).width;
    widths.set(key, width);
  }
  return width;
}

/** A Measure (see domain/text-wrap.ts) at one font size, bold at the given weight. */
export const pageMeasure =
  (fontPx: number, boldWeight = 600): Measure =>
  (text, bold = false) =>
    textWidth(text, fontPx, bold ? boldWeight : 400);

/**
 * Counts web font arrivals (Noto Sans KR comes after the first paint and changes text widths): a chart that lays out
 * by measured text lists it among its memo's inputs, to measure again. Forgets the widths measured before.
 */
export function useFontsVersion(): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    if (typeof document === 'undefined' || !document.fonts) return;
    const bump = () => {
      widths.clear();
      setVersion((n) => n + 1);
    };
    document.fonts.addEventListener('loadingdone', bump);
    void document.fonts.ready.then(bump);
    return () => document.fonts.removeEventListener('loadingdone', bump);
  }, []);
  return version;
}

/**
 * Shortens a label to fit a width in SVG, where text does not wrap, with an ellipsis when cut. The full text stays
 * in the tooltip and the table.
 */
export function fitText(text: string, widthPx: number, fontPx: number, weight = 400): string {
  if (textWidth(text, fontPx, weight) <= widthPx) return text;
  const chars = [...text];
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (textWidth(`${chars.slice(0, mid).join('').trimEnd()}…`, fontPx, weight) <= widthPx) lo = mid;
    else hi = mid - 1;
  }
  return `${chars.slice(0, lo).join('').trimEnd()}…`;
}
