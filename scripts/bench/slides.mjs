// Slide change timing: from the key press to the first frame painted with the new slide, at 1× and 4× CPU.
// `npm run build && PREVIEW_PORT=4192 node scripts/bench/slides.mjs` (serves dist/ on PREVIEW_PORT+1, like the bench).
// Budget: p95 ≤ one frame (16.7 ms) at 1×, ≤ 50 ms at 4×. Prints the figures and exits 1 over budget.
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';

const PORT = Number(process.env.PREVIEW_PORT ?? 4173) + 1;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const CHANGES = Number(process.env.SLIDE_CHANGES ?? 120);
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
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
const cdp = await page.context().newCDPSession(page);

/** In the page: press → (wait for the new slide to be active) → the frame after it; one duration per change. */
const measure = (n) =>
  page.evaluate(async (count) => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const active = () => document.querySelector('.slide[data-active="true"]')?.getAttribute('data-slide');
    const total = document.querySelectorAll('.slide').length;
    const times = [];
    for (let i = 0; i < count; i++) {
      await frame();
      const before = active();
      const index = [...document.querySelectorAll('.slide')].findIndex((s) => s.getAttribute('data-active') === 'true');
      const key = index === total - 1 ? 'Home' : 'ArrowRight';
      const t0 = performance.now();
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
      while (active() === before) await new Promise((r) => requestAnimationFrame(r));
      await frame();
      times.push(performance.now() - t0);
    }
    return times;
  }, n);

const p = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];
const results = [];
for (const [rate, budget] of [
  [1, 1000 / 60],
  [4, 50],
]) {
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await page.goto(`${ORIGIN}/?lang=es&present=true&slide=1`);
  await page.locator('.slide[data-active="true"]').waitFor();
  await page.locator('.slide[data-slide="trade"] .recharts-symbols').first().waitFor({ state: 'attached' });
  await measure(12); // one loop first: fonts, images and caches
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const times = await measure(CHANGES);
  const row = {
    cpu: `${rate}×`,
    changes: times.length,
    p50: p(times, 0.5),
    p95: p(times, 0.95),
    max: Math.max(...times),
    budget,
  };
  results.push(row);
  console.log(
    `slide change at ${row.cpu} CPU: p50 ${row.p50.toFixed(1)} ms, p95 ${row.p95.toFixed(1)} ms, max ${row.max.toFixed(1)} ms (${row.changes} changes; budget p95 ≤ ${budget.toFixed(1)} ms)`,
  );
}
await browser.close();
process.exit(results.every((r) => r.p95 <= r.budget) ? 0 : 1);
