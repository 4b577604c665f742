import { lazy, useState, type ComponentType } from 'react';
import { afterInputSettles, atFirstInput } from '@/components/after-input-settles.ts';
import { idle, onceCaughtUp } from '@/components/idle-turns.ts';

type Load<P> = () => Promise<{ default: ComponentType<P> }>;

/** The performance mark set once every chart module registered so far has arrived. */
export const CHARTS_LOADED = 'charts-loaded';

/** Every chart module's loader, fetched ahead in idle moments once the page has loaded. */
const loaders: Array<() => Promise<unknown>> = [];
let scheduled = false;

let inFlight = 0;

/** One module per idle moment, never while the reader is using a control, so no load competes with a click. */
function preloadInTurn() {
  const next = loaders.shift();
  if (!next) {
    scheduled = false;
    // A mark in the page's performance timeline, for tests and measurements that start once the charts can draw
    // at once.
    if (inFlight === 0) performance.mark(CHARTS_LOADED);
    return;
  }
  inFlight += 1;
  idle(() =>
    afterInputSettles(
      () =>
        void next().finally(() => {
          inFlight -= 1;
          preloadInTurn();
        }),
    ),
  );
}

function schedulePreload() {
  if (scheduled || typeof window === 'undefined') return;
  scheduled = true;
  // Not during load: the first screen never pays for the charts' code. It starts at the reader's first input (a
  // scroll, a pointer, a tap: the charts may soon be wanted) and once the page has rendered all of its sections in
  // its idle turns: two chains at most, each taking the next module, so every module is fetched once.
  atFirstInput(() => idle(preloadInTurn));
  onceCaughtUp(() => idle(preloadInTurn));
}

/**
 * A chart whose code (its module and the Recharts parts it uses) is a chunk of its own, loaded ahead of need.
 *
 * Why not `React.lazy` alone: a lazy component suspends on its first render even when its module has already
 * arrived, and React then holds the reveal of a Suspense boundary for at least 300 ms after its fallback (its
 * fallback throttle). A chart that a filter click brings near the screen (a section above it hidden) appeared
 * 300–450 ms after the click, the slowest part of a click's work. So each chart module is fetched in an idle moment
 * after load; once it has arrived, the chart renders directly in the click's own commit, with
 * no Suspense. Before that (a chart near the screen on load) it is the lazy component, inside the frame's `Suspense`
 * (`ChartSlot`).
 */
export function lazyChart<P extends object>(load: Load<P>): ComponentType<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<{ default: ComponentType<P> }> | undefined;
  const fetchModule = () =>
    (loading ??= load().then((module) => {
      loaded = module.default;
      return module;
    }));
  const Suspending = lazy(fetchModule);
  loaders.push(fetchModule);
  schedulePreload();

  function Chart(props: P) {
    // Chosen once per mount: a chart that began as the lazy one stays so, rather than mounting again on arrival.
    const [Drawn] = useState<ComponentType<P>>(() => loaded ?? Suspending);
    return <Drawn {...props} />;
  }
  return Chart;
}
