// Slide change timing, as a presenter's clicker makes it: a trusted key press (ArrowRight; Home from the last slide)
// at a person's rhythm (RHYTHM_MS apart), at 1× and 4× CDP CPU throttling, timed by the browser's own Event Timing
// entry for the key going down: from the key press to the next frame painted after it, the frame that shows the new
// slide (the same measure as the bench's interactions; the API reports only entries of 16 ms or more, so an entry it
// did not report took under 16 ms and counts as 16, an upper bound). A press that does not change the slide shown is
// reported, never counted. Beside it, the whole press (down and up, one interaction for the browser's INP): while the
// slide fades in, the key's release is answered by the fade's next frame, so that figure is the fade's frame rate,
// not the change's; `--reduced-motion` measures the deck without the fade, where the whole press is one frame too.
// `npm run build && PREVIEW_PORT=4192 node scripts/bench/slides.mjs` (serves dist/ on PREVIEW_PORT+1, like the bench).
// Budget: p95 ≤ one frame (16.7 ms) at 1×, ≤ 50 ms at 4×. Prints the figures and exits 1 over budget.
// SLIDE_CHANGES=n sets the presses per rate (default 40); SLIDE_TRACE=file.json writes a Chrome trace of the 4× run
// (SLIDE_TRACE_RATE=1 of the 1× run instead).
// `--floor` (or SLIDE_FLOOR=1) also measures the floor, the same presses on a bare page (dist/slides-floor.html, two
// full-screen sections and a dozen lines of script that swap them on ArrowRight/Home), and prints it beside the deck:
// what this browser on this machine takes to put any new full screen up. The budgets judge the deck only.
import { writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { percentile } from './budget.mjs';
import { servePreview } from './serve-preview.mjs';

const PORT = Number(process.env.PREVIEW_PORT ?? 4173) + 1;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const CHANGES = Number(process.env.SLIDE_CHANGES ?? 40);
const RHYTHM_MS = 1000;
const LANG = process.env.SLIDE_LANG ?? 'es';
const FLOOR = process.argv.includes('--floor') || process.env.SLIDE_FLOOR === '1';
const STILL = process.argv.includes('--reduced-motion');
if (FLOOR) writeFloorDeck('dist');
await servePreview({ port: PORT });

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});

/** Event Timing entries of interactions, kept in the page. */
const observe = (page) =>
  page.evaluate(() => {
    window.__events = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        if (e.interactionId) window.__events.push({ start: e.startTime, duration: e.duration, name: e.name });
    }).observe({ type: 'event', durationThreshold: 16 });
  });

const state = (page) =>
  page.evaluate(() => ({
    now: performance.now(),
    count: performance.interactionCount,
    slide: document.querySelector('.slide[data-active="true"]')?.getAttribute('data-slide'),
    total: document.querySelectorAll('.slide').length,
    index: [...document.querySelectorAll('.slide')].findIndex((s) => s.getAttribute('data-active') === 'true'),
  }));

async function run(page, rate, n) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const samples = [];
  const problems = [];
  for (let i = 0; i < n; i++) {
    const before = await state(page);
    await page.keyboard.press(before.index === before.total - 1 ? 'Home' : 'ArrowRight');
    // Two frames later the press has painted, whatever it took; the entry arrives with the frame it timed.
    await page.evaluate(
      () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 50)))),
    );
    const after = await state(page);
    const own = await page.evaluate((since) => window.__events.filter((e) => e.start >= since - 1), before.now);
    if (after.slide === before.slide) problems.push(`press ${i + 1}: the slide did not change`);
    else if (after.count <= before.count && own.length === 0) problems.push(`press ${i + 1}: no interaction counted`);
    else {
      // The slide changes on the key going down; the whole press (down and up) is the browser's one interaction.
      const down = own.filter((e) => e.name === 'keydown');
      samples.push({
        change: down.length ? Math.max(...down.map((e) => e.duration)) : 16,
        press: own.length ? Math.max(...own.map((e) => e.duration)) : 16,
      });
    }
    await page.waitForTimeout(RHYTHM_MS);
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await cdp.detach();
  return { samples, problems };
}

/**
 * The bare page: two full-screen sections marked as the deck marks its slides, one shown; ArrowRight shows the other,
 * Home the first. The same key presses, the same Event Timing entries, nothing else on the page.
 */
