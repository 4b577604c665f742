// Deterministic budget, part of the test command: the first route's JavaScript must stay within 180 KB gzip.
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
process.exit(ok ? 0 : 1);
