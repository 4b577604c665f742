import { chromium } from '@playwright/test';
import { writeFileSync } from 'node:fs';
const url = process.argv[2] ?? 'http://localhost:4196/?lang=es';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const ctx = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
const page = await ctx.newPage();
const cdp = await ctx.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await page.addInitScript(() => {
  window.__lt = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lt.push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: 'longtask', buffered: true });
});
await cdp.send('Profiler.start');
await page.goto(url);
await page.waitForTimeout(Number(process.env.WAIT ?? 9000));
const { profile } = await cdp.send('Profiler.stop');
const lt = await page.evaluate(() => window.__lt);
const nav = await page.evaluate(() => performance.timeOrigin);
console.log('long tasks', JSON.stringify(lt), 'TBT~', lt.reduce((s, [, d]) => s + Math.max(0, d - 50), 0));
writeFileSync('/tmp/loadperf.cpuprofile', JSON.stringify(profile));
// self time per function, and per long task window
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const self = new Map();
let t = profile.startTime; // microseconds, monotonic
const startMs = profile.startTime / 1000;
const windows = lt.map(([s, d]) => ({ s, d, fns: new Map() }));
const tOrigin = (nav - performance.timeOrigin); // not used
// map profile time to performance.now: approximate via first sample offset unknown; print per-window with absolute profile time relative to start
for (let i = 0; i < profile.samples.length; i++) {
  t += profile.timeDeltas[i];
  const n = byId.get(profile.samples[i]);
  const cf = n.callFrame; const key = `${cf.functionName || '(anon)'} ${cf.url.split('/').pop()}:${cf.lineNumber}`;
  const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
  self.set(key, (self.get(key) ?? 0) + dt);
}
console.log('top self:'); [...self].sort((a, b) => b[1] - a[1]).slice(0, 40).forEach(([k, v]) => console.log(' ', v.toFixed(1), k));
await browser.close();
