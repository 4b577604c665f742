// Where mobile Lighthouse's Total Blocking Time comes from: runs Lighthouse (mobile, as the bench does) and names
// each main-thread task of the load that is long enough to count once slowed down 4× (≥ 12 ms here), by what ran
// inside it (script evaluation of which file, which timer or callback, React's work, style and layout, parsing).
// Measuring only: it changes no budget. Needs a build; serves it itself on PREVIEW_PORT+1 like the bench.
// With --profile it also samples the JavaScript (V8's CPU profiler, which slows scripts a little) and names the
// functions that ran in each task, through the build's source maps when there are any (`vite build --sourcemap
// --outDir /tmp/dist-profile --emptyOutDir`, then `--dist=/tmp/dist-profile`: outside the project, which lint and
// prettier read).
//   node scripts/bench/lighthouse-detail.mjs [--runs=3] [--path=/?lang=es] [--save=dir] [--profile] [--dist=dist]
import { mkdirSync, writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { servePreview } from './serve-preview.mjs';

const arg = (name, fallback) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const runs = Number(arg('runs', '3'));
const path = arg('path', '/?lang=es');
const save = arg('save', '');
const profile = process.argv.includes('--profile');
const dist = arg('dist', 'dist');
const PORT = Number(process.env.PREVIEW_PORT ?? 4173) + 1;
const ORIGIN = `http://127.0.0.1:${PORT}`;
/** A task this long (real ms) counts towards TBT once Lighthouse slows the CPU down 4×. */
const COUNTS_MS = 12.5;

const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'];

/** Top-level tasks of the page's main thread, each with what ran inside it (by self time). */
function tasksOf(trace) {
  const events = trace.traceEvents;
  const start = events.find((e) => e.name === 'TracingStartedInBrowser');
  const frame = start?.args?.data?.frames?.find((f) => !f.parent)?.frame;
  const navStart = events.find(
    (e) =>
      e.name === 'navigationStart' && e.args?.frame === frame && e.args?.data?.documentLoaderURL?.startsWith('http'),
  );
  const fcp = events.find((e) => e.name === 'firstContentfulPaint' && e.args?.frame === frame);
  const pid = navStart?.pid;
  const mainTid = events.find(
    (e) => e.pid === pid && e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
  )?.tid;
  const onMain = events.filter((e) => e.pid === pid && e.tid === mainTid && e.ph === 'X' && e.dur !== undefined);
  const tops = onMain.filter((e) => e.name === 'RunTask' && e.dur >= COUNTS_MS * 1000);
  const t0 = navStart.ts;
  return {
    fcp: fcp ? (fcp.ts - t0) / 1000 : NaN,
    tasks: tops.map((task) => {
      const inside = onMain.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur);
      const labelled = inside
        .filter((e) =>
          [
            'EvaluateScript',
            'v8.compile',
            'v8.compileModule',
            'v8.evaluateModule',
            'FunctionCall',
            'TimerFire',
            'FireIdleCallback',
            'FireAnimationFrame',
            'EventDispatch',
            'ParseHTML',
            'Layout',
            'UpdateLayoutTree',
            'Paint',
            'PrePaint',
            'Layerize',
            'MajorGC',
            'MinorGC',
            'V8.GC_SCAVENGER',
            'ResourceReceivedData',
            'XHRReadyStateChange',
            'v8.run',
            'RunMicrotasks',
            'HTMLDocumentParser::ParseHTML',
            'ParseAuthorStyleSheet',
          ].includes(e.name),
        )
        .map((e) => {
          const d = e.args?.data ?? {};
          const where = d.url || d.fileName || d.functionName || d.type || '';
          return `${e.name}${where ? `(${String(where).replace(ORIGIN, '').slice(0, 60)}${d.functionName && d.url ? ` ${d.functionName}:${d.lineNumber}` : ''})` : ''} ${(e.dur / 1000).toFixed(1)}`;
        });
      return {
        at: (task.ts - t0) / 1000,
        ms: task.dur / 1000,
        inside: labelled.slice(0, 14),
      };
    }),
  };
}

