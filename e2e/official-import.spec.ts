import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures.ts';

/*
 * The importer's synthetic Comtrade fixture imported into a temporary copy of the dataset, served in place of the
 * real files: the total-trade chart must join consecutive official years of one reporter, and only those.
 */
let dir: string;
let trade: string;
let sources: string;

test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'import-e2e-'));
  cpSync('public/data', dir, { recursive: true });
  const run = spawnSync(
    'node_modules/.bin/tsx',
    [
      'scripts/import/cli.ts',
      'scripts/import/fixtures/synthetic-comtrade.json',
      '--retrieved',
      '2025-02-20',
      '--data-dir',
      dir,
    ],
    { encoding: 'utf8' },
  );
  expect(run.status, run.stderr).toBe(0);
  trade = readFileSync(join(dir, 'trade.json'), 'utf8');
  sources = readFileSync(join(dir, 'sources.json'), 'utf8');
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function serveImported(page: Page) {
  await page.route('**/data/trade.json', (route) => route.fulfill({ contentType: 'application/json', body: trade }));
  await page.route('**/data/sources.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: sources }),
  );
}

/** Runs of two or more consecutive years among a reporter's official totals, counted from the imported file. */
function expectedLines() {
  const annual = (
    JSON.parse(trade) as { annual: { flow: string; year: number; reporter: string; official?: object }[] }
  ).annual;
  let lines = 0;
  for (const reporter of ['korea', 'peru']) {
    const years = annual.filter((r) => r.flow === 'total' && r.reporter === reporter && r.official).map((r) => r.year);
    let run = 0;
    for (const year of [...years].sort((a, b) => a - b)) {
      run = years.includes(year - 1) ? run + 1 : 1;
      if (run === 2) lines += 1;
    }
  }
  return lines;
}

test('imported official totals: consecutive years of one reporter drawn as a line, gaps left open', async ({
  page,
}, testInfo) => {
  await serveImported(page);
  await page.goto('/?lang=es&from=2012&to=2021');
  const chart = page.getByTestId('chart-trade-total');
  await chart.scrollIntoViewIfNeeded();
  await expect(chart.locator('.trade-series .recharts-symbols').first()).toBeVisible();
  const lines = expectedLines();
  expect(lines).toBeGreaterThan(0);
  await expect(chart.locator('.trade-line .recharts-scatter-line')).toHaveCount(lines);
  // The chart the import changed (the page around it is checked in parts by e2e/explore.spec.ts).
  await expectNoAxeViolations(page, (axe) => axe.include('[data-testid="chart-trade-total"]'));
  for (const [width, height] of [
    [390, 844],
    [1440, 900],
  ]) {
    await page.setViewportSize({ width: width!, height: height! });
    await chart.scrollIntoViewIfNeeded();
    await expect(chart.locator('.trade-line .recharts-scatter-line')).toHaveCount(lines);
    await page.screenshot({ path: testInfo.outputPath(`official-lines-es-${width}.png`) });
  }
  // An official marker's tooltip names the statistics, the side and the value as published.
  await chart.locator('.trade-series--peru .recharts-symbols').nth(1).hover();
  await expect(page.locator('.chart-tooltip')).toContainText('UN Comtrade');
  await expect(page.locator('.chart-tooltip')).toContainText('consultado el 20 de febrero de 2025');
  await page.screenshot({ path: testInfo.outputPath('official-tooltip-es-1440.png') });
});
