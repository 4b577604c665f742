import { readFileSync } from 'node:fs';
import { expect, expectNoAxeViolations, firstScreenOnly, test, waitForFirstScreen } from './fixtures.ts';

interface RawTrade {
  annual: { flow: string; reporter: string; year: number; valueUsdM: number; qualifiers: { unusable?: boolean } }[];
}
const trade = JSON.parse(readFileSync('public/data/trade.json', 'utf8')) as RawTrade;

/** Published total-trade figures per side, read straight from the data file. */
const totalsBySide = (side: string) =>
  trade.annual.filter((r) => r.flow === 'total' && r.reporter === side && !r.qualifiers.unusable);

test('the first screen shows the headline figures with sources and the trade chart', async ({ page }, testInfo) => {
  await page.goto('/?lang=en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Peru–Korea: 60 years of relations');
  await waitForFirstScreen(page);

  for (const card of ['card-trade', 'card-investment', 'card-aid', 'card-people']) {
    const el = page.getByTestId(card);
    await expect(el.locator('.kpi-card__value')).toHaveText(/\d/);
    const link = el.locator('.source-line a').first();
    await expect(link).toHaveAttribute('href', /^https?:\/\//);
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  }

  const chart = page.getByTestId('chart-trade-total');
  for (const side of ['korea', 'peru', 'unclear']) {
    // One marker per figure; a figure published twice (same year and value, two sources) is one marker.
    const expected = new Set(totalsBySide(side).map((r) => `${r.year}|${r.valueUsdM}`)).size;
    await expect(chart.locator(`.trade-series--${side} .recharts-symbols`), `${side} markers`).toHaveCount(expected);
  }
  await expect(chart.locator('.fta-line line, line.fta-line, .fta-line')).not.toHaveCount(0);
  await expect(chart.getByText('FTA in force')).toBeVisible();
  // A grid line at each value tick, the ticks the axis chose itself included.
  const valueTicks = await chart.locator('.recharts-yAxis-tick-labels text').count();
  expect(valueTicks).toBeGreaterThan(2);
  await expect(chart.locator('.recharts-cartesian-grid-horizontal line')).toHaveCount(valueTicks);

  // The first screen: the viewport, not the 27,000 px page below it.
  await page.screenshot({ path: testInfo.outputPath('first-screen-1440x900.png') });
  await expectNoAxeViolations(page, firstScreenOnly);
});

test('the first screen fits a phone', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 390, height: 844 });
  // Spanish: the widest value labels, so the narrowest plot.
  await page.goto('/?lang=es');
  await waitForFirstScreen(page);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  // The trade chart's year labels stand apart, however few fit.
  const years = page.getByTestId('chart-trade-total').locator('.recharts-xAxis-tick-labels text');
  // Checked once settled (polled): the scroll to the chart makes the light chart give way to the live one, and labels
  // read in that instant may have no box or no place yet. An overlap that stays fails with the labels named.
  const labelProblems = () =>
    years.evaluateAll((labels) => {
      const boxes = labels.map((l) => {
        const r = l.getBoundingClientRect();
        return { text: l.textContent, left: r.left, right: r.right };
      });
      if (boxes.length <= 2) return [`only ${boxes.length} year labels`];
      const problems = boxes.filter((b) => b.right <= b.left).map((b) => `${b.text} not laid out`);
      for (let i = 1; i < boxes.length; i++)
        if (boxes[i]!.left <= boxes[i - 1]!.right) problems.push(`${boxes[i - 1]!.text} × ${boxes[i]!.text} overlap`);
      return problems;
    });
  await expect.poll(labelProblems, { message: 'year labels laid out and apart' }).toEqual([]);
  await page.screenshot({ path: testInfo.outputPath('first-screen-390x844.png') });
  await expectNoAxeViolations(page, firstScreenOnly);
});

test('a tooltip gives the value, year, side, qualifier and source of a marker', async ({ page }) => {
  await page.goto('/?lang=en');
  await waitForFirstScreen(page);
  const marker = page.locator('[data-testid="chart-trade-total"] .trade-series--korea .recharts-symbols').last();
  await marker.hover();
  const tooltip = page.locator('.chart-tooltip');
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText('US$');
  await expect(tooltip).toContainText('Korean statistics');
  await expect(tooltip.locator('.source-line a')).toHaveAttribute('href', /^https?:/);
});

test('a missing data file breaks only the panels that use it, and Retry recovers', async ({ page, allowConsole }) => {
  allowConsole(/Failed to load resource: the server responded with a status of 404/);
  let broken = true;
  await page.route('**/data/investment.json', (route) =>
    broken ? route.fulfill({ status: 404, body: 'not found' }) : route.fallback(),
  );
  await page.goto('/?lang=en');

  const card = page.getByTestId('card-investment');
  const error = page.getByTestId('headline-cards').getByRole('alert').filter({ hasText: 'investment.json' });
  await expect(error).toContainText('This panel could not load its data');
  await expect(error).toContainText('investment.json: the server answered 404');
  await waitForFirstScreen(page);
  await expect(page.getByTestId('card-aid').locator('.kpi-card__value')).toHaveText(/\d/);
  await expect(card).toHaveCount(0);

  broken = false;
  await error.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByTestId('card-investment').locator('.kpi-card__value')).toHaveText(/\d/);
});

test('an invalid data file names the file, and the other panels still render', async ({ page }) => {
  await page.route('**/data/trade.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{"annual": [' }),
  );
  await page.goto('/?lang=en');
  // The trade card and the trade chart say so (and any trade panel further down that has rendered by then).
  for (const panel of [page.getByTestId('headline-cards'), page.locator('#trade')]) {
    const error = panel.getByRole('alert').filter({ hasText: 'trade.json: invalid JSON' });
    await expect(error).toBeVisible();
    await expect(error.getByRole('button', { name: 'Retry' })).toBeVisible();
  }
  for (const card of ['card-investment', 'card-aid', 'card-people']) {
    await expect(page.getByTestId(card).locator('.kpi-card__value')).toHaveText(/\d/);
  }
});

test('a file that breaks its schema names the record and the field', async ({ page }) => {
  const raw = JSON.parse(readFileSync('public/data/headlines.json', 'utf8')) as { figures: Record<string, unknown>[] };
  const first = raw.figures[0]!;
  first.value = -5;
  await page.route('**/data/headlines.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(raw) }),
  );
  await page.goto('/?lang=en');
  await expect(page.getByRole('alert').first()).toContainText(
    `headlines.json: record "${String(first.id)}", field "value": must not be negative`,
  );
  await waitForFirstScreen(page);
});

test('when the validation worker cannot start, the page checks the data itself', async ({ page, allowConsole }) => {
  allowConsole(/validate\.worker/);
  const raw = JSON.parse(readFileSync('public/data/headlines.json', 'utf8')) as { figures: Record<string, unknown>[] };
  raw.figures[0]!.value = -5;
  await page.route('**/data/headlines.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(raw) }),
  );
  let workerAsked = false;
  await page.route('**/validate.worker*', (route) => {
    workerAsked = true;
    return route.abort();
  });
  await page.goto('/?lang=en');
  // The same checks, so the same answers: a broken file is named, the others are shown.
  await expect(page.getByRole('alert').first()).toContainText('headlines.json: record');
  await waitForFirstScreen(page);
  await expect(page.getByTestId('chart-trade-total').locator('svg.recharts-surface').first()).toBeVisible();
  expect(workerAsked).toBe(true);
});
