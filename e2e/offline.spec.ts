import { expect, test } from './fixtures.ts';

test.use({ serviceWorkers: 'allow' });

test('after one visit, the dashboard and the presentation work with the network off', async ({ page, context }) => {
  await page.goto('/?lang=en&present=true&slide=2');
  await expect(page.locator('.slide[data-active="true"]')).toHaveAttribute('data-slide', 'trade');
  // Wait until the service worker has installed (precached the app and data) and controls the page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('.slide[data-active="true"]')).toHaveAttribute('data-slide', 'trade');
  await expect(page.locator('.slide[data-active="true"] svg.recharts-surface')).toBeVisible();

  await page.goto('/?lang=en');
  await expect(page.getByTestId('card-trade').locator('.kpi-card__value')).toHaveText(/\d/);
  await expect(page.locator('[data-testid="chart-trade-total"] svg.recharts-surface').first()).toBeVisible();
  await context.setOffline(false);
});
