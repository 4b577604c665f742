import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';
import type { Page } from '@playwright/test';

/**
 * Every slide fits every screen a venue may have, in every language: no text wider than its box or outside the
 * screen, no text on another text or on a chart, no line of a figure through a text, the controls clear of the slide, body text ≥ 28 px and headline
 * numbers ≥ 96 px at 1920×1080 (in proportion elsewhere). One page per language and size; all checks of a slide run
 * in one evaluate, so the whole scan stays cheap.
 */
const SIZES = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
];
const LANGS = ['es', 'ko', 'en'] as const;
const SHOTS = process.env.SLIDE_SHOTS; // a folder: also save a screenshot of every slide there

interface SlideReport {
  id: string;
  problems: string[];
  /** The slide's figure (chart, map, pictograms) as a share of the screen, 0 when it has none. */
  figureShare: number;
}

/** Runs in the page: every check on the active slide. */
function checkActiveSlide(): SlideReport {
  const slide = document.querySelector<HTMLElement>('.slide[data-active="true"]')!;
  const id = slide.dataset.slide!;
  const problems: string[] = [];
  const vw = window.innerWidth;
  const vh = window.innerHeight;
  // A portrait screen (a phone held upright) keeps the same rules at the rotated design size, 1080 wide.
  const ref = vh > vw ? vw / 1080 : Math.min(vw / 1920, vh / 1080);
  const canvas = slide.closest<HTMLElement>('.stage__canvas')!;
  const scale = canvas.getBoundingClientRect().width / canvas.offsetWidth;
  const name = (el: Element) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`;
  const intersect = (a: DOMRect, b: DOMRect) =>
    Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) *
    Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));
  // A text's glyph box is taller than its line at line-height 1: compare the middle of each line only.
  const core = (r: DOMRect) => new DOMRect(r.left + 1, r.top + r.height * 0.2, r.width - 2, r.height * 0.6);
  /** The element whose box a text must stay inside: the first ancestor that lays out a box. */
  const boxOf = (el: Element): Element => {
    let at: Element | null = el;
    while (at && at !== slide) {
      if (at instanceof SVGElement) return at.ownerSVGElement ?? at;
      const display = getComputedStyle(at).display;
      if (display !== 'inline' && display !== 'contents') return at;
      at = at.parentElement;
    }
    return slide;
  };

  const texts: { el: Element; rect: DOMRect; text: string }[] = [];
  const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode as Text;
    const el = node.parentElement!;
    const text = node.textContent!.trim();
    if (!text || el.closest('.visually-hidden')) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
    const box = boxOf(el).getBoundingClientRect();
    const svg = el instanceof SVGElement ? el.ownerSVGElement : null;
    const fontPx =
      parseFloat(getComputedStyle(el).fontSize) *
      (svg && svg.viewBox.baseVal?.width ? svg.getBoundingClientRect().width / svg.viewBox.baseVal.width : scale);
    const minimum = el.closest('.big-number__value, .pictogram-rows__number, .statement-list__number') ? 96 : 28;
    if (fontPx < minimum * ref - 0.5)
      problems.push(`"${text.slice(0, 30)}" is ${fontPx.toFixed(1)} px, under ${(minimum * ref).toFixed(1)} px`);
    for (const r of rects) {
      if (r.left < box.left - 2 || r.right > box.right + 2)
        problems.push(
          `"${text.slice(0, 30)}" (${Math.round(r.width)} px) runs out of its box ${name(boxOf(el))} (${Math.round(box.width)} px)`,
        );
      if (r.left < -1 || r.top < -1 || r.right > vw + 1 || r.bottom > vh + 1)
        problems.push(`"${text.slice(0, 30)}" is outside the screen`);
      texts.push({ el, rect: r, text });
    }
  }
  for (const el of slide.querySelectorAll<HTMLElement>('*')) {
    if (el instanceof SVGElement || el.clientWidth === 0 || el.closest('.visually-hidden')) continue;
    if (el.scrollWidth > el.clientWidth + 1)
      problems.push(`${name(el)} overflows: ${el.scrollWidth} px of content in ${el.clientWidth} px`);
  }
  // Texts on texts (different elements), and texts on a figure they are not part of, or on the deck's controls.
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      const [a, b] = [texts[i]!, texts[j]!];
      if (a.el === b.el) continue;
      if (intersect(core(a.rect), core(b.rect)) > 4)
        problems.push(`"${a.text.slice(0, 24)}" overlaps "${b.text.slice(0, 24)}"`);
    }
  }
  const obstacles: { el: Element; rect: DOMRect }[] = [
    ...[...slide.querySelectorAll('[data-figure], svg:not([data-figure] svg, .pictograms svg)')].map((el) => ({
      el,
      rect: el.getBoundingClientRect(),
    })),
    ...[...document.querySelectorAll('.deck__controls')].map((el) => ({ el, rect: el.getBoundingClientRect() })),
  ];
  for (const o of obstacles) {
    if (o.rect.left < -1 || o.rect.top < -1 || o.rect.right > vw + 1 || o.rect.bottom > vh + 1)
      problems.push(`${name(o.el)} is outside the screen`);
    for (const t of texts) {
      if (o.el.contains(t.el)) continue;
      if (intersect(core(t.rect), o.rect) > 4) problems.push(`"${t.text.slice(0, 24)}" overlaps ${name(o.el)}`);
    }
  }
  // Lines drawn in a figure (a timeline's leaders, a chart's grid and reference lines) never run through a text: a
  // name a line crosses reads as struck through, and the line as belonging to the wrong name.
  // (An axis's tick marks are left out: a 6 px mark meets its own label's line box by design, in Korean's taller one.)
  for (const line of slide.querySelectorAll('[data-figure] line:not(.recharts-cartesian-axis-tick-line)')) {
    const l = line.getBoundingClientRect();
    for (const t of texts) {
      const c = core(t.rect);
      if (l.left < c.right - 1 && l.right > c.left + 1 && l.top < c.bottom - 1 && l.bottom > c.top + 1)
        problems.push(`a line (${name(line)}) crosses "${t.text.slice(0, 24)}"`);
    }
  }
  for (const el of slide.querySelectorAll('img, .hbars__bar, .pictograms')) {
    const r = el.getBoundingClientRect();
    const body = slide.querySelector('.slide__body')!.getBoundingClientRect();
    if (r.right > body.right + 2 || r.left < body.left - 2) problems.push(`${name(el)} runs out of the slide`);
  }
  // A figure whose content is taller than the room it was given spills onto what follows it (a few design px are
  // the line box under an inline SVG or a legend's descenders, not content).
  for (const el of slide.querySelectorAll<HTMLElement>('[data-figure]')) {
    if (!(el instanceof SVGElement) && el.scrollHeight > el.clientHeight + 16)
      problems.push(`${name(el)} overflows: ${el.scrollHeight} px of content in ${el.clientHeight} px high`);
  }
  const figure = slide.querySelector('[data-figure]')?.getBoundingClientRect();
  return { id, problems, figureShare: figure ? (figure.width * figure.height) / (vw * vh) : 0 };
}

async function scanDeck(page: Page, query: string, label: string): Promise<SlideReport[]> {
  await page.goto(`/?present=true&slide=1${query}`);
  await expect(page.locator('.slide[data-active="true"]')).toBeVisible();
  const slides = await page.locator('.slide').evaluateAll((els) => els.map((el) => el.getAttribute('data-slide')));
  expect(slides.length).toBeGreaterThan(2);
  const reports: SlideReport[] = [];
  for (const [i, id] of slides.entries()) {
    if (i > 0) await page.keyboard.press('ArrowRight');
    await expect(page.locator(`.slide[data-slide="${id}"]`)).toHaveAttribute('data-active', 'true');
    // The slide has drawn its data (a chart's marks, or its figures), not a blank or a spinner.
    await expect(page.locator(`.slide[data-slide="${id}"] .slide__title`)).not.toBeEmpty();
    if (id === 'trade' || id === 'investment')
      await expect(page.locator(`.slide[data-slide="${id}"] .recharts-symbols`).first()).toBeVisible();
    if (id === 'closing')
      await expect(page.locator('.slide[data-slide="closing"] img.qr-code')).toHaveAttribute('src', /^data:/);
    const report = await page.evaluate(checkActiveSlide);
    reports.push(report);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/${label}-${String(i + 1).padStart(2, '0')}-${id}.png` });
  }
  return reports;
}

