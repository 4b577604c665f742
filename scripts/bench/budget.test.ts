// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { exitCode, judge, percentile } from './budget.mjs';

describe('a bench budget', () => {
  it('compares the unrounded value and prints it rounded, with the digits that show a miss', () => {
    const miss = judge({ name: 'filter p95', value: 50.4, limit: 50, unit: ' ms' });
    expect(miss.ok).toBe(false);
    expect(miss.line).toBe('FAIL  filter p95: 50.40 ms (budget ≤ 50 ms)');
    const ratio = judge({ name: 'LCP / floor', value: 1.204, limit: 1.2, unit: '×', digits: 2 });
    expect(ratio.ok).toBe(false);
    expect(ratio.line).toContain('1.2040×');
    expect(judge({ name: 'p95', value: 49.6, limit: 50, unit: ' ms' }).line).toBe('pass  p95: 50 ms (budget ≤ 50 ms)');
    expect(judge({ name: 'p95', value: 12.3, limit: 50, unit: ' ms' }).line).toBe('pass  p95: 12 ms (budget ≤ 50 ms)');
  });

  it('fails a score under a floor, however it would round', () => {
    expect(judge({ name: 'performance', value: 97.6, limit: 98, better: 'higher' }).ok).toBe(false);
    expect(judge({ name: 'performance', value: 98, limit: 98, better: 'higher' }).ok).toBe(true);
  });

  it('fails and says "not measured" when there is no figure', () => {
    for (const value of [undefined, Number.NaN, Infinity]) {
      const r = judge({ name: 'filter p95', value, limit: 50, unit: ' ms' });
      expect(r.ok).toBe(false);
      expect(r.line).toContain('not measured');
    }
  });

  it('exits 1 on any miss', () => {
    expect(exitCode([{ ok: true }, { ok: true }])).toBe(0);
    expect(exitCode([{ ok: true }, { ok: false }])).toBe(1);
  });

  it('takes percentiles by nearest rank, and none of nothing', () => {
    expect(percentile([5, 1, 3, 2, 4], 50)).toBe(3);
    expect(
      percentile(
        Array.from({ length: 20 }, (_, i) => i + 1),
        95,
      ),
    ).toBe(19);
    expect(percentile([], 95)).toBeUndefined();
  });
});
