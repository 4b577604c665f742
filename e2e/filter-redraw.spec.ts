import type { Page } from '@playwright/test';
import { totalTradeMarkers } from './expected.ts';
import { expect, test } from './fixtures.ts';

// What a filter click redraws: the charts a reader sees after it, once each, and nothing else. A laptop screen, where
// the filter bar and the first sections are on screen together.
test.use({ viewport: { width: 1440, height: 900 } });

/** Loaded, every section rendered for find-in-page, and the charts' code fetched ahead (lazy-chart.tsx). */
async function loadedPage(page: Page, query: string) {
  await page.goto(`/${query}`);
  await expect(page.getByRole('group', { name: 'Sectors' })).toBeVisible();
  await page.waitForFunction(
    () =>
      document.querySelectorAll('.findable').length > 0 &&
      document.querySelectorAll('.render-when-near').length === 0 &&
      [...document.querySelectorAll('.findable')].every((f) => f.childElementCount > 0),
  );
  // lazy-chart.tsx marks the page's performance timeline once every chart module has arrived.
  await page.waitForFunction(() => performance.getEntriesByName('charts-loaded').length > 0);
}

/** Records, from now on, what happens inside one chart frame's drawing (its Recharts surface) and its loading box. */
async function watchFrame(page: Page, testId: string) {
  await page.evaluate((testId) => {
    const log = { loading: 0, drawnAt: -1, changes: 0, removedAt: -1, events: 0 };
    (window as unknown as { __frame: typeof log }).__frame = log;
    const frame = document.querySelector(`[data-testid="${testId}"]`)!;
    new MutationObserver((records) => {
      // Changes inside the surface in a batch that removes the chart are its unmounting, not a redraw.
      let inSurface = 0;
      for (const r of records) {
        log.events += 1;
        const added = [...r.addedNodes].filter((n): n is Element => n instanceof Element);
        const removed = [...r.removedNodes].filter((n): n is Element => n instanceof Element);
        if (added.some((n) => n.matches('.panel-loading') || n.querySelector('.panel-loading'))) log.loading += 1;
        if (added.some((n) => n.querySelector('svg.recharts-surface'))) log.drawnAt = log.events;
        if (removed.some((n) => n.querySelector('svg.recharts-surface'))) log.removedAt = log.events;
        if ((r.target as Element).closest?.('svg.recharts-surface')) inSurface += 1;
      }
      if (log.removedAt < 0) log.changes += inSurface;
    }).observe(frame, { subtree: true, childList: true, attributes: true, characterData: true });
  }, testId);
}

const frameLog = (page: Page) =>
  page.evaluate(() => (window as unknown as { __frame: Record<string, number> }).__frame);

const chip = (page: Page, name: RegExp) => page.getByRole('group', { name: 'Sectors' }).getByRole('button', { name });

test('a chart that a filter click brings onto the screen is drawn at once, with no loading box in between', async ({
  page,
}) => {
  await loadedPage(page, '?lang=en&from=2008&to=2020');
  const projects = page.getByTestId('chart-investment-projects');
  // Far below the first screen before the click: not drawn.
  await expect(projects.locator('svg.recharts-surface')).toHaveCount(0);
  await watchFrame(page, 'chart-investment-projects');
  // Defense hides the trade section, and the investment section moves up onto the screen.
  await chip(page, /^Defense/).click();
  await expect(projects.locator('svg.recharts-surface').first()).toBeVisible();
  const log = await frameLog(page);
  // React.lazy alone showed the loading box, then the chart 300 ms or more later (React holds a Suspense reveal).
  expect(log.loading).toBe(0);
});

test('a chart that a filter click pushes off the screen is dropped, not redrawn first', async ({ page }) => {
  await loadedPage(page, '?lang=en&from=2008&to=2020&sectors=defense');
  const projects = page.getByTestId('chart-investment-projects');
  // With trade hidden, the investment section is on the first screen: its chart is drawn.
  await expect(projects.locator('svg.recharts-surface').first()).toBeVisible();
  await watchFrame(page, 'chart-investment-projects');
  // Trade comes back at the top and pushes the investment section far down.
  await chip(page, /^Trade/).click();
  await expect(page.locator('#trade')).toBeVisible();
  await expect(projects.locator('svg.recharts-surface')).toHaveCount(0);
  const log = await frameLog(page);
  expect(log.removedAt).toBeGreaterThan(0);
  // Nothing inside the chart changed before it was dropped: it was not redrawn with the new filter on the way out.
  expect(log.changes).toBe(0);
});

test('a section a filter click brings back shows the years chosen while it was hidden', async ({ page }) => {
  await loadedPage(page, '?lang=en&from=2008&to=2020&sectors=defense');
  await expect(page.locator('#trade')).toBeHidden();
  await page.locator('.filter-bar').getByLabel('From', { exact: true }).selectOption('2012');
  await expect.poll(() => new URL(page.url()).searchParams.get('from')).toBe('2012');
  await chip(page, /^Trade/).click();
  const chart = page.getByTestId('chart-trade-total');
  await expect(chart).toBeVisible();
  await expect(chart.locator('.trade-series .recharts-symbols')).toHaveCount(totalTradeMarkers(2012, 2020));
  await expect(chart).toContainText('2012–2020');
});

test('a live chart hidden by the filter comes back live, without the light chart and a second swap', async ({
  page,
}) => {
  await loadedPage(page, '?lang=en&from=2008&to=2020');
  const chart = page.getByTestId('chart-trade-total');
  // The reader's first input makes the trade chart live (trade-chart-slot.tsx).
  await page.mouse.move(5, 5);
  await page.mouse.move(8, 9);
  await expect(chart.locator('.recharts-wrapper')).toHaveCount(1);
  await chip(page, /^Defense/).click();
  await expect(page.locator('#trade')).toBeHidden();
  await page.evaluate(() => {
    const seen = { light: 0 };
    (window as unknown as { __light: typeof seen }).__light = seen;
    new MutationObserver((records) => {
      for (const r of records)
        for (const n of r.addedNodes)
          if (n instanceof Element && (n.matches('[data-static-chart]') || n.querySelector('[data-static-chart]')))
            seen.light += 1;
    }).observe(document.querySelector('[data-testid="chart-trade-total"]')!, { subtree: true, childList: true });
  });
  await chip(page, /^Defense/).click();
  await expect(page.locator('#trade')).toBeVisible();
  await expect(chart.locator('.recharts-wrapper .trade-series .recharts-symbols').first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __light: { light: number } }).__light.light)).toBe(0);
});
