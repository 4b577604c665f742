import { readFileSync } from 'node:fs';
import { expect, expectNoAxeViolations, test } from './fixtures.ts';
import type { Page } from '@playwright/test';

const FULL_DECK = [
  'headlines',
  'trade',
  'products',
  'investment',
  'aid',
  'people',
  'timeline',
  'defense',
  'digital-climate',
  'closing',
];

const activeSlide = (page: Page) => page.locator('.slide[data-active="true"]');
const slideParam = (page: Page) => new URL(page.url()).searchParams.get('slide');

async function openDeck(page: Page, query = '') {
  await page.goto(`/?lang=en&present=true${query}`);
  await expect(activeSlide(page)).toBeVisible();
}

test('the keys a presenter and a clicker use move through the deck', async ({ page }) => {
  await openDeck(page, '&slide=1');
  await expect(page.locator('.slide')).toHaveCount(FULL_DECK.length);
  await expect(activeSlide(page)).toHaveAttribute('data-slide', 'headlines');

  const expectSlide = async (n: number) => {
    await expect(activeSlide(page)).toHaveAttribute('data-slide', FULL_DECK[n - 1]!);
    await expect.poll(() => slideParam(page)).toBe(String(n));
  };
  await page.keyboard.press('ArrowRight');
  await expectSlide(2);
  await page.keyboard.press('Space');
  await expectSlide(3);
  await page.keyboard.press('PageDown');
  await expectSlide(4);
  await page.keyboard.press('PageUp');
  await expectSlide(3);
  await page.keyboard.press('ArrowLeft');
  await expectSlide(2);
  await page.keyboard.press('End');
  await expectSlide(10);
  await page.keyboard.press('ArrowRight'); // stays on the last slide
  await expectSlide(10);
  await page.keyboard.press('Home');
  await expectSlide(1);
  await page.keyboard.press('7');
  await expectSlide(7);
  await page.keyboard.press('0');
  await expectSlide(10);

  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);

  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Peru–Korea: 60 years of relations');
  expect(new URL(page.url()).searchParams.get('present')).toBeNull();
});

test('the slide in the URL survives a reload, and a bad slide number opens the first', async ({ page }) => {
  await openDeck(page, '&slide=4');
  await expect(activeSlide(page)).toHaveAttribute('data-slide', 'investment');
  await page.reload();
  await expect(activeSlide(page)).toHaveAttribute('data-slide', 'investment');
  await openDeck(page, '&slide=999');
  await expect(activeSlide(page)).toHaveAttribute('data-slide', 'headlines');
});

test('autoplay advances, loops, pauses on any key and resumes with p', async ({ page }) => {
  // A slide shows for 0.4 s, shorter than a poll under load: the page itself records every slide it shows.
  await page.addInitScript(() => {
    const shown: string[] = [];
    Object.assign(window, { __shown: shown });
    new MutationObserver(() => {
      const id = document.querySelector('.slide[data-active="true"]')?.getAttribute('data-slide');
      if (id && shown.at(-1) !== id) shown.push(id);
    }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-active'] });
  });
  await openDeck(page, '&slide=9&autoplay=0.4');
  const shown = () => page.evaluate(() => (window as unknown as { __shown: string[] }).__shown.join(' '));
  await expect.poll(shown, { timeout: 5000 }).toContain('closing headlines trade'); // advances, loops to the first slide, goes on
  await page.keyboard.press('ArrowRight'); // any key pauses
  await expect(page.getByText('Paused')).toBeVisible();
  // The URL follows the slide shown once it is painted.
  const shownNumber = async () =>
    String(FULL_DECK.indexOf((await activeSlide(page).getAttribute('data-slide')) ?? '') + 1);
  await expect.poll(async () => slideParam(page) === (await shownNumber())).toBe(true);
  const paused = slideParam(page);
  await page.waitForTimeout(1200);
  expect(slideParam(page)).toBe(paused);
  await page.keyboard.press('p');
  await expect(page.getByText('Paused')).toHaveCount(0);
  await expect.poll(() => slideParam(page), { timeout: 3000 }).not.toBe(paused);
});

test('swiping on a touch screen changes slides', async ({ page }) => {
  await openDeck(page, '&slide=2');
  const swipe = (fromX: number, toX: number) =>
    page.evaluate(
      ([a, b]) => {
        const target = document.querySelector('.deck')!;
        const touch = (x: number) => new Touch({ identifier: 1, target, clientX: x, clientY: 400 });
        target.dispatchEvent(
          new TouchEvent('touchstart', { touches: [touch(a!)], changedTouches: [touch(a!)], bubbles: true }),
        );
        target.dispatchEvent(new TouchEvent('touchend', { touches: [], changedTouches: [touch(b!)], bubbles: true }));
      },
      [fromX, toX],
    );
  await swipe(800, 300);
  await expect(activeSlide(page)).toHaveAttribute('data-slide', 'products');
  await swipe(300, 800);
  await expect(activeSlide(page)).toHaveAttribute('data-slide', 'trade');
});

test('a sector deck has only its slides', async ({ page }) => {
  await openDeck(page, '&sectors=defense');
  const slides = await page.locator('.slide').evaluateAll((els) => els.map((el) => el.getAttribute('data-slide')));
  expect(slides).toEqual(['headlines', 'defense', 'closing']);
  await page.keyboard.press('2');
  await expect(activeSlide(page)).toContainText('KT-1P');
});

test('the closing slide has a QR code that opens the same view', async ({ page }, testInfo) => {
  await page.goto('/?lang=es&present=true&sectors=trade&slide=4');
  await expect(activeSlide(page)).toHaveAttribute('data-slide', 'closing');
  const qr = activeSlide(page).locator('img.qr-code');
  await expect(qr).toHaveAttribute('src', /^data:image\/svg\+xml/);
  // Decode the image in a blank page (the app's CSP rightly forbids injecting the decoder's script).
  const src = (await qr.getAttribute('src'))!;
  const decoder = await page.context().newPage();
  await decoder.setContent('<!doctype html><body></body>');
  await decoder.addScriptTag({ content: readFileSync('node_modules/jsqr/dist/jsQR.js', 'utf8') });
  const decoded = await decoder.evaluate(async (url) => {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = 600;
    canvas.height = 600;
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, 600, 600);
    ctx.drawImage(img, 50, 50, 500, 500);
    const data = ctx.getImageData(0, 0, 600, 600);
    const jsQR = (
      window as unknown as { jsQR: (d: Uint8ClampedArray, w: number, h: number) => { data: string } | null }
    ).jsQR;
    return jsQR(data.data, 600, 600)?.data;
  }, src);
  await decoder.close();
  expect(decoded).toBe(new URL('/?lang=es&sectors=trade', testInfo.project.use.baseURL).href);
});

