// Deterministic budget, part of the test command: the first route's JavaScript must stay within 180 KB gzip, and
// the map of Peru (its lazy code and the geometry it fetches) within 60 KB gzip together.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { bundleWeight } from './bundle-weight.mjs';

const BUDGET_GZIP_KB = 180;
const { files, firstRouteJs } = bundleWeight();
const kb = (n) => (n / 1024).toFixed(1);
for (const f of files.sort((a, b) => b.gzip - a.gzip)) {
  console.log(
    `${f.firstRoute ? 'first' : 'lazy '}  ${kb(f.gzip).padStart(7)} KB gz  ${kb(f.brotli).padStart(7)} KB br  ${f.file}`,
  );
}
const ok = firstRouteJs.gzip <= BUDGET_GZIP_KB * 1024;
console.log(`first-route JS: ${kb(firstRouteJs.gzip)} KB gzip (budget ${BUDGET_GZIP_KB} KB): ${ok ? 'pass' : 'FAIL'}`);

/**
 * The map: the lazy chunk of src/components/peru-map.tsx and its CSS, the lazy chunks it imports (d3-geo,
 * topojson-client when split out, its messages), and the TopoJSON it fetches. Chunks the page loads anyway (React, the sections'
 * shared chunk) are listed, not counted. Not found = not measured = fail.
 */
const MAP_BUDGET_GZIP_KB = 60;
const STATIC_IMPORT = /(?:^|[;\n}])\s*import\s*(?:[^"'()]*?from\s*)?["']\.\/([^"']+\.js)["']/g;
function mapWeight(dist = 'dist') {
  const dir = join(dist, 'assets');
  const assets = readdirSync(dir);
  const entry = assets.filter((f) => /^peru-map-[\w-]+\.js$/.test(f));
  const geometry = assets.filter((f) => /^peru-regions\.topo-[\w-]+\.json$/.test(f));
  if (entry.length !== 1 || geometry.length !== 1) return undefined;
  const imports = new Map(
    assets
      .filter((f) => f.endsWith('.js'))
      .map((f) => [f, [...readFileSync(join(dir, f), 'utf8').matchAll(STATIC_IMPORT)].map((m) => m[1])]),
  );
  const reachable = new Set();
  const visit = (file) => {
    if (reachable.has(file)) return;
    reachable.add(file);
    for (const dep of imports.get(file) ?? []) visit(dep);
  };
  visit(entry[0]);
  // A chunk is the map's own when every chunk importing it is the map's own.
  const own = new Set([entry[0]]);
  for (let grew = true; grew;) {
    grew = false;
    for (const file of reachable) {
      if (own.has(file)) continue;
      const importers = [...imports].filter(([, deps]) => deps.includes(file)).map(([f]) => f);
      if (importers.length > 0 && importers.every((f) => own.has(f))) {
        own.add(file);
        grew = true;
      }
    }
  }
  // Conservative: a lazy chunk the map shares (map messages, d3-array) counts too, unless it is the sections' own
  // chunk, which the page has loaded before the map can come near.
  const firstRoute = new Set(files.filter((f) => f.firstRoute).map((f) => f.file.replace(/^assets\//, '')));
  for (const file of reachable) if (!firstRoute.has(file) && !/^below-the-fold-/.test(file)) own.add(file);
  const gz = (file) => gzipSync(readFileSync(join(dir, file)), { level: 9 }).length;
  const css = assets.filter((f) => /^peru-map-[\w-]+\.css$/.test(f));
  return {
    counted: [...own, ...css, geometry[0]].map((file) => ({ file, gzip: gz(file) })),
    shared: [...reachable].filter((f) => !own.has(f)).map((file) => ({ file, gzip: gz(file) })),
  };
}
const map = mapWeight();
let mapOk = false;
if (!map)
  console.log(`map (code + geometry): not found in dist/assets, not measured (budget ${MAP_BUDGET_GZIP_KB} KB): FAIL`);
else {
  const total = map.counted.reduce((n, f) => n + f.gzip, 0);
  mapOk = total <= MAP_BUDGET_GZIP_KB * 1024;
  for (const f of map.counted) console.log(`map    ${kb(f.gzip).padStart(7)} KB gz  assets/${f.file}`);
  // Chunks of the first route are not worth listing again.
  for (const f of map.shared.filter((f) => !files.some((g) => g.firstRoute && g.file === `assets/${f.file}`)))
    console.log(`shared ${kb(f.gzip).padStart(7)} KB gz  assets/${f.file} (loaded by the page anyway)`);
  console.log(
    `map (code + geometry): ${kb(total)} KB gzip (budget ${MAP_BUDGET_GZIP_KB} KB): ${mapOk ? 'pass' : 'FAIL'}`,
  );
}
process.exit(ok && mapOk ? 0 : 1);