for (const lang of LANGS) {
  for (const size of SIZES) {
    test(`every slide fits, ${lang} ${size.width}×${size.height}`, async ({ page }) => {
      await page.setViewportSize(size);
      const reports = await scanDeck(page, `&lang=${lang}`, `${lang}-${size.width}`);
      expect(reports.filter((r) => r.problems.length > 0)).toEqual([]);
      // At least 7 of the 10 slides are a picture (chart, map, pictograms) covering ≥ 40% of the screen.
      const pictures = reports.filter((r) => r.figureShare >= 0.4).map((r) => r.id);
      expect(pictures.length, `slides with a picture ≥ 40%: ${pictures.join(', ')}`).toBeGreaterThanOrEqual(7);
      // Every topic is a picture: the wider-cooperation slide too, not its statements alone.
      expect(pictures).toContain('digital-climate');
    });
  }
}

/** A phone held upright: the audience opening the QR code, or a presenter previewing. */
const PORTRAIT_SIZES = [
  { width: 390, height: 844 },
  { width: 360, height: 640 },
];

test.describe('portrait phones', () => {
  for (const lang of LANGS) {
    for (const size of PORTRAIT_SIZES) {
      test(`every slide fits and fills a portrait screen, ${lang} ${size.width}×${size.height}`, async ({ page }) => {
        await page.setViewportSize(size);
        const reports = await scanDeck(page, `&lang=${lang}`, `${lang}-${size.width}x${size.height}`);
        await expect(page.locator('.stage--portrait')).toHaveCount(1);
        expect(reports.filter((r) => r.problems.length > 0)).toEqual([]);
        // The slides stack and fill the screen rather than a small 16:9 band: most carry a picture over 40% of it.
        const pictures = reports.filter((r) => r.figureShare >= 0.4).map((r) => r.id);
        expect(pictures.length, `slides with a picture ≥ 40%: ${pictures.join(', ')}`).toBeGreaterThanOrEqual(6);
        expect(pictures).toContain('digital-climate');
        // Turned sideways, the same slide goes back to the wide stage.
        await page.setViewportSize({ width: size.height, height: size.width });
        await expect(page.locator('.stage--landscape')).toHaveCount(1);
        await expect(page.locator('.slide[data-slide="closing"]')).toHaveAttribute('data-active', 'true');
      });
    }
  }
});

test('a sector deck fits too, es 1024×768 and ko 3840×2160', async ({ page }) => {
  const { figures } = JSON.parse(readFileSync('public/data/headlines.json', 'utf8')) as {
    figures: { topic: string }[];
  };
  expect(figures.some((f) => f.topic === 'defense')).toBe(true);
  await page.setViewportSize({ width: 1024, height: 768 });
  const es = await scanDeck(page, '&lang=es&sectors=trade,aid,defense', 'es-sector-1024');
  expect(es.map((r) => r.id)).toEqual(['headlines', 'trade', 'products', 'aid', 'defense', 'closing']);
  expect(es.filter((r) => r.problems.length > 0)).toEqual([]);
  await page.setViewportSize({ width: 3840, height: 2160 });
  const ko = await scanDeck(page, '&lang=ko&sectors=education,investment', 'ko-sector-3840');
  expect(ko.filter((r) => r.problems.length > 0)).toEqual([]);
});
