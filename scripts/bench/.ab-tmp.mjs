import { runLighthouse } from './lighthouse.mjs';
import { writeFloorPage } from './floor.mjs';
import { readFileSync } from 'node:fs';
const runs = Number(process.argv[2] ?? 3);
writeFloorPage('dist');
const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
const targets = { before: 'http://localhost:4198/?lang=es', after: 'http://localhost:4196/?lang=es', floor: 'http://localhost:4196/floor.html' };
const out = { before: [], after: [], floor: [] };
for (let i = 0; i < runs; i++) for (const [k, url] of Object.entries(targets)) {
  const r = await runLighthouse(url, 'mobile', 1);
  r.load = load(); out[k].push(r);
  console.log(k, i, JSON.stringify({ perf: r.performance, a11y: r.accessibility, tbt: Math.round(r.tbt), lcp: Math.round(r.lcp), cls: r.cls, load: r.load }));
}
const med = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
for (const k of Object.keys(out)) console.log('MEDIAN', k, JSON.stringify(Object.fromEntries(['performance', 'accessibility', 'tbt', 'lcp', 'cls'].map((m) => [m, med(out[k].map((r) => r[m]))]))));
console.log('LCP ratio before', med(out.before.map(r=>r.lcp)) / med(out.floor.map(r=>r.lcp)), 'after', med(out.after.map(r=>r.lcp)) / med(out.floor.map(r=>r.lcp)));
