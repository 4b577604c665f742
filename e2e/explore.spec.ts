import { readFileSync } from 'node:fs';
import { pngPixels } from './png-pixels.ts';
import type { Locator, Page } from '@playwright/test';
import { totalTradeMarkers, trade as tradeFile, usdInFull } from './expected.ts';
import {
  expect,
  expectNoAxeViolations,
  revealSection,
  revealWholePage,
  test,
  waitForFirstScreen,
  scrollToSection,
} from './fixtures.ts';

test('filtering by sector and years changes the URL, the sections and survives a reload', async ({ page }) => {
  await page.goto('/?lang=en');
  await waitForFirstScreen(page);
  const filter = page.getByRole('group', { name: 'Sectors' });

  await filter.getByRole('button', { name: /^Defense/ }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get('sectors')).toBe('defense');
  await expect(page.locator('#trade')).toBeHidden(); // trade has no defense figures
  await expect(page.locator('#timeline-section')).toBeVisible();

  await page.locator('.filter-bar').getByLabel('From', { exact: true }).selectOption('2010');
  await page.locator('.filter-bar').getByLabel('To', { exact: true }).selectOption('2020');
  await expect.poll(() => new URL(page.url()).searchParams.get('from')).toBe('2010');
  await expect.poll(() => new URL(page.url()).searchParams.get('to')).toBe('2020');

  await page.reload();
  await expect(filter.getByRole('button', { name: /^Defense/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.filter-bar').getByLabel('From', { exact: true })).toHaveValue('2010');
  await expect(page.locator('.filter-bar').getByLabel('To', { exact: true })).toHaveValue('2020');
  await expect(page.locator('#trade')).toBeHidden();

  await page.getByRole('button', { name: 'Clear filter' }).first().click();
  await expect.poll(() => new URL(page.url()).search).toBe('?lang=en');
  await expect(page.locator('#trade')).toBeVisible();
});

test('the trade chart narrows to the chosen years', async ({ page }) => {
  await page.goto('/?lang=en&from=2009&to=2011');
  const chart = page.getByTestId('chart-trade-total');
  await expect(chart.locator('.recharts-symbols').first()).toBeVisible();
  await expect(chart.locator('.trade-series .recharts-symbols')).toHaveCount(totalTradeMarkers(2009, 2011));
  await expect(chart).toContainText('2009–2011');
});

test('an empty result says so and offers to clear the filter', async ({ page }) => {
  await page.goto('/?lang=en&sectors=trade&from=1922&to=1930');
  const empty = page.getByRole('status').filter({ hasText: 'Nothing here matches the filter' }).first();
  await expect(empty).toBeVisible();
  await empty.getByRole('button', { name: 'Clear filter' }).click();
  await waitForFirstScreen(page);
});

test('a chart switches to its table and back, and the view is in the URL', async ({ page }) => {
  await page.goto('/?lang=en');
  const frame = page.getByTestId('chart-trade-total');
  await frame.getByRole('button', { name: 'Table' }).click();
  const table = page.getByTestId('table-trade-total');
  await expect(table.getByRole('columnheader', { name: 'Year' })).toBeVisible();
  await expect(frame.locator('svg.recharts-surface')).toHaveCount(0);
  await expect.poll(() => new URL(page.url()).searchParams.get('table')).toBe('trade-total');
  await page.reload();
  await expect(page.getByTestId('table-trade-total')).toBeVisible();
  await page.getByTestId('chart-trade-total').getByRole('button', { name: 'Chart' }).click();
  await expect(page.getByTestId('chart-trade-total').locator('svg.recharts-surface').first()).toBeVisible();
});

test('the CSV download holds the rows shown in the table, with sources', async ({ page }) => {
  await page.goto('/?lang=en&from=2005&to=2012&table=trade-total');
  const table = page.getByTestId('table-trade-total');
  await expect(table.locator('tbody tr').first()).toBeVisible();
  const visibleRows = await table.locator('tbody tr').count();
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the data of “Total trade between Peru and Korea” as CSV' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('peru-korea_trade-total_all-sectors_2005-2012.csv');
  const text = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
  const lines = text.trim().split('\r\n');
  expect(lines[0]).toBe(
    'Year,Flow,Value (US$ millions),Reported by,Agency,Qualifiers,Source publisher,Source title,Source date,Source URL',
  );
  expect(lines.length - 1).toBe(visibleRows);
  const firstYear = (await table.locator('tbody tr').first().locator('td').first().textContent())!.trim();
  expect(lines[1]!.split(',')[0]).toBe(firstYear);
  expect(lines.slice(1).every((l) => /https?:\/\//.test(l))).toBe(true);
});

test('the trade table shows every usable total of the chosen years, as the data file has it', async ({ page }) => {
  await page.goto('/?lang=en&from=2005&to=2012&table=trade-total');
  const rows = page.getByTestId('table-trade-total').locator('tbody tr');
  await expect(rows.first()).toBeVisible();
  const expected = tradeFile.annual
    .filter((r) => r.flow === 'total' && r.year >= 2005 && r.year <= 2012 && !r.qualifiers.unusable)
    .map((r) => `${r.year} | ${usdInFull(r.valueUsdM, 'en')}`)
    .sort();
  expect(expected.length).toBeGreaterThan(3);
  const shown = await rows.evaluateAll((trs) =>
    trs.map((tr) => {
      const cells = [...tr.querySelectorAll('td, th')].map((c) => c.textContent!.trim());
      return `${cells[0]} | ${cells[2]}`; // Year, Value
    }),
  );
  expect(shown.sort()).toEqual(expected);
});

test('PNG and SVG downloads are images with the title', async ({ page }) => {
  await page.goto('/?lang=en');
  const frame = page.getByTestId('chart-trade-total');
  await expect(frame.locator('svg.recharts-surface').first()).toBeVisible();

  const pngPromise = page.waitForEvent('download');
  await frame.getByRole('button', { name: /as a PNG image/ }).click();
  const png = readFileSync((await (await pngPromise).path())!);
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(png.readUInt32BE(16)).toBeGreaterThan(600); // width in px
  // Decoded in the browser: a blank or nearly blank picture fails. The chart's lines and text differ from the
  // background (the top-left pixel) on a fair share of pixels, in many colours, the Korean series' blue among them.
  const pixels = await pngPixels(page, png, [0, 114, 178]);
  expect(pixels.share, 'share of pixels unlike the background').toBeGreaterThan(0.01);
  expect(pixels.colours, 'distinct colours').toBeGreaterThan(20);
  expect(pixels.near, 'pixels of the Korean series').toBeGreaterThan(50);

  const svgPromise = page.waitForEvent('download');
  await frame.getByRole('button', { name: /as an SVG image/ }).click();
  const svgDownload = await svgPromise;
  expect(svgDownload.suggestedFilename()).toMatch(/\.svg$/);
  const svg = readFileSync((await svgDownload.path())!, 'utf8');
  // Checked as booleans: a failing expect would print the whole (large) SVG.
  expect(svg.startsWith('<svg'), 'an SVG document').toBe(true);
  expect(svg.includes('Total trade between Peru and Korea'), 'the title').toBe(true);
  expect(svg.includes('Korean statistics'), 'the legend').toBe(true);
  // Theme colours are resolved into the picture: the Korean series' light-theme blue (#0072b2) as a computed colour.
  expect(/rgb\(0, 114, 178\)/.test(svg), 'resolved series colour').toBe(true);
});

test('legend entries are buttons that hide and show a series', async ({ page }) => {
  await page.goto('/?lang=en');
  const frame = page.getByTestId('chart-trade-total');
  const peru = frame.getByRole('button', { name: /^Peruvian statistics/ });
  await expect(frame.locator('.trade-series--peru .recharts-symbols').first()).toBeVisible();
  await frame.locator('figcaption').scrollIntoViewIfNeeded(); // the legend renders as it nears the screen
  await peru.click();
  await expect(peru).toHaveAttribute('aria-pressed', 'false');
  await expect(frame.locator('.trade-series--peru .recharts-symbols')).toHaveCount(0);
  await peru.click();
  await expect(frame.locator('.trade-series--peru .recharts-symbols').first()).toBeVisible();
});

/** Presses Tab (Shift+Tab backwards) until `target` has the focus, as a keyboard user would; fails after `max`. */
async function tabTo(page: Page, target: Locator, { max = 60, back = false } = {}) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`not reached with ${max} presses of ${back ? 'Shift+Tab' : 'Tab'}: ${target.toString()}`);
}

test('the trade section can be used with the keyboard alone', async ({ page }) => {
  await page.goto('/?lang=en');
  await waitForFirstScreen(page);
  await page.evaluate(() => window.scrollTo(0, 0));
  const frame = page.getByTestId('chart-trade-total');
  // From the top of the page, only Tab: the skip link, the header, the section links and the filter come first.
  await page.locator('body').click({ position: { x: 1, y: 1 } });
  await tabTo(page, frame.getByRole('button', { name: 'Table' }), { max: 80 });
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('table-trade-total')).toBeVisible();
  await page.keyboard.press('Tab'); // CSV
  await expect(frame.getByRole('button', { name: /as CSV/ })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter'); // back to the chart
  await expect(frame.locator('svg.recharts-surface').first()).toBeVisible();
  // The legend is reachable and works from the keyboard.
  const peru = frame.getByRole('button', { name: /^Peruvian statistics/ });
  await tabTo(page, peru);
  await page.keyboard.press('Space');
  await expect(peru).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('Enter');
  await expect(peru).toHaveAttribute('aria-pressed', 'true');
  // The sources fold open from the keyboard too.
  await tabTo(page, frame.locator('summary'));
  await page.keyboard.press('Enter');
  await expect(frame.locator('details.chart-sources')).toHaveAttribute('open', '');
});

/**
 * Axe over the whole page is one of the heaviest things a test does (~7,000 elements, 27,000 px): on two shared
 * cores it took most of a 30 s test. So the page is checked in parts, each a test of its own with plenty of
 * headroom: every rule in the light theme (the default), colour contrast alone in the others (the rest of the rules
 * do not depend on colour). The first part is "everything but the others", so a section added later is never left out.
 */
const PARTS: { name: string; include: string[]; exclude?: string[]; reveal?: string[]; sample?: string[] }[] = [
  { name: 'the rest of the page', include: [] },
  { name: 'investment, aid and exchange', include: ['#investment-section', '#aid-section', '#exchange-section'] },
  { name: 'timeline and method', include: ['#timeline-section', '#method-section'], exclude: ['#method-sources'] },
  // The register of sources alone is a table of some 1,300 cells: every cell in the light theme; in the others, whose
  // colours come from the same classes on every row, its head and first 40 rows (contrast there took 30 s loaded).
  {
    name: 'the register of sources',
    include: ['#method-sources'],
    sample: ['#method-sources thead', '#method-sources tbody tr:nth-child(-n+40)'],
    reveal: ['method-section'],
  },
];

for (const theme of ['light', 'dark', 'projector'] as const) {
  for (const [index, part] of PARTS.entries()) {
    const what = theme === 'light' ? 'axe' : "axe's colour contrast";
    test(`the ${theme} theme applies and ${part.name} passes ${what}`, async ({ page }, testInfo) => {
      await page.goto(`/?lang=en&theme=${theme}`);
      await waitForFirstScreen(page);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await expect(page.getByRole('group', { name: 'Theme' }).getByRole('button', { pressed: true })).toHaveCount(1);
      const others = PARTS.flatMap((p) => p.include);
      if (part.include.length)
        for (const id of part.reveal ?? part.include.map((i) => i.slice(1))) await revealSection(page, id);
      else await revealWholePage(page);
      await page.screenshot({ path: testInfo.outputPath(`dashboard-${theme}-part-${index + 1}-1440x900.png`) });
      await expectNoAxeViolations(page, (axe) => {
        const rules = theme === 'light' ? axe : axe.withRules(['color-contrast']);
        if (!part.include.length) return others.reduce((a, id) => a.exclude(id), rules);
        const scope = theme !== 'light' && part.sample ? part.sample : part.include;
        const included = scope.reduce((a, id) => a.include(id), rules);
        return (part.exclude ?? []).reduce((a, id) => a.exclude(id), included);
      });
    });
  }
}

test('the dashboard fits a phone with no horizontal scroll, in every section', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/?lang=es');
  await waitForFirstScreen(page);
  await revealWholePage(page);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: testInfo.outputPath('dashboard-390x844.png'), fullPage: true });
});

