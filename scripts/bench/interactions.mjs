// Interaction latency measured by the browser's Event Timing API (input → next paint), at normal CPU and at 4×
// CDP CPU throttling; also with a synthetic dataset 100× larger (generated here, never shipped).
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

/** Every record array of a data file repeated `times` times with distinct ids. */
function inflate(json, times) {
  const out = {};
  for (const [key, list] of Object.entries(json)) {
    out[key] =
      Array.isArray(list) && key !== 'sources'
        ? list.flatMap((r) => Array.from({ length: times }, (_, k) => ({ ...r, id: k ? `${r.id}-x${k}` : r.id })))
        : list;
  }
  return out;
}

async function observe(page) {
  await page.evaluate(() => {
    window.__latencies = new Map();
    window.__longestTask = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longestTask = Math.max(window.__longestTask, e.duration);
    }).observe({ type: 'longtask' });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (!e.interactionId) continue;
        window.__latencies.set(e.interactionId, Math.max(window.__latencies.get(e.interactionId) ?? 0, e.duration));
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  });
}

const settle = (page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 50)))));

/**
 * Durations of `n` interactions; an interaction faster than 16 ms is not reported by the API and counts as 16.
 * A page that stays blocked for 20 s is reported as such instead of hanging the bench.
 */
async function collect(page, n, act) {
  await observe(page);
  for (let i = 0; i < n; i++) {
    try {
      await act(i);
      await settle(page);
    } catch {
      return { n: i, p50: Infinity, p95: Infinity, note: `page blocked for more than 20 s after ${i} interactions` };
    }
  }
  // Work a click defers (charts that came into view are drawn once the clicking stops) is over within a second.
  await page.waitForTimeout(1000);
  const reported = await page.evaluate(() => [...window.__latencies.values()]);
  const longestTask = Math.round(await page.evaluate(() => window.__longestTask));
  const values = [...reported, ...Array(Math.max(0, n - reported.length)).fill(16)];
  return { n, p50: Math.round(percentile(values, 50)), p95: Math.round(percentile(values, 95)), longestTask };
}

export async function measureInteractions(origin, { clicks }) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'],
  });
  const rows = [];
  try {
    for (const { name, rate, times } of [
      { name: 'filter 1×', rate: 1, times: 1 },
      { name: 'filter 4×', rate: 4, times: 1 },
      { name: 'filter 4×, 100× data', rate: 4, times: 100 },
    ]) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, serviceWorkers: 'block' });
      const page = await context.newPage();
      if (times > 1) {
        await page.route('**/data/*.json', async (route) => {
          const file = new URL(route.request().url()).pathname.split('/').pop();
          const json = JSON.parse(readFileSync(`public/data/${file}`, 'utf8'));
          await route.fulfill({
            contentType: 'application/json',
            body: JSON.stringify(file === 'sources.json' ? json : inflate(json, times)),
          });
        });
      }
      const loadStart = Date.now();
      try {
        await page.goto(`${origin}/?lang=en`, { timeout: 120_000 });
        await page
          .locator('[data-testid="chart-trade-total"] svg.recharts-surface')
          .first()
          .waitFor({ timeout: 120_000 });
      } catch {
        rows.push({ name, n: 0, p50: Infinity, p95: Infinity, note: 'the page did not finish loading within 120 s' });
        await context.close();
        continue;
      }
      const loadMs = Date.now() - loadStart;
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      const chips = ['trade', 'aid', 'defense', 'health'];
      const result = await collect(page, clicks, (i) =>
        page.locator(`[data-sector="${chips[i % chips.length]}"]`).click({ timeout: 20_000 }),
      );
      console.log(`  measured ${name}`);
      rows.push({
        name,
        ...result,
        note:
          [result.note, times > 1 ? `load ${(loadMs / 1000).toFixed(1)} s` : ''].filter(Boolean).join('; ') ||
          undefined,
      });
      await context.close();
    }
    for (const rate of [1, 4]) {
      const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, serviceWorkers: 'block' });
      const page = await context.newPage();
      await page.goto(`${origin}/?lang=en&present=true&slide=1`);
      await page.locator('.slide[data-active="true"]').waitFor();
      await page.waitForTimeout(500);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      const result = await collect(page, clicks, (i) => page.keyboard.press(i % 10 === 9 ? 'Home' : 'ArrowRight'));
      rows.push({ name: `slide change ${rate}×`, ...result });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return { rows };
}
