import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { writeFileSync } from 'node:fs';
const url = process.argv[2] ?? 'http://localhost:4196/?lang=es';
const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless=new','--no-sandbox','--disable-gpu','--disable-dev-shm-usage','--no-first-run'] });
try {
  const r = await lighthouse(url, { port: chrome.port, logLevel: 'error', onlyCategories: ['performance'] });
  const a = r.lhr.audits;
  console.log('perf', r.lhr.categories.performance.score, 'TBT', a['total-blocking-time'].numericValue, 'LCP', a['largest-contentful-paint'].numericValue, 'FCP', a['first-contentful-paint'].numericValue, 'TTI', a['interactive']?.numericValue, 'CLS', a['cumulative-layout-shift'].numericValue);
  console.log('long tasks:'); for (const t of a['long-tasks'].details?.items ?? []) console.log(' ', Math.round(t.startTime), Math.round(t.duration), t.url);
  console.log('mainthread:'); for (const t of a['mainthread-work-breakdown'].details?.items ?? []) console.log(' ', t.groupLabel ?? t.group, Math.round(t.duration));
  console.log('bootup:'); for (const t of a['bootup-time'].details?.items ?? []) console.log(' ', t.url, Math.round(t.total), Math.round(t.scripting), Math.round(t.scriptParseCompile));
  writeFileSync('/tmp/loadperf-lhr.json', JSON.stringify(r.lhr));
} finally { await chrome.kill(); }
