import { readFileSync } from 'node:fs';
import { expect, revealSection, test } from './fixtures.ts';
import type { Page } from '@playwright/test';

type Json = Record<string, Record<string, unknown>[]>;
const FILES = ['sources', 'headlines', 'trade', 'products', 'investment', 'aid', 'exchange', 'timeline'] as const;
/** A numeric amount field per file, to make negative. */
const AMOUNT: Partial<Record<(typeof FILES)[number], [string, string]>> = {
  headlines: ['figures', 'value'],
  trade: ['annual', 'valueUsdM'],
  products: ['products', 'valueUsdM'],
  investment: ['projects', 'amountUsdM'],
  aid: ['projects', 'budgetUsdM'],
  exchange: ['records', 'value'],
};

/** The section that shows each file beyond the first screen (it renders when scrolled to). */
const SECTION: Record<(typeof FILES)[number], string | null> = {
  sources: 'method-section',
  headlines: null,
  trade: null,
  products: 'trade-detail',
  investment: 'investment-section',
  aid: 'aid-section',
  exchange: 'exchange-section',
  timeline: 'timeline-section',
};

const read = (file: string) => JSON.parse(readFileSync(`public/data/${file}.json`, 'utf8')) as Json;
const firstList = (json: Json) => Object.keys(json).find((k) => Array.isArray(json[k]) && json[k]!.length > 1)!;

/** The corrupted body and what the message must name (beyond the file). */
function corruptions(file: (typeof FILES)[number]) {
  const cases: { name: string; body: string; mentions: string }[] = [];
  const text = readFileSync(`public/data/${file}.json`, 'utf8');
  cases.push({ name: 'truncated JSON', body: text.slice(0, Math.floor(text.length / 2)), mentions: 'invalid JSON' });
  cases.push({ name: 'empty file', body: '', mentions: 'the file is empty' });
  {
    const json = read(file);
    const list = firstList(json);
    json[list]![0]!.id = 12345;
    cases.push({ name: 'wrong type', body: JSON.stringify(json), mentions: 'field "id"' });
  }
  {
    const json = read(file);
    const list = firstList(json);
    json[list]![1]!.id = json[list]![0]!.id;
    cases.push({ name: 'duplicate id', body: JSON.stringify(json), mentions: 'duplicate id' });
  }
  if (file !== 'sources') {
    const json = read(file);
    const list = firstList(json);
    json[list]![0]!.sourceIds = ['s-nowhere'];
    cases.push({ name: 'unknown source id', body: JSON.stringify(json), mentions: 'unknown source id "s-nowhere"' });
  }
  const amount = AMOUNT[file];
  if (amount) {
    const json = read(file);
    const [list, field] = amount;
    const record = json[list]!.find((r) => typeof r[field] === 'number' && r.flow !== 'balance')!;
    record[field] = -10;
    cases.push({ name: 'negative amount', body: JSON.stringify(json), mentions: `field "${field}"` });
  }
  return cases;
}

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

// One test per corruption: a single page load each, so that each keeps its headroom on a busy machine.
for (const file of FILES) {
  for (const { name, body, mentions } of corruptions(file)) {
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
      if (section) await page.locator(`#${section}`).scrollIntoViewIfNeeded();
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
}
