// Prints one closing line "N passed, N failed[, N skipped]" from the step log and the test runners' JSON
// reports; a missing report counts as a failure. Exits 1 when anything failed.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
const read = (f) => (existsSync(f) ? JSON.parse(readFileSync(f, 'utf8')) : undefined);

const steps = existsSync('reports/steps.txt') ? readFileSync('reports/steps.txt', 'utf8').trim().split('\n') : [];
for (const line of steps) {
  const [result, name] = line.split(' ');
  if (name === 'unit' || name === 'e2e') continue; // counted from their reports below
  if (result === 'pass') passed += 1;
  else {
    failed += 1;
    console.log(`failed step: ${name}`);
  }
}
const vitest = read('reports/vitest.json');
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
  skipped += vitest.numPendingTests + vitest.numTodoTests;
  if (vitest.numFailedTestSuites > 0 && vitest.numFailedTests === 0) failed += vitest.numFailedTestSuites;
} else {
  failed += 1;
  console.log('missing report: reports/vitest.json');
}
const pw = read('reports/playwright.json');
if (pw) {
  passed += pw.stats.expected + pw.stats.flaky;
  failed += pw.stats.unexpected;
  skipped += pw.stats.skipped;
  if (pw.errors?.length) failed += pw.errors.length;
} else {
  failed += 1;
  console.log('missing report: reports/playwright.json');
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
