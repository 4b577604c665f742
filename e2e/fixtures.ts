import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

interface Fixtures {
  /** Console errors and warnings and uncaught page errors seen during the test. */
  consoleProblems: string[];
  /** Messages a test expects (e.g. the browser's own 404 line when it serves a 404 on purpose). */
  allowConsole: (pattern: RegExp) => void;
}

/**
 * Every journey fails on a console error or warning (including Recharts' size warnings) or an uncaught
 * exception, unless the test declared that message expected.
 */
export const test = base.extend<Fixtures>({
  consoleProblems: async ({ page }, use) => {
    const problems: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`${msg.type()}: ${msg.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    await use(problems);
  },
  allowConsole: [
    async ({ consoleProblems }, use) => {
      // Playwright's own notice when a test blocks service workers (the default, so page.route() sees requests).
      const allowed: RegExp[] = [/Service Worker registration blocked by Playwright/];
      await use((pattern) => allowed.push(pattern));
      const unexpected = consoleProblems.filter((p) => !allowed.some((a) => a.test(p)));
      expect(unexpected, 'console errors, warnings or page errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * Runs axe for WCAG 2.1 A/AA and expects no violation; `narrow` may limit the rules or the part of the page
 * (a heavy page is checked in parts, each a test of its own: e2e/explore.spec.ts).
 */
export async function expectNoAxeViolations(page: Page, narrow: (axe: AxeBuilder) => AxeBuilder = (axe) => axe) {
  const results = await narrow(
    new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']),
  ).analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary).toEqual([]);
}

/**
 * Narrows axe to the first screen (header, headline figures, section links, filter, trade section): the sections
 * below it are in the document from load on (find-in-page), and are checked in parts by e2e/explore.spec.ts;
 * checking all of them again with each first-screen test costs some 30 s on a loaded machine.
 */
export const firstScreenOnly = (axe: AxeBuilder) =>
  ['.skip-link', '.site-header', '[data-testid="headline-cards"]', '.section-nav', '.filter-bar', '#trade'].reduce(
    (a, part) => a.include(part),
    axe,
  );

/**
 * The running app, not the static header left alone: `data-app-ready` is set by React after its first commit
 * (src/app/app.tsx) and the static HTML never has it; a crash that unmounts the root also empties `#root`.
 * Then no panel shows an error alert.
 */
export async function expectAppAlive(page: Page, message?: string) {
  await expect(
    page.locator('html[data-app-ready] #root').locator('main, .slide[data-active="true"]').first(),
    message,
  ).toBeVisible();
  await expect(page.getByRole('alert'), message).toHaveCount(0);
}

/** Waits until the headline cards have their figures and the trade chart has drawn (scrolled to, as a reader would). */
export async function waitForFirstScreen(page: Page) {
  await expect(page.getByTestId('card-trade').locator('.kpi-card__value')).not.toBeEmpty();
  const chart = page.getByTestId('chart-trade-total');
  await chart.scrollIntoViewIfNeeded();
  await expect(chart.locator('svg.recharts-surface').first()).toBeVisible();
}

/**
 * Scrolls to a section's place in one step inside the page. A section's placeholder carries its id and is swapped
 * for the rendered section (same id, same place) when the reader nears it or the browser is idle; Playwright's own
 * scrolling finds the element first and then fails if the swap happens before it scrolls.
 */
export async function scrollToSection(page: Page, id: string) {
  await page.locator(`#${id}`).waitFor({ state: 'attached' });
  await page.evaluate((sectionId) => document.getElementById(sectionId)!.scrollIntoView(), id);
}

/**
 * Scrolls to a section so it renders: the sections below the first screen render as the reader nears them
 * (components/render-when-near.tsx). Resolves when the section's heading shows.
 */
export async function revealSection(page: Page, id: string) {
  await scrollToSection(page, id);
  await expect(page.locator(`#${id} h2`).first()).toBeVisible();
}

/** Scrolls through the whole page until nothing is left to render, as a reader reaching the end (axe, layout). */
export async function revealWholePage(page: Page) {
  // In the page, in one step per poll: the page also renders sections on its own, so a placeholder found by one
  // Playwright call may be gone by the next.
  await page.waitForFunction(
    () => {
      const next = document.querySelector('.render-when-near');
      next?.scrollIntoView();
      return next === null;
    },
    undefined,
    { polling: 100 },
  );
}
