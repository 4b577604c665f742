import { chromium } from '@playwright/test';
const url = process.argv[2] ?? 'http://127.0.0.1:4174/?lang=es';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const ctx = await b.newContext({ viewport: { width: 412, height: 823 }, serviceWorkers: 'block' });
const p = await ctx.newPage();
const cdp = await ctx.newCDPSession(p);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await p.addInitScript(() => { window.__lt = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lt.push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: 'longtask', buffered: true }); });
await cdp.send('Profiler.start');
await p.goto(url); await p.waitForTimeout(7000);
const { profile } = await cdp.send('Profiler.stop');
console.log('long tasks', JSON.stringify(await p.evaluate(() => window.__lt)));
const byId = new Map(profile.nodes.map(n => [n.id, n]));
const self = new Map(); const dt = profile.timeDeltas; 
profile.samples.forEach((id, i) => { const n = byId.get(id); const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`; self.set(k, (self.get(k) ?? 0) + (dt[i] ?? 0)); });
// inclusive by function
const parent = new Map(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const incl = new Map();
profile.samples.forEach((id, i) => { const seen = new Set(); let cur = id; while (cur) { const n = byId.get(cur); const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`; if (!seen.has(k)) { incl.set(k, (incl.get(k) ?? 0) + (dt[i] ?? 0)); seen.add(k);} cur = parent.get(cur); } });
const top = (m, n) => [...m].filter(([k]) => !k.startsWith('(idle)') && !k.startsWith('(program)') && !k.startsWith('(root)')).sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${(v/1000).toFixed(0).padStart(6)} ms  ${k}`).join('\n');
console.log('--- self\n' + top(self, 25)); console.log('--- inclusive\n' + top(incl, 45));
// busy clusters: consecutive non-idle samples
let t = 0; const times = profile.samples.map((_, i) => (t += dt[i]));
const idle = (id) => ['(idle)', '(program)'].includes(byId.get(id).callFrame.functionName);
let cs = null; const clusters = [];
profile.samples.forEach((id, i) => { if (!idle(id)) { if (!cs) cs = { s: times[i], e: times[i], ids: [] }; cs.e = times[i]; cs.ids.push(id); } else if (cs && times[i] - cs.e > 3000) { clusters.push(cs); cs = null; } });
if (cs) clusters.push(cs);
for (const c of clusters.filter(c => c.e - c.s > 40000)) {
  const inc = new Map();
  for (const id of c.ids) { const seen = new Set(); let cur = id; while (cur) { const n = byId.get(cur); const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`; if (!seen.has(k)) { inc.set(k, (inc.get(k) ?? 0) + 1); seen.add(k);} cur = parent.get(cur); } }
  const wanted = [...inc].filter(([k]) => !/react-|\(root\)|\(program\)/.test(k)).sort((a,b)=>b[1]-a[1]).slice(0, 12);
  const selfc = new Map(); for (const id of c.ids) { const n = byId.get(id); const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`; selfc.set(k, (selfc.get(k) ?? 0) + 1); }
  console.log('   self:', [...selfc].sort((a,b)=>b[1]-a[1]).slice(0, 10).map(([k,v]) => `${k} ${v}`).join(' | '));
  console.log(`cluster at ${(c.s/1000).toFixed(0)} ms, ${((c.e-c.s)/1000).toFixed(0)} ms, ${c.ids.length} samples:`, wanted.map(([k,v]) => `${k} ${v}`).join(' | '));
}
await b.close();
