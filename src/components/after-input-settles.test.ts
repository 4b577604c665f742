// @vitest-environment jsdom
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterInputSettles, watchInput } from './after-input-settles.ts';

const pointerDown = () => window.dispatchEvent(new Event('pointerdown'));
/** A button pressed with Enter or Space fires click; a select changed from the keyboard fires change. */
const keyboardUse = () => window.dispatchEvent(new Event('change'));
const click = () => window.dispatchEvent(new MouseEvent('click'));

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

  it('waits until the controls are left alone, then runs once', () => {
    const task = vi.fn();
    pointerDown();
    afterInputSettles(task);
    vi.advanceTimersByTime(200);
    keyboardUse();
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

  it('does not wait for scrolling or moving through the page with the keyboard', () => {
    const task = vi.fn();
    window.dispatchEvent(new Event('wheel'));
    window.dispatchEvent(new Event('scroll'));
    for (const key of ['Tab', 'ArrowDown', 'PageDown', ' '])
      window.dispatchEvent(new KeyboardEvent('keydown', { key }));
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
