// @vitest-environment jsdom
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { prepareIdleTurns, releaseIdleTurn, takeIdleTurn } from './idle-turns.ts';

/** Lets the timers (jsdom has no requestIdleCallback: a timer stands in) and the preparation's promise run. */
const settle = async () => {
  for (let i = 0; i < 5; i++) await vi.advanceTimersByTimeAsync(500);
};

describe('idle turns', () => {
  // The module keeps its state for the page's life: one page, one sequence of steps.
  beforeAll(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] }));
  afterAll(() => vi.useRealTimers());

  it('start once the page has loaded, with no key, scroll or tap; one at a time, in order', async () => {
    let prepared = false;
    prepareIdleTurns(async () => {
      prepared = true;
    });
    const ran: string[] = [];
    takeIdleTurn(() => ran.push('a'));
    const cancelB = takeIdleTurn(() => ran.push('b'));
    takeIdleTurn(() => ran.push('c'));
    cancelB();
    // jsdom's document has loaded: no input is needed for the turns to start.
    expect(document.readyState).toBe('complete');
    await settle();
    expect(prepared).toBe(true);
    // The first turn holds the others until its owner releases it.
    expect(ran).toEqual(['a']);
    // The page's own work waits until the reader has stopped clicking for a moment (after-input-settles.ts).
    window.dispatchEvent(new Event('click'));
    releaseIdleTurn();
    await vi.advanceTimersByTimeAsync(200);
    expect(ran).toEqual(['a']);
    await settle();
    // A cancelled turn never runs.
    expect(ran).toEqual(['a', 'c']);
    releaseIdleTurn();
    await settle();
    expect(ran).toEqual(['a', 'c']);
  });

  it('a turn cancelled after it was taken from the queue passes straight on to the next', async () => {
    const ran: string[] = [];
    const cancelD = takeIdleTurn(() => ran.push('d'));
    takeIdleTurn(() => ran.push('e'));
    // Taken from the queue at once (the turns have started), then cancelled before the browser is idle.
    cancelD();
    await settle();
    expect(ran).toEqual(['e']);
    releaseIdleTurn();
  });

  it('once the page has caught up, a turn a click asks for runs at the next idle moment, without waiting', async () => {
    const ran: string[] = [];
    window.dispatchEvent(new Event('click'));
    takeIdleTurn(() => ran.push('f'));
    // The stand-in for requestIdleCallback is a 100 ms timer; waiting for the click to settle would take 300 ms.
    await vi.advanceTimersByTimeAsync(150);
    expect(ran).toEqual(['f']);
    releaseIdleTurn();
  });
});