test('every slide is legible at 1920×1080', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openDeck(page, '&slide=1');
  for (const [i, id] of FULL_DECK.entries()) {
    await page.keyboard.press(i === 9 ? '0' : String(i + 1));
    const slide = activeSlide(page);
    await expect(slide).toHaveAttribute('data-slide', id);
    // No text smaller than 28 px on the slide (the room reads it from 10 metres).
    const smallest = await slide.evaluate((el) => {
      let min = Infinity;
      for (const node of el.querySelectorAll<HTMLElement>('*')) {
        const hasText = [...node.childNodes].some((c) => c.nodeType === 3 && c.textContent!.trim());
        const style = getComputedStyle(node);
        if (hasText && style.position !== 'absolute' && node.offsetParent !== null)
          min = Math.min(min, parseFloat(style.fontSize));
      }
      return min;
    });
    expect(smallest, `smallest text on ${id}`).toBeGreaterThanOrEqual(28);
    await page.screenshot({ path: testInfo.outputPath(`slide-${String(i + 1).padStart(2, '0')}-${id}.png`) });
  }
  const numbers = await page
    .locator('.slide[data-slide="headlines"] .big-number__value')
    .evaluateAll((els) => els.map((el) => parseFloat(getComputedStyle(el).fontSize)));
  expect(Math.min(...numbers)).toBeGreaterThanOrEqual(96);
});

for (const [i, id] of FULL_DECK.entries()) {
  test(`slide ${i + 1} (${id}) passes axe`, async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await openDeck(page, `&slide=${i + 1}`);
    await expect(activeSlide(page)).toHaveAttribute('data-slide', id);
    await expectNoAxeViolations(page);
  });
}

test('the aid slide counts the aid projects the page counts, not the reference contract', async ({ page }) => {
  const { projects } = JSON.parse(readFileSync('public/data/aid.json', 'utf8')) as {
    projects: { sectors: string[] }[];
  };
  const aid = projects.filter((p) => p.sectors.includes('aid')).length;
  expect(aid).toBeLessThan(projects.length); // the file does hold a project that is not aid
  await openDeck(page, `&slide=${FULL_DECK.indexOf('aid') + 1}`);
  await expect(activeSlide(page)).toHaveAttribute('data-slide', 'aid');
  await expect(activeSlide(page)).toContainText(`${aid} cooperation projects on record`);
  // The headline figure says what it counts.
  await expect(activeSlide(page).locator('.big-number__label')).toContainText('development aid a year');
});

test('the digital and climate slide draws one symbol per aid project on record in each sector', async ({ page }) => {
  const { projects } = JSON.parse(readFileSync('public/data/aid.json', 'utf8')) as {
    projects: { sectors: string[]; startYear?: number }[];
  };
  const inSector = (s: string) => projects.filter((p) => p.sectors.includes('aid') && p.sectors.includes(s));
  const digital = inSector('digital');
  const environment = inSector('environment');
  expect(digital.length).toBeGreaterThan(0);
  expect(environment.length).toBeGreaterThan(0);
  await openDeck(page, `&slide=${FULL_DECK.indexOf('digital-climate') + 1}`);
  const rows = activeSlide(page).locator('.pictogram-rows > li');
  await expect(rows).toHaveCount(2);
  for (const [i, list] of [digital, environment].entries()) {
    const first = Math.min(...list.flatMap((p) => (p.startYear === undefined ? [] : [p.startYear])));
    await expect(rows.nth(i).locator('.pictogram-rows__number')).toHaveText(String(list.length));
    await expect(rows.nth(i).locator('.pictograms svg')).toHaveCount(list.length);
    await expect(rows.nth(i)).toContainText(`the first from ${first}`);
  }
});

test('the slide coming fades in, and simply appears under reduced motion', async ({ page }) => {
  // Every animation started on a slide, counted as it starts (a 200 ms fade is over before a check could see it).
  await page.addInitScript(() => {
    const animate = Element.prototype.animate;
    (window as unknown as { fades: string[] }).fades = [];
    Element.prototype.animate = function (this: Element, ...args: Parameters<Element['animate']>) {
      if (this.matches('.slide'))
        (window as unknown as { fades: string[] }).fades.push(this.getAttribute('data-slide')!);
      return animate.apply(this, args);
    };
  });
  const fades = () => page.evaluate(() => (window as unknown as { fades: string[] }).fades);
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await openDeck(page, '&slide=1');
  await page.keyboard.press('ArrowRight');
  await expect(activeSlide(page)).toHaveAttribute('data-slide', 'trade');
  expect(await fades()).toEqual(['trade']);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.keyboard.press('ArrowRight');
  await expect(activeSlide(page)).toHaveAttribute('data-slide', 'products');
  expect(await fades()).toEqual(['trade']);
});
