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

/** Runs axe for WCAG 2.1 A/AA and expects no violation. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary).toEqual([]);
}

/** Waits until the headline cards and the trade chart have drawn. */
export async function waitForFirstScreen(page: Page) {
  await expect(page.getByTestId('card-trade').locator('.kpi-card__value')).not.toBeEmpty();
  await expect(page.locator('[data-testid="chart-trade-total"] svg.recharts-surface').first()).toBeVisible();
}
