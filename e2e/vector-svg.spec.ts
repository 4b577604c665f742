import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page, TestInfo } from '@playwright/test';
import { pngPixels } from './png-pixels.ts';
import { test, expect, revealSection, revealWholePage, waitForFirstScreen } from './fixtures.ts';

/*
 * Every chart's SVG download is a vector drawing that other programs read: no HTML inside (`<foreignObject>`), the
 * title as `<text>`, small, and librsvg (`rsvg-convert`, Debian's librsvg2-bin; scripts/ensure-rsvg.sh) draws it as
 * a picture, not a blank page.
 */
/** Downloads one frame's SVG and checks it: a document, small, no HTML or font inside, the title as text, drawn. */
async function checkFrameSvg(page: Page, id: string, testInfo: TestInfo): Promise<string> {
  const frame = page.getByTestId(id);
  await frame.scrollIntoViewIfNeeded();
  const title = (await frame.locator('.chart-frame__title').textContent())!.trim();
  const download = page.waitForEvent('download');
  await frame.getByRole('button', { name: /as an SVG image/ }).click();
  const svg = readFileSync((await (await download).path())!, 'utf8');
  writeFileSync(testInfo.outputPath(`${id}.svg`), svg); // kept with the test's output, to look at
  // Checked as booleans: a failing expect would print the whole SVG.
  expect(svg.startsWith('<svg'), `${id}: an SVG document`).toBe(true);
  expect(svg.length, `${id}: size`).toBeLessThanOrEqual(300 * 1024);
  expect(svg.includes('foreignObject'), `${id}: no foreignObject`).toBe(false);
  expect(svg.includes('@font-face'), `${id}: no embedded font`).toBe(false);
  const escapedTitle = title.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  // The title is drawn as text (maybe over several lines): its first words open a <text> element.
  const firstWords = escapedTitle.split(' ').slice(0, 3).join(' ');
  expect(new RegExp(`<text[^>]*>${firstWords.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).test(svg), `${id}: title`).toBe(
    true,
  );

  const png = execFileSync('rsvg-convert', ['--format=png'], { input: svg, maxBuffer: 64 * 1024 * 1024 });
  const stats = await pngPixels(page, png);
  expect(stats.width, `${id}: width`).toBeGreaterThan(300);
  expect(stats.colours, `${id}: colours`).toBeGreaterThanOrEqual(4);
  expect(stats.share, `${id}: drawn share`).toBeGreaterThan(0.02);
  return `${id}: ${(svg.length / 1024).toFixed(1)} KB`;
}

/**
 * The sections in three groups, a test each, so the two workers share the ~14 downloads and librsvg renders (one
 * test of them all took up to 30 s on two loaded cores). The last group also checks no frame is outside them.
 */
const GROUPS = [
  ['trade', 'trade-detail'],
  ['investment-section', 'aid-section', 'exchange-section'],
  ['timeline-section', 'method-section'],
];

for (const sections of GROUPS) {
  test(`each chart frame in ${sections.join(', ')} downloads a real SVG that librsvg renders`, async ({
    page,
  }, testInfo) => {
    test.setTimeout(60_000);
    await page.goto('/?lang=en');
    await waitForFirstScreen(page);
    const ids: string[] = [];
    for (const section of sections) {
      await revealSection(page, section);
      ids.push(
        ...(await page
          .locator(`#${section} figure.chart-frame`)
          .evaluateAll((frames) => frames.map((f) => (f as HTMLElement).dataset.testid!))),
      );
    }
    expect(ids.length, 'frames in these sections').toBeGreaterThanOrEqual(sections.length);
    const sizes: string[] = [];
    for (const id of ids) sizes.push(await checkFrameSvg(page, id, testInfo));
    console.log(`SVG sizes\n${sizes.join('\n')}`);
    if (sections === GROUPS.at(-1)) {
      // Every frame of the page is in one of the groups: a section added later is not left out.
      await revealWholePage(page);
      const grouped = GROUPS.flat()
        .map((g) => `#${g} figure.chart-frame`)
        .join(', ');
      const all = await page.locator('figure.chart-frame').count();
      expect(all, 'frames on the page').toBeGreaterThanOrEqual(10);
      await expect(page.locator(grouped)).toHaveCount(all);
    }
  });
}
