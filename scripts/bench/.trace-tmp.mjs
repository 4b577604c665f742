import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
const url = process.argv[2] ?? 'http://localhost:4196/?lang=es';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const ctx = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
const page = await ctx.newPage();
const cdp = await ctx.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await browser.startTracing(page, { path: '/tmp/loadperf-trace.json', categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing'] });
await page.goto(url);
await page.waitForTimeout(Number(process.env.WAIT ?? 9000));
await browser.stopTracing();
await browser.close();
const { traceEvents } = JSON.parse(readFileSync('/tmp/loadperf-trace.json', 'utf8'));
const nav = traceEvents.find((e) => e.name === 'navigationStart' || e.name === 'NavigationStart') ?? traceEvents.find(e=>e.name==='TracingStartedInBrowser');
const t0 = nav.ts;
const main = traceEvents.filter((e) => e.name === 'RunTask' && e.dur > 50000);
// renderer main thread: pick the pid/tid that has most RunTask dur among those with FunctionCall
const tasks = main.sort((a, b) => a.ts - b.ts);
let tbt = 0;
for (const task of tasks) {
  const inside = traceEvents.filter((e) => e.pid === task.pid && e.tid === task.tid && e.ts >= task.ts && e.ts < task.ts + task.dur && e.ph === 'X' && e !== task);
  const by = new Map();
  for (const e of inside) if (['FunctionCall','EvaluateScript','v8.compile','TimerFire','FireAnimationFrame','Layout','UpdateLayoutTree','Paint','ParseHTML','EventDispatch','RunMicrotasks','v8.evaluateModule','ParseAuthorStyleSheet','PrePaint','Layerize','HitTest','MinorGC','MajorGC','V8.GCFinalizeMC','FireIdleCallback','XHRReadyStateChange','ResourceReceivedData'].includes(e.name)) by.set(e.name, (by.get(e.name) ?? 0) + e.dur / 1000);
  const fc = inside.filter(e => e.name === 'FunctionCall' || e.name==='TimerFire' || e.name==='FireIdleCallback' || e.name==='EventDispatch').slice(0,3).map(e => `${e.name}:${e.args?.data?.functionName ?? e.args?.data?.type ?? ''}@${(e.args?.data?.url ?? '').split('/').pop()}:${e.args?.data?.lineNumber ?? ''}`);
  tbt += Math.max(0, task.dur / 1000 - 50);
  console.log(Math.round((task.ts - t0) / 1000), Math.round(task.dur / 1000), [...by].map(([k, v]) => `${k}=${Math.round(v)}`).join(' '), '|', fc.join(' '));
}
console.log('TBT-ish (all long tasks)', Math.round(tbt));
