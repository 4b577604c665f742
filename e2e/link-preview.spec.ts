import { readFileSync } from 'node:fs';
import type { APIRequestContext } from '@playwright/test';
import { en } from '../src/i18n/messages/en.ts';
import { es } from '../src/i18n/messages/es.ts';
import { ko } from '../src/i18n/messages/ko.ts';
import { latestValues, latestYear, usdInFull } from './expected.ts';
import { expect, expectAppAlive, test } from './fixtures.ts';
import { pngPixels } from './png-pixels.ts';

// What a scraper (which runs no JavaScript) reads: the built pages' tags and the image they name. Expected values
// come from the catalogs and the data files, never from the pages.
type Lang = 'es' | 'ko' | 'en';
const CATALOG = { es, ko, en };
const OG_LOCALE = { es: 'es_PE', ko: 'ko_KR', en: 'en_US' };
const headline = (topic: string) =>
  (
    JSON.parse(readFileSync('public/data/headlines.json', 'utf8')) as { figures: { topic: string; value?: number }[] }
  ).figures.find((f) => f.topic === topic)!.value!;
const PAGES: { path: string; lang: Lang; pinned: boolean }[] = [
  { path: '/', lang: 'es', pinned: false },
  { path: '/es/', lang: 'es', pinned: true },
  { path: '/ko/', lang: 'ko', pinned: true },
  { path: '/en/', lang: 'en', pinned: true },
];

/** The page's <meta> tags by property or name (a name given twice, like og:locale:alternate, keeps all). */
async function metaTags(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  const html = await response.text();
  const tags = new Map<string, string[]>();
  for (const [, name, content] of html.matchAll(/<meta (?:property|name)="([^"]+)" content="([^"]*)"/g)) {
    const text = content!
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
    tags.set(name!, [...(tags.get(name!) ?? []), text]);
  }
  const one = (name: string) => {
    expect(tags.get(name), `${path}: one ${name}`).toHaveLength(1);
    return tags.get(name)![0]!;
  };
  return { html, tags, one };
}

for (const { path, lang, pinned } of PAGES) {
  test(`${path} carries the ${lang} link preview, and its image is a 1200×630 PNG of the figures`, async ({
    page,
    request,
  }) => {
    const { html, tags, one } = await metaTags(request, path);
    const m = CATALOG[lang];
    expect(html).toMatch(pinned ? `<html lang="${lang}" data-lang="${lang}"` : `<html lang="${lang}">`);
    expect(one('og:type')).toBe('website');
    expect(one('og:title')).toBe(m.app.title);
    expect(one('twitter:title')).toBe(m.app.title);
    expect(one('twitter:card')).toBe('summary_large_image');
    expect(one('og:locale')).toBe(OG_LOCALE[lang]);
    expect(tags.get('og:locale:alternate')?.sort()).toEqual(
      Object.entries(OG_LOCALE)
        .filter(([l]) => l !== lang)
        .map(([, tag]) => tag)
        .sort(),
    );

    // The description leads with the headline figures, in the language's own way of writing amounts.
    const description = one('og:description');
    expect(one('twitter:description')).toBe(description);
    expect(one('description')).toBe(description);
    expect(
      latestValues.some((v) => description.includes(usdInFull(v, lang))),
      description,
    ).toBe(true);
    expect(description).toContain(String(latestYear));
    expect(description).toContain(usdInFull(headline('investment'), lang));
    expect(description).toContain(usdInFull(headline('aid'), lang));
    const alt = one('og:image:alt');
    expect(alt).toContain(usdInFull(headline('investment'), lang));
    expect(one('twitter:image:alt')).toBe(alt);

    const image = one('og:image');
    expect(one('twitter:image')).toBe(image);
    expect(image).toMatch(new RegExp(`/assets/link-preview-${lang}-[0-9a-f]{8}\\.png$`));
    expect([one('og:image:width'), one('og:image:height'), one('og:image:type')]).toEqual(['1200', '630', 'image/png']);

    const response = await request.get(image);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('image/png');
    const png = await response.body();
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]); // IHDR width, height
    // Decoded: many colours (a blank picture has one), lines of text in the page's ink (#1b1d22, about 2% of the
    // picture) and the header's Peru red (#a3001b). (The top-left pixel is that red edge, so `share` says nothing.)
    const pixels = await pngPixels(page, png, [0x1b, 0x1d, 0x22]);
    expect([pixels.width, pixels.height]).toEqual([1200, 630]);
    expect(pixels.colours, 'distinct colours').toBeGreaterThan(50);
    expect(pixels.near, 'pixels of text').toBeGreaterThan(10_000);
    expect((await pngPixels(page, png, [0xa3, 0x00, 0x1b])).near, 'pixels of Peru red').toBeGreaterThan(2_000);
  });
}

test('each language has its own image', async ({ request }) => {
  const images = await Promise.all(PAGES.map(async ({ path }) => (await metaTags(request, path)).one('og:image')));
  expect(new Set(images).size).toBe(3); // "/" and "/es/" share the Spanish one
});

test('a language page opens the dashboard in its language, and a ?lang= in the link still wins', async ({ page }) => {
  await page.goto('/ko/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ko.app.title);
  await expectAppAlive(page);
  await expect(page).toHaveTitle(ko.app.documentTitle);
  expect(new URL(page.url()).searchParams.get('lang')).toBe('ko');

  await page.goto('/ko/?lang=en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.app.title);
  await expectAppAlive(page);
  expect(new URL(page.url()).pathname).toBe('/ko/');
});
