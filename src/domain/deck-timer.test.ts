import { describe, expect, it } from 'vitest';
import { formatElapsed } from './deck-timer.ts';

describe('formatElapsed', () => {
  it('shows minutes and seconds, and hours once there are any', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(65_400)).toBe('1:05');
    expect(formatElapsed(3_725_000)).toBe('1:02:05');
  });
  it('never goes negative', () => {
    expect(formatElapsed(-5000)).toBe('0:00');
  });
});
