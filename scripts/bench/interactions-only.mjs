// The filter interactions of the bench alone (no build, no Lighthouse): `npm run build`, then
// `PREVIEW_PORT=4173 node scripts/bench/interactions-only.mjs [--clicks 30] [--rows "filter 4×,filter 1×"] [--detail]
// [--dist other-build]`.
// Serves dist/ on PREVIEW_PORT+1 like the bench; prints the same figures and the machine's load average.
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { measureInteractions } from './interactions.mjs';
import { servePreview } from './serve-preview.mjs';

const { values } = parseArgs({
  options: {
    clicks: { type: 'string', default: '30' },
    rows: { type: 'string', default: 'filter 1×,filter 4×,filter 4×, 100× data' },
    detail: { type: 'boolean', default: false },
    /** Another build to serve (to compare two builds in the same conditions). */
    dist: { type: 'string', default: 'dist' },
  },
});
// Row names contain ", " themselves ("filter 4×, 100× data"): split only before "filter" or "slide".
const only = values.rows.split(/,(?=\s*(?:filter|slide))/).map((s) => s.trim());
const PORT = Number(process.env.PREVIEW_PORT ?? 4173) + 1;
const ORIGIN = `http://127.0.0.1:${PORT}`;
await servePreview({ port: PORT, outDir: values.dist });

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
console.log(`load average before: ${load()}`);
const detail = values.detail
  ? (row, d) => {
      const where = d.where.length > 8 ? [...d.where.slice(0, 3), '…', ...d.where.slice(-5)] : d.where;
      console.log(
        `  ${row} #${d.i + 1} ${d.url}: paint ${d.paint.toFixed(0)}, settled ${d.settled.toFixed(0)}, last long task ${d.lastTask.toFixed(0)}`,
      );
      for (const w of where) console.log(`      ${w}`);
    }
  : undefined;
const { rows } = await measureInteractions(ORIGIN, { clicks: Number(values.clicks), only, detail });
const f = (v) => (v === undefined ? 'not measured' : `${v.toFixed(0)} ms`);
for (const r of rows) {
  console.log(
    `${r.name}: ${r.n} of ${r.asked}; next paint p50 ${f(r.paintP50)}, p95 ${f(r.paintP95)} (${r.under16 ?? 0} under 16); settled p50 ${f(r.settledP50)}, p95 ${f(r.settledP95)}${r.note ? `; ${r.note}` : ''}`,
  );
  for (const p of r.problems ?? []) console.log(`  not counted: ${p}`);
}
console.log(`load average after: ${load()}`);
process.exit(0);
