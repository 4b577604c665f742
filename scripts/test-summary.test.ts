// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { summarize } from './test-summary.mjs';

const steps = (failing: string[] = []) =>
  ['chromium', 'lint', 'typecheck', 'data-check', 'format', 'unit', 'build', 'bundle-budget', 'e2e'].map((name) => ({
    name,
    ok: !failing.includes(name),
  }));
const vitestReport = (files: { status: string; tests: string[] }[]) => ({
  numPassedTests: files.flatMap((f) => f.tests).filter((t) => t === 'passed').length,
  numFailedTests: files.flatMap((f) => f.tests).filter((t) => t === 'failed').length,
  numPendingTests: 0,
  numTodoTests: 0,
  testResults: files.map((f, i) => ({
    name: `/repo/src/file-${i}.test.ts`,
    status: f.status,
    assertionResults: f.tests.map((status) => ({ status })),
  })),
});
const playwrightReport = (stats: { expected: number; unexpected: number }, errors: { message: string }[] = []) => ({
  stats: { expected: stats.expected, unexpected: stats.unexpected, flaky: 0, skipped: 0 },
  errors,
});
const green = {
  vitest: vitestReport([{ status: 'passed', tests: ['passed', 'passed'] }]),
  playwright: playwrightReport({ expected: 3, unexpected: 0 }),
};

describe('the closing line of the test command', () => {
  it('counts checks and tests when everything passes', () => {
    const s = summarize(steps(), green);
    expect(s.line).toBe('12 passed, 0 failed'); // 7 checks + 2 unit tests + 3 e2e tests
    expect(s.problems).toEqual([]);
  });

  it('counts a failing check once', () => {
    expect(summarize(steps(['lint']), green).line).toBe('11 passed, 1 failed');
  });

  it('counts a Vitest run that failed outside any test as a failure', () => {
    const s = summarize(steps(['unit']), green);
    expect(s.failed).toBe(1);
    expect(s.problems.join('\n')).toMatch(/unit: the step failed outside any test/);
  });

  it('counts every file that failed to load, also when tests failed elsewhere', () => {
    const vitest = vitestReport([
      { status: 'failed', tests: [] },
      { status: 'failed', tests: [] },
      { status: 'failed', tests: ['passed', 'failed'] },
    ]);
    const s = summarize(steps(['unit']), { ...green, vitest });
    expect(s.failed).toBe(3); // one failed test + two files that did not load
    expect(s.passed).toBe(7 + 1 + 3);
  });

  it('counts Playwright errors outside a test (its web server did not start) and a step failure with no report', () => {
    const playwright = playwrightReport({ expected: 0, unexpected: 0 }, [
      { message: 'Error: Timed out waiting 60000ms' },
    ]);
    expect(summarize(steps(['e2e']), { ...green, playwright }).failed).toBe(1);
    const s = summarize(steps(['e2e']), { vitest: green.vitest });
    expect(s.failed).toBe(1);
    expect(s.problems).toContain('missing report: reports/playwright.json');
  });

  it('counts failed tests and never a failing step twice', () => {
    const s = summarize(steps(['e2e']), { ...green, playwright: playwrightReport({ expected: 2, unexpected: 2 }) });
    expect(s.line).toBe('11 passed, 2 failed');
  });

  it('fails when a test step never ran', () => {
    const s = summarize(
      steps().filter((st) => st.name !== 'e2e'),
      green,
    );
    expect(s.failed).toBe(1);
    expect(s.problems).toContain('step did not run: e2e');
  });
});
