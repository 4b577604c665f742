import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, revealSection, test } from './fixtures.ts';

interface Project {
  id: string;
  sectors: string[];
  regionCodes: string[];
  title: { en: string };
}
const { projects } = JSON.parse(readFileSync('public/data/aid.json', 'utf8')) as { projects: Project[] };
const { projects: investments } = JSON.parse(readFileSync('public/data/investment.json', 'utf8')) as {
  projects: { regionCodes?: string[] }[];
};
const aid = projects.filter((p) => p.sectors.includes('aid'));
/** Aid projects in a region (or `national`), optionally of one sector: what the map must count, from the file. */
const inPlace = (code: string, sector?: string) =>
  aid.filter((p) => p.regionCodes.includes(code) && (!sector || p.sectors.includes(sector)));

/** Scrolls to the aid map and waits for its drawing (the geometry arrives when the map comes near). */
async function openMap(page: Page, query = '') {
  await page.goto(`/?lang=en${query}`);
  await revealSection(page, 'aid-section');
  const frame = page.getByTestId('chart-aid-map');
  await frame.scrollIntoViewIfNeeded();
  await expect(frame.getByTestId('peru-map')).toBeVisible();
  return frame;
}
/** The titles listed, in any order (the list follows the section's order: by first year). */
async function listedTitles(page: Page) {
  const titles = await page.getByTestId('map-detail').locator('.aid-map__project-title').allTextContents();
  return titles.sort();
}
const titlesOf = (list: Project[]) => list.map((p) => p.title.en).sort();
const region = (page: Page, code: string) =>
  page.locator(`[data-testid="peru-map"] [data-region="${code}"][role="button"]`);

test('the map draws the 25 regions; choosing Cusco, then the nation-wide projects, lists them', async ({ page }) => {
  const frame = await openMap(page);
  const main = frame.locator('[data-testid="peru-map"] path.peru-map__region:not([data-inset])');
  await expect(main).toHaveCount(25);
  expect(new Set(await main.evaluateAll((els) => els.map((e) => e.getAttribute('data-region')))).size).toBe(25);

  await region(page, '08').click();
  const detail = frame.getByTestId('map-detail');
  const cusco = inPlace('08');
  expect(cusco.length).toBeGreaterThan(0);
  await expect(detail.locator('h4').first()).toHaveText(`Aid projects in Cusco: ${cusco.length}`);
  await expect.poll(() => listedTitles(page)).toEqual(titlesOf(cusco));
  await expect(detail.locator('.source-line')).toHaveCount(cusco.length);

  const national = inPlace('national');
  await frame.getByRole('button', { name: `Nation-wide projects: ${national.length}` }).click();
  await expect.poll(() => listedTitles(page)).toEqual(titlesOf(national));
});

test('the investment layer marks the regions investment.json names, and the map passes axe', async ({ page }) => {
  const frame = await openMap(page);
  await frame.getByLabel(/Show Korean investment/).check();
  const marked = new Set(investments.flatMap((p) => p.regionCodes ?? []));
  await expect(frame.locator('[data-marker]')).toHaveCount(marked.size);
  // The map with its layer, not the whole page again (e2e/explore.spec.ts checks the page in parts; axe over all of
  // it took most of this test's 30 s on a loaded machine).
  await expectNoAxeViolations(page, (axe) => axe.include('[data-testid="chart-aid-map"]'));
});

test('filtering to Health changes the counts as aid.json says', async ({ page }) => {
  const frame = await openMap(page);
  const countOf = async (code: string) => {
    const label = (await region(page, code).getAttribute('aria-label')) ?? '';
    return Number(/aid projects: (\d+)/.exec(label)?.[1]);
  };
  const codes = ['07', '08', '15'];
  for (const code of codes) expect(await countOf(code)).toBe(inPlace(code).length);

  await page
    .getByRole('group', { name: 'Sectors' })
    .getByRole('button', { name: /^Health/ })
    .click();
  await expect.poll(() => new URL(page.url()).searchParams.get('sectors')).toBe('health');
  // Cusco has aid projects, none of them in health: the filter must change its count.
  expect(inPlace('08', 'health').length).not.toBe(inPlace('08').length);
  for (const code of codes) await expect.poll(() => countOf(code)).toBe(inPlace(code, 'health').length);
  await expect(frame.getByRole('button', { name: /^Nation-wide projects/ })).toHaveText(
    `Nation-wide projects: ${inPlace('national', 'health').length}`,
  );
});

test('keyboard: Tab reaches the map, arrow keys move between regions, focus is visible', async ({ page }) => {
  const frame = await openMap(page);
  // From the frame's first action (table view), Tab passes the other actions and then enters the map.
  await frame.locator('.chart-frame__actions button').first().focus();
  const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-region'));
  let presses = 0;
  while ((await focused()) == null && presses < 12) {
    await page.keyboard.press('Tab');
    presses++;
  }
  expect(await focused(), `a region after ${presses} Tab presses`).toBe('01');
  for (let i = 0; i < 7; i++) await page.keyboard.press('ArrowRight');
  expect(await focused()).toBe('08');
  await expect(region(page, '08')).toHaveAttribute('aria-pressed', 'true');
  await expect(frame.getByTestId('map-detail').locator('h4').first()).toHaveText(
    `Aid projects in Cusco: ${inPlace('08').length}`,
  );
  // The focus outline: drawn above the neighbours, in the focus colour and width.
  const outline = frame.locator('.peru-map__selected').first();
  expect(await outline.evaluate((el) => getComputedStyle(el).strokeWidth)).toBe('3px');
  // Callao is reached in the inset, where it is large enough to see.
  await page.keyboard.press('ArrowLeft');
  expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-inset'))).toBe(true);
  await expect(frame.getByTestId('map-detail').locator('h4').first()).toHaveText(
    `Aid projects in Callao: ${inPlace('07').length}`,
  );
});

test.describe('phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('at 390 px the map fits without horizontal scroll and a tap on Callao lists its projects', async ({ page }) => {
    const frame = await openMap(page);
    await region(page, '07').tap();
    await expect.poll(() => listedTitles(page)).toEqual(titlesOf(inPlace('07')));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const box = await frame.getByTestId('peru-map').boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
  });
});

test('the Lima–Callao inset sits over the sea: no region of the main map under any part of it', async ({ page }) => {
  const frame = await openMap(page);
  const map = frame.getByTestId('peru-map');
  // A 41 × 41 grid over the inset's frame, each point tested against every region's outline.
  const under = await map.evaluate((svg: SVGSVGElement) => {
    const box = svg.querySelector('.peru-map__inset-frame')!.getBoundingClientRect();
    const toMap = svg.getScreenCTM()!.inverse();
    const regions = [...svg.querySelectorAll<SVGPathElement>('path.peru-map__region:not([data-inset])')];
    const found = new Set<string>();
    for (let i = 0; i <= 40; i++)
      for (let j = 0; j <= 40; j++) {
        const point = new DOMPoint(box.x + (box.width * i) / 40, box.y + (box.height * j) / 40).matrixTransform(toMap);
        const p = svg.createSVGPoint();
        p.x = point.x;
        p.y = point.y;
        for (const r of regions) if (r.isPointInFill(p)) found.add(r.getAttribute('data-region')!);
      }
    return { regions: regions.length, found: [...found] };
  });
  expect(under.regions).toBe(25);
  expect(under.found).toEqual([]);
});
