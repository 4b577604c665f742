import { readFileSync } from 'node:fs';
import { STATIC_SECTIONS } from '../scripts/static-shell/sections.ts';
import { en } from '../src/i18n/messages/en.ts';
import { es } from '../src/i18n/messages/es.ts';
import { expect, test } from './fixtures.ts';

/**
 * Find-in-page, heading navigation and print reach the whole page without scrolling or any input: each section's
 * heading and opening text are there from the start, the sections and each chart's table render on their own once
 * the page has loaded, in idle turns (components/idle-turns.ts), and a chart's table stays in the document, hidden
 * until found.
 */
const read = (file: string) => JSON.parse(readFileSync(`public/data/${file}`, 'utf8'));
interface Product {
  year: number;
  product?: { en: string };
  sharePct?: number;
}
const products: Product[] = read('products.json').products;
/** Figures only a chart shows: Korea's share of Peru's car imports in 2011 and a product name from the products chart. */
const carShare = products.find(
  (p) => p.year === 2011 && p.product?.en === 'Passenger cars' && p.sharePct !== undefined,
);
const mango = products.find((p) => /mango/i.test(p.product?.en ?? ''));
/** The trainer aircraft named in the investment data (the defence projects). */
const aircraft = /KT-1\w*/.exec(readFileSync('public/data/investment.json', 'utf8'))?.[0];

test('on load, with no key, scroll or tap, every section and the figures charts show are in the document', async ({
  page,
}) => {
  expect(carShare?.sharePct, 'the 2011 car share in products.json').toBeDefined();
  expect(mango, 'a mango product in products.json').toBeDefined();
  expect(aircraft, 'the aircraft in investment.json').toBeDefined();
  await page.goto('/?lang=en');
  await expect(page.locator('html[data-app-ready]')).toBeAttached();
  const root = page.locator('#root');
  // Every section's heading and opening text (rendered sections or their light placeholders), for heading navigation.
  for (const [, title, text] of STATIC_SECTIONS) {
    await expect(root.getByRole('heading', { level: 2, name: title(en), exact: true })).toBeAttached();
    await expect(root.getByText(text(en), { exact: true }).first()).toBeAttached();
  }
  // The rest of the page renders on its own once the page has loaded and the browser is idle, no input needed.
  const wanted = [String(carShare!.sharePct), mango!.product!.en, aircraft!];
  await expect
    .poll(() =>
      page.evaluate((words) => words.filter((w) => !document.getElementById('root')!.textContent!.includes(w)), wanted),
    )
    .toEqual([]);
  expect(await page.evaluate(() => window.scrollY), 'the page was not scrolled').toBe(0);
  // Found as find-in-page finds text: a chart's table hidden until found counts.
  for (const word of wanted) await expect(root.getByText(word).first()).toBeAttached();
  const found = await page.evaluate(
    (words) => words.filter((w) => (window as unknown as { find: (s: string) => boolean }).find(w)),
    wanted,
  );
  expect(found, "the browser's own text search finds each figure").toEqual(wanted);
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('every section shows its heading and text', async ({ page }) => {
    await page.goto('/');
    for (const [, title, text] of STATIC_SECTIONS) {
      await expect(page.getByRole('heading', { level: 2, name: title(es), exact: true })).toBeVisible();
      await expect(page.getByText(text(es), { exact: true })).toBeVisible();
    }
  });
});
