import { expect, test, waitForFirstScreen } from './fixtures.ts';

// Runs against a second build made with BASE_PATH=/peru-korea/ (the "sub-folder" project in playwright.config.ts),
// as a host that serves the dashboard under a path of its own would.
test('a build for a sub-folder loads everything from that folder', async ({ page }) => {
  const paths: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith('http')) paths.push(url.pathname);
  });
  await page.goto('./?lang=ko');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('페루–한국: 수교 60년');
  await waitForFirstScreen(page);
  await expect(page.getByTestId('card-trade').locator('.kpi-card__value')).toHaveText(/\d/);
  expect(
    paths.some((p) => p.endsWith('.woff2')),
    'the Korean font',
  ).toBe(true);
  expect(
    paths.some((p) => p.endsWith('/data/trade.json')),
    'the data',
  ).toBe(true);
  expect(paths.filter((p) => !p.startsWith('/peru-korea/'))).toEqual([]);

  await page.getByRole('button', { name: '전체 화면 발표 열기' }).click();
  await expect(page.locator('.slide[data-active="true"]')).toBeVisible();
  expect(new URL(page.url()).pathname).toBe('/peru-korea/');
});