function writeFloorDeck(dist) {
  const slide = (id, bg, text) =>
    `<section class="slide" data-slide="${id}" style="background:${bg}"><h1>${text}</h1><p>US$ 3.63 mil millones</p></section>`;
  writeFileSync(
    `${dist}/slides-floor.html`,
    `<!doctype html><html lang="es"><head><meta charset="utf-8"><title>floor</title><style>
body{margin:0;font-family:system-ui,sans-serif}.slide{position:fixed;inset:0;padding:44px 80px;font-size:64px}
.slide:not([data-active="true"]){display:none}</style></head><body>
${slide('a', '#fff', 'Comercio desde el TLC')}${slide('b', '#f4f4f4', 'Inversión coreana en el Perú')}
<script>
const slides = document.querySelectorAll('.slide');
let shown = 0;
const show = (i) => { slides[shown].dataset.active = 'false'; shown = i; slides[shown].dataset.active = 'true'; };
show(0);
addEventListener('keydown', (e) => {
  if (e.key === 'ArrowRight') show((shown + 1) % slides.length);
  else if (e.key === 'Home') show(0);
});
</script></body></html>`,
  );
}

const results = [];
// The bare page right after the deck at each rate, under the same load.
const measures = [
  [1, 1000 / 60, 'deck'],
  ...(FLOOR ? [[1, undefined, 'bare page']] : []),
  [4, 50, 'deck'],
  ...(FLOOR ? [[4, undefined, 'bare page']] : []),
];
for (const [rate, budget, what] of measures) {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  if (STILL) await page.emulateMedia({ reducedMotion: 'reduce' });
  if (what === 'deck') {
    await page.goto(`${ORIGIN}/?lang=${LANG}&present=true&slide=1`);
    await page.locator('.slide[data-active="true"]').waitFor();
    await page.locator('.slide[data-slide="trade"] .recharts-symbols').first().waitFor({ state: 'attached' });
  } else {
    await page.goto(`${ORIGIN}/slides-floor.html`);
    await page.locator('.slide[data-active="true"]').waitFor();
  }
  await observe(page);
  // One loop first (fonts, images, caches), at the same rhythm but not counted.
  const total = await page.locator('.slide').count();
  await run(page, 1, total);
  const tracing = what === 'deck' && process.env.SLIDE_TRACE && rate === Number(process.env.SLIDE_TRACE_RATE ?? 4);
  if (tracing) await browser.startTracing(page, { path: process.env.SLIDE_TRACE, screenshots: false });
  const { samples, problems } = await run(page, rate, CHANGES);
  if (tracing) await browser.stopTracing();
  const changes = samples.map((s) => s.change);
  const presses = samples.map((s) => s.press);
  const row = {
    what,
    cpu: `${rate}×`,
    measured: samples.length,
    under16: changes.filter((s) => s <= 16).length,
    p50: percentile(changes, 50),
    p95: percentile(changes, 95),
    max: Math.max(...changes),
    pressP50: percentile(presses, 50),
    pressP95: percentile(presses, 95),
    budget,
    complete: samples.length === CHANGES,
  };
  results.push(row);
  const f = (v) => (v === undefined ? 'not measured' : `${v.toFixed(0)} ms`);
  console.log(
    `${what === 'deck' ? 'slide change' : 'bare page   '} at ${row.cpu} CPU, key down → next paint (Event Timing): p50 ${f(row.p50)}, p95 ${f(row.p95)}, max ${f(row.max)} (${row.measured} of ${CHANGES} measured, ${row.under16} ≤ 16 ms; ${budget === undefined ? 'the floor, no budget' : `budget p95 ≤ ${budget.toFixed(1)} ms`}); whole press, down and up: p50 ${f(row.pressP50)}, p95 ${f(row.pressP95)}`,
  );
  for (const p of problems) console.log(`  not counted: ${p}`);
  await context.close();
}
await browser.close();
if (process.env.SLIDE_RESULTS) writeFileSync(process.env.SLIDE_RESULTS, JSON.stringify(results, null, 2));
const deck = results.filter((r) => r.what === 'deck');
process.exit(deck.every((r) => r.complete && r.p95 <= r.budget) ? 0 : 1);
