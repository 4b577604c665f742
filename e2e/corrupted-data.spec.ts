import { readFileSync } from 'node:fs';
import { expect, revealSection, test, scrollToSection } from './fixtures.ts';
import type { Page } from '@playwright/test';
import { CORRUPTIBLE_FILES, corruptionsOf, type CorruptibleFile } from '../src/test/data-corruptions.ts';

/** The section that shows each file beyond the first screen (it renders when scrolled to). */
const SECTION: Record<CorruptibleFile, string | null> = {
  sources: 'method-section',
  headlines: null,
  trade: null,
  products: 'trade-detail',
  investment: 'investment-section',
  aid: 'aid-section',
  exchange: 'exchange-section',
  timeline: 'timeline-section',
};

/** A panel fed by another file, which must stay alive. */
async function expectOtherPanelsAlive(page: Page, broken: string) {
  // The app itself (React's mark, which the static header does not have), not only the static h1.
  await expect(page.locator('html[data-app-ready] #root main')).toBeVisible();
  if (broken === 'trade' || broken === 'headlines') {
    await revealSection(page, 'timeline-section');
    await page.locator('#timeline-section .chart-frame').first().scrollIntoViewIfNeeded();
    await expect(page.locator('#timeline-section svg').first()).toBeVisible();
  } else {
    await expect(page.getByTestId('card-trade').locator('.kpi-card__value')).toHaveText(/\d/);
  }
}

// One test per file, each with another kind of break, so every kind is seen in the page at least once; every file
// times every kind runs through the same loading path in the unit test (src/data/corrupted-files.test.ts).
for (const [index, file] of CORRUPTIBLE_FILES.entries()) {
  const cases = corruptionsOf(file, readFileSync(`public/data/${file}.json`, 'utf8'));
  const { name, body, mentions } = cases[index % cases.length]!;
  test(`a corrupted ${file}.json (${name}) is named in its panels and the rest of the page lives`, async ({
    page,
    allowConsole,
  }) => {
    allowConsole(/Failed to load resource/);
    await page.route(`**/data/${file}.json`, (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body }),
    );
    await page.goto('/?lang=en');
    const section = SECTION[file];
    if (section) await scrollToSection(page, section);
    const alert = page
      .getByRole('alert')
      .filter({ hasText: `${file}.json` })
      .first();
    await expect(alert).toBeVisible();
    await expect(alert).toContainText(mentions);
    await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
    await expectOtherPanelsAlive(page, file);
  });
}
