import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';

/**
 * The total-trade chart on load is a light SVG (features/trade/static-trade-chart.tsx); the interactive Recharts
 * chart takes its place on the reader's first input. Expected figures come from trade.json.
 */
interface RawTrade {
  annual: { flow: string; reporter: string; year: number; valueUsdM: number; qualifiers: { unusable?: boolean } }[];
}
const trade = JSON.parse(readFileSync('public/data/trade.json', 'utf8')) as RawTrade;
const totals = trade.annual.filter((r) => r.flow === 'total' && !r.qualifiers.unusable);
const distinct = (side: string) =>
  new Set(totals.filter((r) => r.reporter === side).map((r) => `${r.year}|${r.valueUsdM}`)).size;

/** Every marker's centre and the chart box, in page coordinates. */
async function geometry(page: import('@playwright/test').Page) {
  return page.evaluate(() => {
    const frame = document.querySelector('[data-testid="chart-trade-total"]')!;
    const centre = (el: Element) => {
      const r = el.getBoundingClientRect();
      return [Math.round((r.x + r.width / 2 + scrollX) * 2) / 2, Math.round((r.y + r.height / 2 + scrollY) * 2) / 2];
    };
    const box = frame.querySelector('.chart-canvas')!.getBoundingClientRect();
    return {
      box: [box.x + scrollX, box.y + scrollY, box.width, box.height],
      markers: [...frame.querySelectorAll('.trade-series .recharts-symbols')].map(centre).sort(),
      years: [...frame.querySelectorAll('.recharts-xAxis-tick-labels text')].map((t) => t.textContent),
      values: [...frame.querySelectorAll('.recharts-yAxis-tick-labels text')].map((t) => t.textContent),
    };
  });
}

for (const [lang, width, height] of [
  ['es', 390, 844],
  ['en', 1440, 900],
  ['ko', 390, 844],
] as const) {
  test(`${lang} ${width}: the light chart on load draws trade.json's figures; the live chart replaces it on input with nothing moving`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await page.addInitScript(() => {
      (window as unknown as { shifts: number }).shifts = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number }[])
          (window as unknown as { shifts: number }).shifts += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`/?lang=${lang}`);
    const frame = page.getByTestId('chart-trade-total');
    // No input yet: the light chart, and no Recharts in the page.
    await expect(frame.locator('svg[data-static-chart]')).toBeAttached();
    for (const side of ['korea', 'peru', 'unclear'])
      await expect(frame.locator(`.trade-series--${side} .recharts-symbols`)).toHaveCount(distinct(side));
    await expect(frame.locator('.recharts-wrapper')).toHaveCount(0);
    const before = await geometry(page);
    expect(before.values.length).toBeGreaterThan(2);
    expect(before.years).toContain(String(Math.max(...totals.map((r) => r.year))));

    // Shifts from here on are the swap's. A Korean page's font is requested before the first paint, but on a busy
    // machine it may still arrive after it and move the header's text: that shift is not this test's.
    if (lang === 'ko')
      await page.evaluate(async () => {
        await Promise.all(['400', '700'].map((weight) => document.fonts.load(`${weight} 1em "Noto Sans KR"`, '한')));
        await new Promise((painted) => requestAnimationFrame(() => requestAnimationFrame(painted)));
      });
    await page.evaluate(() => ((window as unknown as { shifts: number }).shifts = 0));
    // The first input anywhere (a pointer moving over the page's header) brings the live chart.
    await page.mouse.move(5, 5);
    await page.mouse.move(8, 9);
    await expect(frame.locator('.recharts-wrapper')).toHaveCount(1);
    await expect(frame.locator('svg[data-static-chart]')).toHaveCount(0);
    const after = await geometry(page);
    expect(after.box).toEqual(before.box);
    expect(after.years).toEqual(before.years);
    expect(after.values).toEqual(before.values);
    // Each marker where it was (to the half pixel).
    expect(after.markers).toEqual(before.markers);
    expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBe(0);
  });
}

test('a pointer over the light chart opens the live chart’s tooltip where it points', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/?lang=en');
  const frame = page.getByTestId('chart-trade-total');
  await expect(frame.locator('svg[data-static-chart]')).toBeAttached();
  const marker = frame.locator('.trade-series--korea .recharts-symbols').last();
  const box = (await marker.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const tooltip = page.locator('.chart-tooltip');
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText('Korean statistics');
  await expect(frame.locator('svg[data-static-chart]')).toHaveCount(0);
});
