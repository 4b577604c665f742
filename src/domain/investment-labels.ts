import type { Locale } from '@/data/schema/common.ts';
import { INTL_LOCALE, numberFormat } from '@/i18n/format.ts';

/** Chart labels for amounts: short US$ texts that keep every published digit, and label placement that avoids overlap. */

/**
 * A short label for an amount that keeps every published digit: "US$1.56B", "US$ 1560 M", "15.6억 달러".
 * (The shared axis formatter rounds to two digits; a value label must not.)
 */
export function formatUsdShort(valueUsdM: number, locale: Locale): string {
  const usd = valueUsdM * 1e6;
  const compact = numberFormat(INTL_LOCALE[locale], {
    notation: 'compact',
    compactDisplay: 'short',
    maximumSignificantDigits: 8,
  }).format(usd);
  if (locale === 'ko') return `${compact} 달러`;
  return locale === 'es' ? `US$ ${compact}` : `US$${compact}`;
}

/**
 * An axis tick for a power of ten of US$: "US$10M", "US$ 100 M", "1억" (no digits to lose). Without the currency
 * on a narrow chart, where the axis title says US$.
 */
export function formatUsdTick(valueUsdM: number, locale: Locale, withCurrency = true): string {
  const compact = numberFormat(INTL_LOCALE[locale], {
    notation: 'compact',
    compactDisplay: 'short',
    maximumSignificantDigits: 3,
  }).format(valueUsdM * 1e6);
  if (locale === 'ko' || !withCurrency) return compact;
  return locale === 'es' ? `US$ ${compact}` : `US$${compact}`;
}

/** A rough width of a label in px: Hangul and other wide characters take about one em, Latin about 0.6. */
export function estimateTextWidth(text: string, fontSizePx: number): number {
  let em = 0;
  for (const ch of text) em += /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af\u3000-\u9fff]/.test(ch) ? 0.95 : 0.6;
  return em * fontSizePx;
}

export interface LabelAnchor {
  id: string;
  /** The marker's centre in px. */
  x: number;
  y: number;
  /** Half the marker's extent (with any side-by-side markers) in px. */
  halfWidth: number;
  halfHeight: number;
  width: number;
  height: number;
}

export interface PlacedLabel {
  id: string;
  /** Centre of the label box in px. */
  x: number;
  y: number;
  /** The label sits away from its marker: draw a thin leader line. */
  leader: boolean;
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const overlap = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) *
  Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));

const boxAt = (x: number, y: number, w: number, h: number): Box => ({
  left: x - w / 2,
  right: x + w / 2,
  top: y - h / 2,
  bottom: y + h / 2,
});

/**
 * Places one label per marker without overlapping other labels or markers: above, right, left, below, the corners,
 * then further out with a leader line. Inside `bounds` when possible; when nothing is free, the least crowded spot.
 */
export function placeLabels(anchors: readonly LabelAnchor[], bounds: Box, gap = 4): PlacedLabel[] {
  const markers = anchors.map((a) => ({
    left: a.x - a.halfWidth,
    right: a.x + a.halfWidth,
    top: a.y - a.halfHeight,
    bottom: a.y + a.halfHeight,
  }));
  const placed: Box[] = [];
  const result: PlacedLabel[] = [];
  const order = [...anchors].sort((a, b) => a.x - b.x || a.y - b.y);
  for (const a of order) {
    const up = a.y - a.halfHeight - gap - a.height / 2;
    const down = a.y + a.halfHeight + gap + a.height / 2;
    const right = a.x + a.halfWidth + gap + a.width / 2;
    const left = a.x - a.halfWidth - gap - a.width / 2;
    const candidates: [number, number, boolean][] = [
      [a.x, up, false],
      [right, a.y, false],
      [left, a.y, false],
      [a.x, down, false],
      [right - a.halfWidth, up, false],
      [left + a.halfWidth, up, false],
      [right - a.halfWidth, down, false],
      [left + a.halfWidth, down, false],
      [a.x, up - a.height - gap, true],
      [a.x, down + a.height + gap, true],
      [right, up - a.height / 2, true],
      [left, up - a.height / 2, true],
      [right, down + a.height / 2, true],
      [left, down + a.height / 2, true],
      [a.x, up - 2 * (a.height + gap), true],
    ];
    let best: { c: [number, number, boolean]; cost: number } | undefined;
    for (const c of candidates) {
      const box = boxAt(c[0], c[1], a.width, a.height);
      const outside =
        Math.max(0, bounds.left - box.left) +
        Math.max(0, box.right - bounds.right) +
        Math.max(0, bounds.top - box.top) +
        Math.max(0, box.bottom - bounds.bottom);
      const cost =
        placed.reduce((sum, p) => sum + overlap(box, p), 0) +
        markers.reduce((sum, m) => sum + overlap(box, m), 0) +
        outside * a.height * 4;
      if (cost === 0) {
        best = { c, cost };
        break;
      }
      if (!best || cost < best.cost) best = { c, cost };
    }
    const [x, y, leader] = best!.c;
    // Keep the label inside the bounds even when it must overlap something.
    const cx = Math.min(bounds.right - a.width / 2, Math.max(bounds.left + a.width / 2, x));
    const cy = Math.min(bounds.bottom - a.height / 2, Math.max(bounds.top + a.height / 2, y));
    placed.push(boxAt(cx, cy, a.width, a.height));
    result.push({ id: a.id, x: cx, y: cy, leader });
  }
  const byId = new Map(result.map((r) => [r.id, r]));
  return anchors.map((a) => byId.get(a.id)!);
}
