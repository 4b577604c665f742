import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
const url = process.argv[2] ?? 'http://localhost:4197/?lang=es';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const ctx = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
const page = await ctx.newPage();
const cdp = await ctx.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(process.env.RATE ?? 4) });
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
await browser.startTracing(page, { path: '/tmp/loadperf-trace.json', categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
await cdp.send('Profiler.start');
await page.goto(url);
await page.waitForTimeout(Number(process.env.WAIT ?? 9000));
const { profile } = await cdp.send('Profiler.stop');
await browser.stopTracing();
const info = await page.evaluate(() => ({ ready: document.documentElement.dataset.appReady, h2: document.querySelectorAll('h2').length, nodes: document.querySelectorAll('*').length, drawn: [...document.querySelectorAll('[data-drawn="true"]')].length, y: document.querySelector('[data-testid="chart-trade-total"]')?.getBoundingClientRect().top }));
console.log(JSON.stringify(info));
await browser.close();
const { traceEvents } = JSON.parse(readFileSync('/tmp/loadperf-trace.json', 'utf8'));
const mainThread = traceEvents.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && traceEvents.some(x => x.pid === e.pid && x.name === 'FunctionCall'));
const nav = traceEvents.find((e) => e.name === 'navigationStart' && e.pid === mainThread.pid) ?? { ts: profile.startTime };
const tasks = traceEvents.filter((e) => e.pid === mainThread.pid && e.tid === mainThread.tid && e.name === 'RunTask' && e.dur > 50000).sort((a, b) => a.ts - b.ts);
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const times = []; let t = profile.startTime; for (let i = 0; i < profile.samples.length; i++) { t += profile.timeDeltas[i]; times.push(t); }
let tbt = 0;
for (const task of tasks) {
  const inside = traceEvents.filter((e) => e.pid === task.pid && e.tid === task.tid && e.ts >= task.ts && e.ts < task.ts + task.dur && e.ph === 'X');
  const by = new Map();
  for (const e of inside) if (['Layout','UpdateLayoutTree','Paint','ParseHTML','v8.evaluateModule','MinorGC','MajorGC'].includes(e.name)) by.set(e.name, (by.get(e.name) ?? 0) + e.dur / 1000);
  const incl = new Map(); let n = 0;
  for (let i = 0; i < times.length; i++) {
    if (times[i] < task.ts || times[i] > task.ts + task.dur) continue;
    n++; const seen = new Set();
    for (let id = profile.samples[i]; id !== undefined; id = parent.get(id)) {
      const cf = byId.get(id).callFrame; const name = cf.functionName;
      if (/^[A-Z][A-Za-z0-9]+$/.test(name) && !seen.has(name)) { seen.add(name); incl.set(name, (incl.get(name) ?? 0) + 1); }
    }
  }
  const selfm = new Map();
  for (let i = 0; i < times.length; i++) { if (times[i] < task.ts || times[i] > task.ts + task.dur) continue; const cf = byId.get(profile.samples[i]).callFrame; const k = `${cf.functionName||'anon'}@${cf.url.split('/').pop()}:${cf.lineNumber}`; selfm.set(k, (selfm.get(k) ?? 0) + 1); }
  const topSelf = [...selfm].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([k, v]) => `${k}:${Math.round(100 * v / Math.max(n,1))}%`).join(' ');
  const stacks = new Map();
  for (let i = 0; i < times.length; i++) { if (times[i] < task.ts || times[i] > task.ts + task.dur) continue; const chain=[]; for (let id = profile.samples[i]; id !== undefined; id = parent.get(id)) { const cf = byId.get(id).callFrame; if (cf.url) chain.push(`${cf.functionName||'anon'}@${cf.url.split('/').pop()}:${cf.lineNumber}`); } const k = chain.slice(-3).reverse().join(' > '); stacks.set(k, (stacks.get(k) ?? 0) + 1); }
  const topStacks = [...stacks].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([k, v]) => `${k}:${Math.round(100 * v / Math.max(n,1))}%`).join('\n      ');
  const top = [...incl].sort((a, b) => b[1] - a[1]).slice(0, 14).map(([k, v]) => `${k}:${Math.round(100 * v / Math.max(n,1))}%`).join(' ');
  tbt += Math.max(0, task.dur / 1000 - 50);
  console.log(Math.round((task.ts - nav.ts) / 1000), Math.round(task.dur / 1000), [...by].map(([k, v]) => `${k}=${Math.round(v)}`).join(' '), '\n    ', top, '\n    self:', topSelf, '\n    roots:', topStacks);
}
console.log('TBT-ish', Math.round(tbt));
