// The larger URL fuzz run: the same generator as the e2e test, more cases, full page loads for a sample.
import { chromium } from '@playwright/test';
import { fuzzQuery, mulberry32 } from '../../e2e/url-fuzz.ts';

export async function urlFuzz(origin, count) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => (m.type() === 'error' ? problems.push(m.text()) : undefined));
  page.on('pageerror', (e) => problems.push(e.message));
  const random = mulberry32(7);
  try {
    await page.goto(`${origin}/?lang=en`);
    const cases = Array.from({ length: count }, () => fuzzQuery(random));
    for (let start = 0; start < count; start += 100) {
      // A full page load for the first case of each hundred (when the URL is one a server accepts: vite preview
      // answers 431 past ~16 KB), then client-side navigation inside the page for the rest, a frame each.
      if (cases[start].length < 8000) {
        await page.goto(`${origin}/?${cases[start]}`);
        const started = await page
          .waitForFunction(() => document.documentElement.dataset.appReady, null, { timeout: 30_000 })
          .then(
            () => true,
            () => false,
          );
        if (!started) problems.push(`${cases[start].slice(0, 80)} → the app did not start within 30 s`);
      }
      // After each case's frame: an error alert or a root React left empty is a problem too.
      const broken = await page.evaluate(
        async (batch) => {
          const found = [];
          for (const q of batch) {
            history.replaceState(null, '', `/?${q}`);
            window.dispatchEvent(new PopStateEvent('popstate'));
            await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
            const alert = document.querySelector('[role="alert"]');
            if (alert) found.push(`${q.slice(0, 80)} → alert: ${alert.textContent}`);
            if (!document.getElementById('root')?.childElementCount) found.push(`${q.slice(0, 80)} → empty root`);
          }
          return found;
        },
        cases.slice(start + 1, start + 100),
      );
      problems.push(...broken);
    }
    await page.waitForTimeout(300);
    if (await page.evaluate(() => window.__pwned !== undefined)) problems.push('a script ran');
    if (!(await page.evaluate(() => document.documentElement.dataset.appReady))) problems.push('the app never started');
  } finally {
    await browser.close();
  }
  return { cases: count, problems: problems.length, examples: problems.slice(0, 5) };
}
