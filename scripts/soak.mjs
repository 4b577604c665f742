// `npm run soak`: the kiosk evening, accelerated. Runs presentation autoplay for at least 2,000 slide changes and
// compares the JS heap (after a forced garbage collection) before and after. Exits 1 when the heap grew more than
// 10%, on any console error or warning, or when the deck stops advancing; every wait has a timeout, so a hung page
// fails instead of hanging the soak. The deck is watched generically (the active slide in the page, or else the slide
// number in the URL), so it works whatever the slides are.
import { chromium } from '@playwright/test';
import { servePreview } from './bench/serve-preview.mjs';

const CHANGES = Number(process.env.SOAK_CHANGES ?? 2000);
const WARM_UP = 100;
const GROWTH_BUDGET = 10; // percent
/** The deck must move on within this long, whatever it shows. */
const STALL_MS = 20_000;
/** The whole soak's limit: at the autoplay interval below, 2,000 changes take a few minutes. */
const DEADLINE = Date.now() + Number(process.env.SOAK_MAX_MINUTES ?? 30) * 60_000;
// Beside the e2e ports (PREVIEW_PORT and +2), so a soak can run next to a test run.
const PORT = Number(process.env.PREVIEW_PORT ?? 4173) + 3;
const ORIGIN = `http://127.0.0.1:${PORT}`;

/** `promise`, or a failure naming `what` after `ms`. */
const within = (ms, promise, what) =>
  Promise.race([
    promise,
    new Promise((_, reject) => setTimeout(() => reject(new Error(`${what}: no answer within ${ms / 1000} s`)), ms)),
  ]);

const { up } = await servePreview({ port: PORT });

const failures = [];
const errors = [];
let report = {};
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'],
});
try {
  if (!up) throw new Error(`the preview server did not answer on ${ORIGIN} within 30 s`);
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning' ? errors.push(m.text()) : undefined));
  page.on('pageerror', (e) => errors.push(e.message));
  const cdp = await context.newCDPSession(page);
  await within(10_000, cdp.send('Performance.enable'), 'Performance.enable');
  const heap = async () => {
    await within(30_000, cdp.send('HeapProfiler.collectGarbage'), 'garbage collection');
    await within(30_000, cdp.send('HeapProfiler.collectGarbage'), 'garbage collection');
    const { metrics } = await within(10_000, cdp.send('Performance.getMetrics'), 'heap size');
    return metrics.find((m) => m.name === 'JSHeapUsedSize').value;
  };

  await page.goto(`${ORIGIN}/?lang=es&present=true&slide=1&autoplay=0.05`);
  await page.locator('.slide[data-active="true"]').waitFor();
  // Counts changes of the slide shown: which slide is active in the page (what the room sees), or else, for a deck
  // that marks none, the URL's slide number. One of the two, not both: the deck shows a slide before it writes the
  // URL, so a key made of both would count every change twice.
  await page.evaluate(() => {
    const key = () => {
      const active = document.querySelector('.slide[data-active="true"]');
      if (active)
        return active.getAttribute('data-slide') ?? String([...document.querySelectorAll('.slide')].indexOf(active));
      return new URL(location.href).searchParams.get('slide');
    };
    window.__slideChanges = 0;
    let last = key();
    new MutationObserver(() => {
      const now = key();
      if (now !== last) {
        window.__slideChanges += 1;
        last = now;
      }
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
  const changes = () =>
    within(
      10_000,
      page.evaluate(() => window.__slideChanges),
      'reading the slide count',
    );
  /** Waits until `target` changes, failing if the deck stands still for STALL_MS or the soak passes its deadline. */
  const advanceTo = async (target) => {
    for (let seen = await changes(); seen < target; seen = await changes()) {
      if (Date.now() > DEADLINE) throw new Error(`too slow: ${seen} of ${target} slide changes by the deadline`);
      await page
        .waitForFunction((n) => window.__slideChanges > n, seen, { timeout: STALL_MS, polling: 100 })
        .catch(() => {
          throw new Error(`the deck stopped advancing: no slide change in ${STALL_MS / 1000} s after ${seen}`);
        });
    }
  };

  // Warm up for WARM_UP changes (several loops of the deck) so first-time caches are filled before measuring.
  await advanceTo(WARM_UP);
  const before = await heap();
  const started = Date.now();
  const warm = await changes();
  // Heap at each quarter shows whether it levels off (caches) or keeps climbing (a leak).
  const stages = [];
  for (const quarter of [1, 2, 3, 4]) {
    await advanceTo(warm + (CHANGES * quarter) / 4);
    stages.push(await heap());
  }
  const after = await heap();
  report = { before, after, stages, done: (await changes()) - warm, seconds: (Date.now() - started) / 1000 };
} catch (error) {
  failures.push(error instanceof Error ? error.message.split('\n')[0] : String(error));
} finally {
  await within(30_000, browser.close(), 'closing the browser').catch(() => undefined);
}

const mb = (b) => (b / 1024 / 1024).toFixed(2);
if (report.before) {
  const growth = ((report.after - report.before) / report.before) * 100;
  console.log(`slide changes: ${report.done} in ${report.seconds.toFixed(0)} s`);
  console.log(
    `JS heap after GC: before ${mb(report.before)} MB, after ${mb(report.after)} MB, growth ${growth.toFixed(1)}% (budget ${GROWTH_BUDGET}%)`,
  );
  console.log(`  by quarter: ${report.stages.map(mb).join(' → ')} MB`);
  if (!(growth <= GROWTH_BUDGET)) failures.push(`heap grew ${growth.toFixed(2)}%, over ${GROWTH_BUDGET}%`);
} else {
  failures.push('heap not measured');
}
console.log(
  `console errors and warnings: ${errors.length}${errors.length ? `\n  ${errors.slice(0, 5).join('\n  ')}` : ''}`,
);
if (errors.length) failures.push(`${errors.length} console errors or warnings`);
for (const f of failures) console.log(`  ${f}`);
console.log(`${failures.length === 0 ? 'pass' : 'FAIL'}  soak`);
process.exit(failures.length ? 1 : 0);
