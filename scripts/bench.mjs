// `npm run bench`: speed and reliability figures against the budgets of the "Prove it" issue. Prints figures and
// pass/fail; it is a measurement, not a test (exit code 0 unless the bench itself breaks, or with --strict on a miss).
// Needs a build (`npm run build`); starts `vite preview` itself.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { bundleWeight } from './bundle-weight.mjs';
import { measureInteractions } from './bench/interactions.mjs';
import { runLighthouse } from './bench/lighthouse.mjs';
import { writeFloorPage } from './bench/floor.mjs';
import { urlFuzz } from './bench/url-fuzz.mjs';

// Beside the e2e ports (PREVIEW_PORT and +2), so a bench can run next to a test run.
const PORT = Number(process.env.PREVIEW_PORT ?? 4173) + 1;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const strict = process.argv.includes('--strict');
const quick = process.argv.includes('--quick');
const results = [];
const budget = (name, value, limit, unit, ok) => {
  results.push({ name, value, limit, unit, ok });
  console.log(`${ok ? 'pass' : 'FAIL'}  ${name}: ${value}${unit} (budget ${limit}${unit})`);
};

mkdirSync('bench-results', { recursive: true });
writeFloorPage('dist');

const server = spawn(
  './node_modules/.bin/vite',
  ['preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
  { stdio: 'ignore' },
);
const stop = () => server.kill();
process.on('exit', stop);
for (let i = 0; i < 100; i++) {
  try {
    if ((await fetch(ORIGIN)).ok) break;
  } catch {
    await new Promise((r) => setTimeout(r, 100));
  }
}

try {
  console.log('\n== Weight (gzip / brotli)');
  const { files, firstRouteJs } = bundleWeight('dist');
  for (const f of files.sort((a, b) => b.gzip - a.gzip).slice(0, 15)) {
    console.log(
      `  ${f.firstRoute ? 'first' : 'lazy '} ${(f.gzip / 1024).toFixed(1).padStart(7)} KB gz ${(f.brotli / 1024).toFixed(1).padStart(7)} KB br  ${f.file}`,
    );
  }
  budget('first-route JS (gzip)', +(firstRouteJs.gzip / 1024).toFixed(1), 180, ' KB', firstRouteJs.gzip <= 180 * 1024);

  console.log('\n== Lighthouse (median of 3)');
  const runs = quick ? 1 : 3;
  const lh = {};
  for (const preset of ['mobile', 'desktop']) {
    lh[preset] = await runLighthouse(`${ORIGIN}/?lang=es`, preset, runs);
    const m = lh[preset];
    console.log(
      `  ${preset}: performance ${m.performance}, accessibility ${m.accessibility}, best practices ${m.bestPractices}, SEO ${m.seo}, LCP ${m.lcp} ms, TBT ${m.tbt} ms, CLS ${m.cls}`,
    );
  }
  const floor = await runLighthouse(`${ORIGIN}/floor.html`, 'mobile', runs);
  console.log(`  floor (static HTML, same headline text, no JS), mobile: LCP ${floor.lcp} ms`);
  const m = lh.mobile;
  budget('Lighthouse mobile performance', m.performance, 98, '', m.performance >= 98);
  budget('Lighthouse mobile accessibility', m.accessibility, 100, '', m.accessibility >= 100);
  budget('Lighthouse mobile best practices', m.bestPractices, 100, '', m.bestPractices >= 100);
  budget('Lighthouse mobile SEO', m.seo, 100, '', m.seo >= 100);
  budget('CLS (mobile)', m.cls, 0.01, '', m.cls <= 0.01);
  const ratio = +(m.lcp / floor.lcp).toFixed(2);
  budget('LCP / floor LCP (mobile)', ratio, 1.2, '×', ratio <= 1.2);

  console.log('\n== Interaction latency (Event Timing: input → next paint)');
  const ia = await measureInteractions(ORIGIN, { clicks: quick ? 20 : 30 });
  for (const row of ia.rows)
    console.log(
      `  ${row.name}: p50 ${row.p50} ms, p95 ${row.p95} ms (${row.n} samples); longest main-thread task ${row.longestTask} ms${row.note ? ` — ${row.note}` : ''}`,
    );
  console.log('  (the longest task includes the charts that came into view, drawn once the clicks stop)');
  const get = (name) => ia.rows.find((r) => r.name === name);
  budget('filter p95 at 1× CPU', get('filter 1×').p95, 50, ' ms', get('filter 1×').p95 <= 50);
  budget('filter p95 at 4× CPU', get('filter 4×').p95, 120, ' ms', get('filter 4×').p95 <= 120);
  budget(
    'filter p95 at 4× CPU, 100× data',
    get('filter 4×, 100× data').p95,
    200,
    ' ms',
    get('filter 4×, 100× data').p95 <= 200,
  );

  console.log('\n== Reliability: URL fuzz (larger run)');
  const fuzz = await urlFuzz(ORIGIN, quick ? 500 : 3000);
  budget(
    `URL fuzz: ${fuzz.cases} cases, crashes + console errors + script runs`,
    fuzz.problems,
    0,
    '',
    fuzz.problems === 0,
  );

  writeFileSync(
    'bench-results/bench.json',
    JSON.stringify({ date: new Date().toISOString(), results, lighthouse: lh, floor, interactions: ia.rows }, null, 2),
  );
  const missed = results.filter((r) => !r.ok);
  console.log(`\n${results.length - missed.length} budgets met, ${missed.length} missed (bench-results/bench.json)`);
  if (strict && missed.length) process.exitCode = 1;
} finally {
  stop();
}
