import { existsSync } from 'node:fs';
import { chromium, defineConfig, devices } from '@playwright/test';

/** PREVIEW_PORT (default 4173) lets several checkouts run their end-to-end tests side by side. */
const port = Number(process.env.PREVIEW_PORT ?? 4173);
const baseURL = `http://127.0.0.1:${port}`;
/** A second build, for a host that serves the dashboard from a sub-folder (README, "Deployment"). */
const SUB_FOLDER = '/peru-korea/';
const subFolderPort = port + 2;
const subFolderURL = `http://127.0.0.1:${subFolderPort}${SUB_FOLDER}`;

/** Playwright's own Chromium when it is installed; otherwise the system one (Debian's `chromium`). */
function chromiumExecutable(): string | undefined {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  if (existsSync(chromium.executablePath())) return undefined;
  return '/usr/bin/chromium';
}

/** A worker count ("2") or share of the cores ("50%") from the environment. */
function workersFromEnv(value: string | undefined): number | string | undefined {
  if (!value) return undefined;
  return value.endsWith('%') ? value : Number(value);
}

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  forbidOnly: !!process.env.CI,
  retries: 0,
  // Tests, not files, are shared among workers: the longest files (explore, phone) no longer decide the run's length.
  fullyParallel: true,
  // CI: two workers on the 2-core runner. Every test is a page load or two with its own headroom (the whole-page
  // journeys are split into parts: axe per part, corrupted files one page each); PW_WORKERS overrides for a measurement.
  workers: workersFromEnv(process.env.PW_WORKERS) ?? (process.env.CI ? 2 : undefined),
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }], ['html', { open: 'never' }]],
  use: {
    baseURL,
    screenshot: 'only-on-failure',
    // A failed test keeps its trace: the actions, console, network and a filmstrip. Not DOM snapshots: taking one
    // of a 13,000-element page at every action doubled the run's length (the keyboard journey took 26 s, not 4).
    trace: { mode: 'retain-on-failure', snapshots: false, screenshots: true },
    reducedMotion: 'reduce',
    // The service worker would answer requests before page.route() sees them; the offline test allows it.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: chromiumExecutable(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: /sub-folder/,
      use: { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 900 } },
    },
    {
      name: 'sub-folder',
      testMatch: /sub-folder/,
      use: { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 900 }, baseURL: subFolderURL },
    },
  ],
  webServer: [
    {
      command: 'npm run preview',
      url: baseURL,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      // Built here rather than in the test command, so `npx playwright test` alone covers it too.
      command: `npx vite build --outDir dist-sub-folder --emptyOutDir --logLevel warn && npx vite preview --outDir dist-sub-folder --port ${subFolderPort}`,
      env: { BASE_PATH: SUB_FOLDER },
      url: subFolderURL,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
