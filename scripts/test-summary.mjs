// Prints one closing line "N passed, N failed[, N skipped]" from every step's exit status and the test runners'
// JSON reports, read together: a failing step that no report explains (Vitest failing outside a test, Playwright's
// web server not starting) still counts as a failure, and so does a missing report. Exits 1 when anything failed.
// `summarize` is pure, so its rules are unit-tested (scripts/test-summary.test.ts).
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** Steps whose tests are counted from a report rather than as one check. */
const REPORTED = { unit: 'reports/vitest.json', e2e: 'reports/playwright.json' };

/**
 * @param {{ name: string, ok: boolean }[]} steps every step in the order it ran, with its exit status
 * @param {{ vitest?: any, playwright?: any }} reports the parsed JSON reports (undefined when missing)
 */
export function summarize(steps, reports) {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const problems = [];
  const fail = (count, why) => {
    failed += count;
    problems.push(why);
  };
  for (const step of steps) {
    if (step.name === 'unit' || step.name === 'e2e') continue;
    if (step.ok) passed += 1;
    else fail(1, `failed step: ${step.name}`);
  }
  for (const name of Object.keys(REPORTED)) {
    const step = steps.find((s) => s.name === name);
    if (!step) {
      fail(1, `step did not run: ${name}`);
      continue;
    }
    const counted = name === 'unit' ? countVitest(reports.vitest) : countPlaywright(reports.playwright);
    if (!counted) {
      fail(1, `missing report: ${REPORTED[name]}`);
      continue;
    }
    passed += counted.passed;
    skipped += counted.skipped;
    for (const why of counted.problems) problems.push(`${name}: ${why}`);
    failed += counted.failed;
    // The step's exit status has the last word: a failure no test explains is one more failure.
    if (!step.ok && counted.failed === 0) fail(1, `${name}: the step failed outside any test (see its log)`);
  }
  const line = `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
  return { passed, failed, skipped, problems, line };
}

/** Vitest's JSON (Jest's shape): failed tests, plus each failed file in which no test failed (it did not load). */
function countVitest(report) {
  if (!report || !Array.isArray(report.testResults)) return undefined;
  const problems = [];
  let failedFiles = 0;
  for (const file of report.testResults) {
    const tests = file.assertionResults ?? [];
    if (file.status === 'failed' && !tests.some((t) => t.status === 'failed')) {
      failedFiles += 1;
      problems.push(`file failed outside its tests: ${file.name}`);
    }
  }
  const failedTests = report.numFailedTests ?? 0;
  if (failedTests) problems.push(`${failedTests} failed test${failedTests === 1 ? '' : 's'}`);
  return {
    passed: report.numPassedTests ?? 0,
    failed: failedTests + failedFiles,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
    problems,
  };
}

/** Playwright's JSON: unexpected and flaky tests fail (there are no retries), and so does each global error. */
function countPlaywright(report) {
  if (!report?.stats) return undefined;
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats;
  const errors = report.errors ?? [];
  const problems = [];
  if (unexpected) problems.push(`${unexpected} failed test${unexpected === 1 ? '' : 's'}`);
  if (flaky) problems.push(`${flaky} flaky test${flaky === 1 ? '' : 's'}`);
  for (const e of errors) problems.push(`error outside a test: ${(e.message ?? String(e)).split('\n')[0]}`);
  return { passed: expected, failed: unexpected + flaky + errors.length, skipped, problems };
}

function main() {
  const read = (f) => {
    if (!existsSync(f)) return undefined;
    try {
      return JSON.parse(readFileSync(f, 'utf8'));
    } catch {
      return undefined; // a truncated report counts as missing
    }
  };
  const log = existsSync('reports/steps.txt') ? readFileSync('reports/steps.txt', 'utf8').trim() : '';
  const steps = log
    ? log.split('\n').map((line) => {
        const [result, name] = line.split(' ');
        return { name, ok: result === 'pass' };
      })
    : [];
  const summary = summarize(steps, { vitest: read(REPORTED.unit), playwright: read(REPORTED.e2e) });
  for (const p of summary.problems) console.log(p);
  console.log(summary.line);
  process.exit(summary.failed > 0 ? 1 : 0);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