test('a section link jumps to a section not yet drawn, and a shared link to it opens there', async ({ page }) => {
  await page.goto('/?lang=en');
  await waitForFirstScreen(page);
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Timeline' }).click();
  const heading = page.locator('#timeline-section h2');
  await expect(heading).toBeInViewport();
  await expect(page.locator('#timeline-section svg').first()).toBeVisible();
  // Still there once the sections around it have rendered (they used to push it 2,500 px off screen).
  await expect(heading).toBeInViewport();
  expect(new URL(page.url()).hash).toBe('#timeline-section');

  await page.reload();
  await expect(heading).toBeInViewport();
});

test('a section drawn earlier and left behind shows the filter set meanwhile when the reader returns', async ({
  page,
}) => {
  await page.goto('/?lang=en');
  await waitForFirstScreen(page);
  await revealSection(page, 'method-section'); // drawn, without a filter
  const note = page.getByTestId('method-filter-note');
  await expect(note).toHaveCount(0);
  await page.evaluate(() => window.scrollTo(0, 0)); // left far behind
  await page
    .getByRole('group', { name: 'Sectors' })
    .getByRole('button', { name: /^Defense/ })
    .click();
  await expect.poll(() => new URL(page.url()).searchParams.get('sectors')).toBe('defense');
  await scrollToSection(page, 'method-section');
  await expect(note).toBeVisible();
});
