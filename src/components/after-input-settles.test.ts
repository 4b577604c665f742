import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterInputSettles, watchInput } from './after-input-settles.ts';

const press = () => window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight' }));
const click = () => window.dispatchEvent(new Event('pointerdown'));

describe('afterInputSettles', () => {
  // One fake clock for all tests, so that it only moves forward.
  beforeAll(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    watchInput();
  });
  afterAll(() => vi.useRealTimers());
  // Far from any earlier test's input.
  beforeEach(() => vi.advanceTimersByTime(10_000));

  it('runs at once when the reader has not clicked or typed lately', () => {
    const task = vi.fn();
    afterInputSettles(task);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('waits until clicks and key presses stop, then runs once', () => {
    const task = vi.fn();
    click();
    afterInputSettles(task);
    vi.advanceTimersByTime(200);
    press();
    vi.advanceTimersByTime(200);
    expect(task).not.toHaveBeenCalled();
    click();
    vi.advanceTimersByTime(299);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(task).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(5_000);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('does not wait for scrolling', () => {
    const task = vi.fn();
    window.dispatchEvent(new Event('wheel'));
    window.dispatchEvent(new Event('scroll'));
    afterInputSettles(task);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('never runs once cancelled', () => {
    const task = vi.fn();
    click();
    const cancel = afterInputSettles(task);
    cancel();
    vi.advanceTimersByTime(5_000);
    expect(task).not.toHaveBeenCalled();
  });
});
