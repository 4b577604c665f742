// The map of Peru's drawing time at 4× CDP CPU throttling, against its budget (50 ms), standalone: builds nothing,
// serves dist/ with `vite preview` on PREVIEW_PORT+1 (or uses BENCH_URL), loads the page N times, scrolls to the aid
// map and reads the component's own performance measures (src/components/peru-map.tsx):
//   peru-map:draw            geometry in hand → the 25 regions' paths in the document (the budgeted figure)
//   peru-map:mount-to-drawn  the map's mount → paths in the document, the geometry's fetch and parse included
// Usage: npm run build && PREVIEW_PORT=4188 node scripts/bench/map.mjs [runs=5]
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';

const BUDGET_MS = 50;
const THROTTLE = 4;
const runs = Number(process.argv[2] ?? 5);
const port = Number(process.env.PREVIEW_PORT ?? 4173) + 1;
const url = process.env.BENCH_URL ?? `http://127.0.0.1:${port}/`;

let server;
if (!process.env.BENCH_URL) {
  server = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort'], { stdio: 'ignore' });
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      if (i > 100) throw new Error(`no server at ${url}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium' });
const draw = [];
const mount = [];
try {
  for (let i = 0; i < runs; i++) {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
    await page.goto(`${url}?lang=es`);
    await page.locator('#aid-section').scrollIntoViewIfNeeded();
    await page.locator('#aid-section-title').waitFor({ timeout: 60_000 });
    await page.getByTestId('chart-aid-map').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => performance.getEntriesByName('peru-map:draw').length > 0, null, {
      timeout: 60_000,
    });
    const [d, m] = await page.evaluate(() =>
      ['peru-map:draw', 'peru-map:mount-to-drawn'].map((n) => performance.getEntriesByName(n)[0]?.duration ?? NaN),
    );
    draw.push(d);
    mount.push(m);
    await page.close();
  }
} finally {
  await browser.close();
  server?.kill();
}
const ms = (v) => `${v.toFixed(1)} ms`;
const result = median(draw);
console.log(`map draw at ${THROTTLE}× CPU, ${runs} loads: ${draw.map(ms).join(', ')}`);
console.log(`map mount → drawn (geometry fetch included): ${mount.map(ms).join(', ')}; median ${ms(median(mount))}`);
const ok = result <= BUDGET_MS;
console.log(`map draw median ${ms(result)} (budget ${BUDGET_MS} ms): ${ok ? 'pass' : 'FAIL'}`);
process.exit(ok ? 0 : 1);
