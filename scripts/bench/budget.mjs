// One budget line of the bench. Values are compared as measured (unrounded) and printed rounded; a figure that was
// not measured (undefined, NaN, ±Infinity) fails and says so, so a budget can never pass with nothing behind it.

/**
 * @param {{ name: string, value: number | undefined, limit: number, unit?: string, digits?: number,
 *   better?: 'lower' | 'higher', note?: string }} b
 */
export function judge({ name, value, limit, unit = '', digits = 0, better = 'lower', note }) {
  const measured = typeof value === 'number' && Number.isFinite(value);
  const within = (v) => (better === 'lower' ? v <= limit : v >= limit);
  const ok = measured && within(value);
  // Rounded for print, with more digits when rounding would cross the limit (50.4 against 50 prints "50.40").
  let text = measured ? value.toFixed(digits) : '';
  if (measured && within(Number(text)) !== ok) text = value.toFixed(digits + 2);
  const shown = measured ? `${text}${unit}` : 'not measured';
  const sign = better === 'lower' ? '≤' : '≥';
  const line = `${ok ? 'pass' : 'FAIL'}  ${name}: ${shown} (budget ${sign} ${limit}${unit})${note ? ` — ${note}` : ''}`;
  return { name, value: measured ? value : null, limit, unit, better, measured, ok, line };
}

/** The bench's exit code: 1 when any budget missed or was not measured. */
export const exitCode = (results) => (results.some((r) => !r.ok) ? 1 : 0);

/** The p-th percentile (nearest rank) of the values; undefined when there are none. */
export function percentile(values, p) {
  if (!values.length) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
