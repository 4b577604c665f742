import type { CardKey } from './card-figures.ts';

/** The cards the build wrote into the page (scripts/static-shell/headline-cards.ts), read before React replaces them. */
let found: Map<string, string> | undefined;

function staticCardHtml(key: CardKey): string | undefined {
  if (!found) {
    found = new Map();
    for (const el of document.querySelectorAll<HTMLElement>('[data-static-card]'))
      found.set(el.dataset.staticCard ?? '', el.outerHTML);
  }
  return found.get(key);
}

/**
 * While a card's data loads, the card the build painted stays exactly as it was: same text, same size, so nothing
 * moves and no later, larger paint counts as the page's largest (LCP). Null when the page has none (tests, no build).
 */
export function staticCard(key: CardKey) {
  const html = staticCardHtml(key);
  return html ? <div className="kpi-card-static" dangerouslySetInnerHTML={{ __html: html }} /> : undefined;
}
