// `npm run soak`: the kiosk evening, accelerated. Runs presentation autoplay for at least 2,000 slide changes and prints
// the JS heap (after a forced garbage collection) before and after, and any console errors. A measurement, not a test.
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';

const CHANGES = Number(process.env.SOAK_CHANGES ?? 2000);
// Beside the e2e ports (PREVIEW_PORT and +2), so a soak can run next to a test run.
const PORT = Number(process.env.PREVIEW_PORT ?? 4173) + 3;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const server = spawn(
  './node_modules/.bin/vite',
  ['preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
  { stdio: 'ignore' },
);
process.on('exit', () => server.kill());
for (let i = 0; i < 100; i++) {
  try {
    if ((await fetch(ORIGIN)).ok) break;
  } catch {
    await new Promise((r) => setTimeout(r, 100));
  }
}

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'],
});
const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
const page = await context.newPage();
const errors = [];
page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning' ? errors.push(m.text()) : undefined));
page.on('pageerror', (e) => errors.push(e.message));
const cdp = await context.newCDPSession(page);
const heap = async () => {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'JSHeapUsedSize').value;
};
await cdp.send('Performance.enable');

// Warm up one full loop first, so that what is measured is steady state, not first-time caches.
await page.goto(`${ORIGIN}/?lang=es&present=true&slide=1&autoplay=0.05`);
await page.locator('.slide[data-active="true"]').waitFor();
const changes = () => page.evaluate(() => window.__slideChanges ?? 0);
await page.evaluate(() => {
  window.__slideChanges = 0;
  let last = new URL(location.href).searchParams.get('slide');
  new MutationObserver(() => {
    const now = new URL(location.href).searchParams.get('slide');
    if (now !== last) {
      window.__slideChanges += 1;
      last = now;
    }
  }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-active'] });
});
// Warm up for 100 changes (ten loops of the deck) so first-time caches are filled before measuring.
while ((await changes()) < 100) await page.waitForTimeout(200);
const before = await heap();
const started = Date.now();
const warm = await changes();
// Heap at each quarter shows whether it levels off (caches) or keeps climbing (a leak).
const stages = [];
for (const quarter of [1, 2, 3, 4]) {
  while ((await changes()) - warm < (CHANGES * quarter) / 4) await page.waitForTimeout(500);
  stages.push(await heap());
}
const after = await heap();
const done = (await changes()) - warm;
await browser.close();

const mb = (b) => (b / 1024 / 1024).toFixed(2);
const growth = ((after - before) / before) * 100;
console.log(`slide changes: ${done} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(
  `JS heap after GC: before ${mb(before)} MB, after ${mb(after)} MB, growth ${growth.toFixed(1)}% (budget 10%)`,
);
console.log(`  by quarter: ${stages.map(mb).join(' → ')} MB`);
console.log(
  `console errors and warnings: ${errors.length}${errors.length ? `\n  ${errors.slice(0, 5).join('\n  ')}` : ''}`,
);
console.log(`${growth <= 10 && errors.length === 0 ? 'pass' : 'FAIL'}  soak`);
