import { readFileSync } from 'node:fs';
import { STATIC_SECTIONS } from '../scripts/static-shell/sections.ts';
import { en } from '../src/i18n/messages/en.ts';
import { es } from '../src/i18n/messages/es.ts';
import { expect, test } from './fixtures.ts';

/**
 * Find-in-page, heading navigation and print reach the whole page without scrolling: each section's heading and
 * opening text are there from the start, the sections render at the reader's first key or scroll
 * (components/idle-turns.ts), and each chart's table stays in the document, hidden until found.
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

test('right after load, without scrolling, every section and the figures charts show are in the document', async ({
  page,
}) => {
  expect(carShare?.sharePct, 'the 2011 car share in products.json').toBeDefined();
  expect(mango, 'a mango product in products.json').toBeDefined();
  expect(aircraft, 'the aircraft in investment.json').toBeDefined();
  await page.goto('/?lang=en');
  // Every section's heading is there from the start (rendered sections or their light placeholders).
  for (const [, title] of STATIC_SECTIONS) {
    await expect(page.getByRole('heading', { level: 2, name: title(en), exact: true })).toBeAttached();
  }
  // The key that opens find-in-page is the sign the reader reads on: the rest of the page renders.
  await page.keyboard.press('Control+f');
  const wanted = [String(carShare!.sharePct), mango!.product!.en, aircraft!];
  await expect
    .poll(() => page.evaluate((words) => words.filter((w) => !document.body.textContent!.includes(w)), wanted))
    .toEqual([]);
  expect(await page.evaluate(() => window.scrollY), 'the page was not scrolled').toBe(0);
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
