/**
 * jsdom has no ResizeObserver, and Recharts' ResponsiveContainer then never renders; report a fixed size.
 * (Only the tests that ask for jsdom have a DOM: see vitest.config.ts.)
 */
class ResizeObserverStub implements ResizeObserver {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element) {
    const contentRect = {
      x: 0,
      y: 0,
      top: 0,
      left: 0,
      bottom: 360,
      right: 800,
      width: 800,
      height: 360,
    } as DOMRectReadOnly;
    this.callback([{ target, contentRect } as ResizeObserverEntry], this);
  }
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver = ResizeObserverStub;