/** The CPU profile's samples: [time since navigation (ms), stack of frames leaf first]. */
async function samplesOf(trace) {
  const events = trace.traceEvents;
  const { SourceMapConsumer } = await import('source-map');
  const { existsSync, readFileSync } = await import('node:fs');
  const maps = new Map();
  const mapOf = async (url) => {
    const file = `${dist}${new URL(url).pathname}.map`;
    if (!maps.has(file))
      maps.set(file, existsSync(file) ? await new SourceMapConsumer(JSON.parse(readFileSync(file, 'utf8'))) : null);
    return maps.get(file);
  };
  const navStart = events.find(
    (e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.startsWith('http'),
  );
  const mainTid = events.find(
    (e) => e.pid === navStart.pid && e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
  )?.tid;
  const nodes = new Map();
  const out = [];
  // The page's main thread only (its workers and the service worker have profiles of their own).
  for (const profileEvent of events.filter(
    (e) => e.name === 'Profile' && e.pid === navStart.pid && e.tid === mainTid,
  )) {
    let time = profileEvent.args.data.startTime;
    for (const chunk of events.filter(
      (e) => e.name === 'ProfileChunk' && e.id === profileEvent.id && e.pid === profileEvent.pid,
    )) {
      const cpu = chunk.args.data.cpuProfile ?? {};
      for (const n of cpu.nodes ?? []) nodes.set(`${profileEvent.id}:${n.id}`, n);
      const deltas = chunk.args.data.timeDeltas ?? [];
      (cpu.samples ?? []).forEach((id, i) => {
        time += deltas[i] ?? 0;
        out.push([(time - navStart.ts) / 1000, `${profileEvent.id}:${id}`]);
      });
    }
  }
  const names = new Map();
  const nameOf = async (key) => {
    if (names.has(key)) return names.get(key);
    const { callFrame: f } = nodes.get(key);
    let name = f.functionName || '(anonymous)';
    if (f.url?.startsWith(ORIGIN)) {
      const map = await mapOf(f.url);
      const pos = map?.originalPositionFor({ line: f.lineNumber + 1, column: f.columnNumber });
      name = pos?.source
        ? `${pos.name ?? name} ${pos.source.replace(/^(\.\.\/)+/, '').replace('node_modules/', '')}:${pos.line}`
        : `${name} ${f.url.replace(ORIGIN, '')}:${f.lineNumber}`;
    }
    names.set(key, name);
    return name;
  };
  const stacks = [];
  for (const [at, key] of out) {
    const stack = [];
    for (let k = key; k;) {
      const n = nodes.get(k);
      if (!n) break;
      stack.push(await nameOf(k));
      k = n.parent ? `${k.split(':')[0]}:${n.parent}` : undefined;
    }
    stacks.push([at, stack]);
  }
  return stacks;
}

/** What ran in a task: the functions most often on top of the stack, and our own code nearest the top. */
function attribute(samples, task) {
  const inTask = samples.filter(([at, stack]) => at >= task.at && at <= task.at + task.ms && stack[0] !== '(idle)');
  if (!inTask.length) return [];
  const count = (pick) => {
    const c = new Map();
    for (const [, stack] of inTask) {
      const k = pick(stack);
      if (k) c.set(k, (c.get(k) ?? 0) + 1);
    }
    return [...c].sort((a, b) => b[1] - a[1]).slice(0, 6);
  };
  const pct = (n) => `${Math.round((100 * n) / inTask.length)}%`;
  const self = count((s) => s[0]);
  const ours = count((s) => s.find((f) => /[ /]src\//.test(f)) ?? '(no app frame)');
  const lib = count(
    (s) => s.find((f) => /(react-dom|recharts|i18next|tanstack|zod|nuqs|scheduler)/.test(f)) ?? '(other)',
  );
  return [
    `samples ${inTask.length}; self: ${self.map(([k, n]) => `${k} ${pct(n)}`).join(' | ')}`,
    `app frame: ${ours.map(([k, n]) => `${k} ${pct(n)}`).join(' | ')}`,
    `library frame: ${lib.map(([k, n]) => `${k} ${pct(n)}`).join(' | ')}`,
  ];
}

const preview = await servePreview({ port: PORT, outDir: dist });
if (save) mkdirSync(save, { recursive: true });
const rows = [];
try {
  for (let i = 0; i < runs; i++) {
    const chrome = await chromeLauncher.launch({
      chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      chromeFlags: FLAGS,
    });
    try {
      const result = await lighthouse(`${ORIGIN}${path}`, {
        port: chrome.port,
        logLevel: 'error',
        onlyCategories: ['performance'],
        ...(profile ? { additionalTraceCategories: 'disabled-by-default-v8.cpu_profiler' } : {}),
      });
      const { lhr, artifacts } = result;
      const a = lhr.audits;
      const row = {
        performance: lhr.categories.performance.score * 100,
        fcp: a['first-contentful-paint'].numericValue,
        lcp: a['largest-contentful-paint'].numericValue,
        tbt: a['total-blocking-time'].numericValue,
        cls: a['cumulative-layout-shift'].numericValue,
        si: a['speed-index'].numericValue,
        tti: a.interactive?.numericValue,
      };
      rows.push(row);
      const load = (await import('node:os'))
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ');
      console.log(
        `\nrun ${i + 1} (load ${load}): performance ${row.performance.toFixed(0)}, FCP ${row.fcp.toFixed(0)}, LCP ${row.lcp.toFixed(0)}, TBT ${row.tbt.toFixed(0)}, CLS ${row.cls.toFixed(3)}, SI ${row.si.toFixed(0)}, TTI ${row.tti?.toFixed(0)}`,
      );
      console.log('  Lighthouse long tasks (simulated ms):');
      for (const t of a['long-tasks']?.details?.items ?? [])
        console.log(
          `    ${String(t.url).replace(ORIGIN, '')} start ${t.startTime?.toFixed(0)} dur ${t.duration.toFixed(0)}`,
        );
      console.log('  bootup-time (ms, simulated):');
      for (const t of (a['bootup-time']?.details?.items ?? []).slice(0, 6))
        console.log(
          `    ${String(t.url).replace(ORIGIN, '')} total ${t.total.toFixed(0)} script ${t.scripting.toFixed(0)} parse ${t.scriptParseCompile.toFixed(0)}`,
        );
      const trace = artifacts.Trace ?? artifacts.traces?.defaultPass;
      if (trace) {
        const { fcp, tasks } = tasksOf(trace);
        console.log(`  real tasks ≥ ${COUNTS_MS} ms (observed FCP ${fcp.toFixed(0)} ms):`);
        const samples = profile ? await samplesOf(trace) : undefined;
        for (const t of tasks) {
          console.log(`    at ${t.at.toFixed(0)} ms: ${t.ms.toFixed(1)} ms${t.at < fcp ? ' (before FCP)' : ''}`);
          for (const line of t.inside) console.log(`        ${line}`);
          if (samples) for (const line of attribute(samples, t)) console.log(`        ${line}`);
        }
        if (save) writeFileSync(`${save}/trace-${i + 1}.json`, JSON.stringify(trace));
      }
      if (save) writeFileSync(`${save}/lhr-${i + 1}.json`, JSON.stringify(lhr));
    } finally {
      await chrome.kill();
    }
  }
} finally {
  preview.stop();
}
const median = (k) => [...rows.map((r) => r[k])].sort((x, y) => x - y)[Math.floor(rows.length / 2)];
console.log(
  `\nmedian of ${rows.length}: performance ${median('performance').toFixed(0)}, FCP ${median('fcp').toFixed(0)}, LCP ${median('lcp').toFixed(0)}, TBT ${median('tbt').toFixed(0)}, CLS ${median('cls').toFixed(3)}`,
);
