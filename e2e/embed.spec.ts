import { readFileSync } from 'node:fs';
import { en } from '../src/i18n/messages/en.ts';
import { ko } from '../src/i18n/messages/ko.ts';
import { expect, expectNoAxeViolations, test } from './fixtures.ts';

/**
 * `?embed=<chart id>` shows one chart frame alone, for another site's <iframe>: its title, legend, notes and sources,
 * the URL's language, sectors, years and theme, and a link back to the whole dashboard.
 */
const trade = JSON.parse(readFileSync('public/data/trade.json', 'utf8')) as { annual: { year: number }[] };
const lastYear = Math.max(...trade.annual.map((r) => r.year));

test('an embedded chart shows alone, in the URL language and theme, with a link back', async ({ page }, testInfo) => {
  await page.goto(`/?embed=trade-total&lang=en&theme=dark&from=2010&to=${lastYear}`);
  const frame = page.getByTestId('chart-trade-total');
  await expect(frame.locator('svg.recharts-surface').first()).toBeVisible();
  await expect(frame.getByRole('heading', { name: en.trade.chartTitle })).toBeVisible();
  await expect(frame.locator('.chart-frame__subtitle')).toContainText(`2010–${lastYear}`);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  // Only this frame shows: no other frame, no header, no headline cards.
  await expect(page.locator('figure.chart-frame:visible')).toHaveCount(1);
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.getByTestId('card-trade')).toBeHidden();
  const back = frame.getByRole('link', { name: en.embed.back });
  await expect(back).toHaveAttribute('target', '_top');
  const href = new URL((await back.getAttribute('href'))!);
  expect(href.searchParams.has('embed')).toBe(false);
  expect(href.searchParams.get('lang')).toBe('en');
  // It fits the iframe's width: nothing scrolls sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(
    0,
  );
  await page.screenshot({ path: testInfo.outputPath('embed-trade-total-1440.png') });
  await expectNoAxeViolations(page);
});

test('a chart further down embeds in Korean on a phone width, following the sector filter', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/?embed=aid-statements&lang=ko&sectors=aid');
  const frame = page.getByTestId('chart-aid-statements');
  await expect(frame.locator('svg.recharts-surface').first()).toBeVisible();
  await expect(frame.getByRole('link', { name: ko.embed.back })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.locator('figure.chart-frame:visible')).toHaveCount(1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(
    0,
  );
  await expectNoAxeViolations(page);
});

test('the Embed dialog gives the iframe code for the current view, from the keyboard', async ({ page }) => {
  await page.goto('/?lang=en&sectors=trade');
  const frame = page.getByTestId('chart-trade-total');
  const button = frame.getByRole('button', { name: /^Embed / });
  await button.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: en.embed.dialogTitle });
  await expect(dialog).toBeVisible();
  const code = await dialog.getByLabel(en.embed.code).inputValue();
  expect(code).toMatch(/^<iframe src="http:\/\/[^"]+\?embed=trade-total&amp;lang=en&amp;sectors=trade"/);
  expect(code).toContain(`title="${en.trade.chartTitle}"`);
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
});

test('an embed link to an unknown chart says so and links to the dashboard', async ({ page }) => {
  await page.goto('/?embed=no-such-chart&lang=en');
  const message = page.getByRole('status').filter({ hasText: 'no-such-chart' });
  await expect(message).toBeVisible();
  await expect(message.getByRole('link', { name: en.embed.missingAction })).toBeVisible();
});
