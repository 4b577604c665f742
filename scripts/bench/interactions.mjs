// Interactions at a person's rhythm: a filter change (a sector chip clicked, a year stepped with the keyboard)
// at least a second after the last one settled, at 1× and 4× CDP CPU throttling, and with a synthetic dataset
// 100× larger (generated here, never shipped). Two figures per interaction:
// - input → next paint: the browser's Event Timing entry for that very interaction (found by its time; the API
//   reports only entries of 16 ms or more, so an interaction it counted with no entry took under 16 ms and counts
//   as 16, an upper bound; an interaction the browser did not count at all is not measured);
// - input → settled: the last change to the page (every chart on screen redrawn, sections shown or hidden) or the
//   end of the last long task, whichever is later, once the main thread has been quiet for QUIET_MS.
// Each interaction must change the URL and the page; one that does not is reported, never counted.
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { percentile } from './budget.mjs';

const QUIET_MS = 500;
const RHYTHM_MS = 1000;

/** Every record array of a data file repeated `times` times with distinct ids. */
function inflate(json, times) {
  const out = {};
  for (const [key, list] of Object.entries(json)) {
    out[key] =
      Array.isArray(list) && key !== 'sources'
        ? list.flatMap((r) => Array.from({ length: times }, (_, k) => ({ ...r, id: k ? `${r.id}-x${k}` : r.id })))
        : list;
  }
  return out;
}

/** Observers in the page: Event Timing entries, long tasks, changes to the page and the time of each input. */
async function observe(page, detailed) {
  await page.evaluate((detailed) => {
    const b = { events: [], lastChange: 0, changes: 0, lastTaskEnd: 0, inputAt: 0, where: [] };
    // Where a change happened: the nearest chart frame, else section, else the element (for --detail only).
    const place = (node) => {
      const el = node.nodeType === 1 ? node : node.parentElement;
      const frame = el?.closest?.('[data-testid^="chart-"]');
      const section = el?.closest?.('section[id], .render-when-near, .filter-bar');
      const what = el?.closest?.('.findable') ? 'findable' : (el?.className?.baseVal ?? el?.className ?? el?.tagName);
      return `${frame?.dataset.testid ?? ''}@${section?.id || section?.className || el?.tagName} ${String(what).slice(0, 30)}`;
    };
    window.__bench = b;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.lastTaskEnd = Math.max(b.lastTaskEnd, e.startTime + e.duration);
    }).observe({ type: 'longtask' });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        if (e.interactionId)
          b.events.push({ id: e.interactionId, name: e.name, start: e.startTime, duration: e.duration });
    }).observe({ type: 'event', durationThreshold: 16 });
    // The frame after a change is when it paints.
    new MutationObserver((records) => {
      b.changes += 1;
      // Only when asked: finding the place costs the page a little time on every change.
      if (detailed) b.where.push([performance.now(), place(records[records.length - 1].target)]);
      requestAnimationFrame(() => (b.lastChange = Math.max(b.lastChange, performance.now())));
    }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    for (const type of ['pointerdown', 'keydown'])
      addEventListener(type, (e) => (b.inputAt = e.timeStamp), { capture: true });
  }, detailed);
}

/**
 * Runs `act` `n` times at a person's rhythm and returns both figures per interaction, or why one was not measured.
 * `changedBy`: the event whose entry times the change (a slide changes on `keydown`); the whole interaction (down
 * and up, as the browser's INP counts it) is then reported beside it as `press`.
 */
async function collect(page, n, act, detail, changedBy) {
  await observe(page, Boolean(detail));
  const samples = [];
  const problems = [];
  for (let i = 0; i < n; i++) {
    const before = await page.evaluate(() => {
      const b = window.__bench;
      b.changes = 0;
      b.inputAt = 0;
      b.where = [];
      return { url: location.search, now: performance.now(), count: performance.interactionCount };
    });
    try {
      await act(i);
      // Settled: QUIET_MS with no change to the page and no long task (the poll itself runs only when it is free).
      await page.waitForFunction(
        (quiet) => {
          const b = window.__bench;
          return b.inputAt > 0 && performance.now() - Math.max(b.inputAt, b.lastChange, b.lastTaskEnd) >= quiet;
        },
        QUIET_MS,
        { timeout: 30_000, polling: 50 },
      );
    } catch {
      problems.push(`interaction ${i + 1}: the page did not settle within 30 s`);
      break;
    }
    const after = await page.evaluate(
      ([since, changedBy]) => {
        const b = window.__bench;
        const own = b.events.filter((e) => e.start >= since - 1);
        return {
          url: location.search,
          changes: b.changes,
          count: performance.interactionCount,
          paint: own.length ? Math.max(...own.map((e) => e.duration)) : undefined,
          change: own.some((e) => e.name === changedBy)
            ? Math.max(...own.filter((e) => e.name === changedBy).map((e) => e.duration))
            : undefined,
          settled: Math.max(b.lastChange, b.lastTaskEnd) - b.inputAt,
          inputAt: b.inputAt,
          lastTask: b.lastTaskEnd - b.inputAt,
          where: b.where.filter(([t]) => t >= b.inputAt).map(([t, w]) => `${Math.round(t - b.inputAt)} ${w}`),
        };
      },
      [before.now, changedBy],
    );
    if (after.url === before.url) problems.push(`interaction ${i + 1}: the URL did not change`);
    else if (after.changes === 0) problems.push(`interaction ${i + 1}: the page did not change`);
    else if (after.count <= before.count && after.paint === undefined)
      problems.push(`interaction ${i + 1}: the browser counted no interaction`);
    else {
      const press = after.paint ?? 16;
      // An interaction counted with no entry of the changing event took under 16 ms for it (an upper bound).
      const entry = changedBy ? after.change : after.paint;
      const paint = entry ?? 16;
      // The page cannot have settled before the interaction's own next paint.
      samples.push({ paint, press, settled: Math.max(paint, after.settled), under16: entry === undefined });
      if (detail)
        detail({ i, url: after.url, paint, settled: after.settled, lastTask: after.lastTask, where: after.where });
    }
    // A person's rhythm: the next input at least a second after this one.
    const wait = RHYTHM_MS - (await page.evaluate((t) => performance.now() - t, after.inputAt));
    if (wait > 0) await page.waitForTimeout(wait);
  }
  const paints = samples.map((s) => s.paint);
  const presses = samples.map((s) => s.press);
  const settles = samples.map((s) => s.settled);
  return {
    n: samples.length,
    asked: n,
    under16: samples.filter((s) => s.under16).length,
    paintP50: percentile(paints, 50),
    paintP95: percentile(paints, 95),
    pressP50: percentile(presses, 50),
    pressP95: percentile(presses, 95),
    settledP50: percentile(settles, 50),
    settledP95: percentile(settles, 95),
    // A figure over fewer interactions than asked is not a measurement of what was asked.
    complete: samples.length === n,
    problems,
  };
}

/**
 * The filter interactions, varied: sector chips on and off in turn, and the first and last year stepped with the
 * arrow keys (a trusted key press, so the browser's Event Timing sees it, unlike a scripted change).
 */
function filterAction(page) {
  const chips = ['defense', 'aid', 'health', 'trade', 'education', 'culture', 'investment', 'digital'];
  const years = [
    ['#filter-from', 'ArrowDown'],
    ['#filter-to', 'ArrowUp'],
    ['#filter-from', 'ArrowUp'],
    ['#filter-to', 'ArrowDown'],
  ];
  return async (i) => {
    if (i % 3 === 2) {
      const [select, key] = years[Math.floor(i / 3) % years.length];
      await page.locator(select).focus();
      await page.keyboard.press(key);
    } else {
      const sector = chips[(i - Math.floor(i / 3)) % chips.length];
      await page.locator(`[data-sector="${sector}"]`).click({ timeout: 20_000 });
    }
  };
}

/**
 * `only`: names of the rows to measure (all when absent); `detail`: told each counted interaction with where the page
 * changed after it (ms after the input, and the chart or section), for finding what a figure is made of.
 */
export async function measureInteractions(origin, { clicks, only, detail }) {
  const wanted = (name) => !only || only.includes(name);
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'],
  });
  const rows = [];
  try {
    for (const { name, rate, times } of [
      { name: 'filter 1×', rate: 1, times: 1 },
      { name: 'filter 4×', rate: 4, times: 1 },
      { name: 'filter 4×, 100× data', rate: 4, times: 100 },
    ].filter((row) => wanted(row.name))) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, serviceWorkers: 'block' });
      const page = await context.newPage();
      if (times > 1) {
        await page.route('**/data/*.json', async (route) => {
          const file = new URL(route.request().url()).pathname.split('/').pop();
          const json = JSON.parse(readFileSync(`public/data/${file}`, 'utf8'));
          await route.fulfill({
            contentType: 'application/json',
            body: JSON.stringify(file === 'sources.json' ? json : inflate(json, times)),
          });
        });
      }
      const loadStart = Date.now();
      try {
        // Years inside the trade series, so that each step redraws the trade chart.
        await page.goto(`${origin}/?lang=en&from=2008&to=2020`, { timeout: 120_000 });
        await page
          .locator('[data-testid="chart-trade-total"] svg.recharts-surface')
          .first()
          .waitFor({ timeout: 120_000 });
      } catch {
        rows.push({ name, n: 0, asked: clicks, complete: false, problems: ['the page did not load within 120 s'] });
        await context.close();
        continue;
      }
      // The page renders its sections and their tables on its own once loaded (idle-turns.ts, for find-in-page):
      // a reader's clicks are measured once that is over, so that "settled" holds the click's work, not the page's
      // loading. A page that has not finished in 120 s is measured anyway, and says so.
      const loaded = await page
        .waitForFunction(
          () =>
            document.querySelectorAll('.render-when-near').length === 0 &&
            [...document.querySelectorAll('.findable')].every((f) => f.childElementCount > 0),
          undefined,
          { timeout: 120_000, polling: 250 },
        )
        .then(() => true)
        .catch(() => false);
      const loadMs = Date.now() - loadStart;
      // The filter bar and the trade chart on screen, as a reader using the filter sees them.
      await page.locator('.filter-bar').scrollIntoViewIfNeeded();
      // That scroll is the reader's first input, which makes the trade chart interactive (trade-chart-slot.tsx): the
      // first click comes a person's rhythm after it, like every other, not in the middle of its work.
      await page.waitForTimeout(RHYTHM_MS);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      const result = await collect(page, clicks, filterAction(page), detail && ((d) => detail(name, d)));
      console.log(`  measured ${name}`);
      const note = [times > 1 && `load ${(loadMs / 1000).toFixed(1)} s`, !loaded && 'sections still loading']
        .filter(Boolean)
        .join('; ');
      rows.push({ name, ...result, note: note || undefined });
      await context.close();
    }
    for (const rate of [1, 4].filter((r) => wanted(`slide change ${r}×`))) {
      const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, serviceWorkers: 'block' });
      const page = await context.newPage();
      await page.goto(`${origin}/?lang=en&present=true&slide=1`);
      await page.locator('.slide[data-active="true"]').waitFor();
      await page.waitForTimeout(500);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      // Forward through the deck, back to the start from the last slide (the URL's slide number changes each time).
      const slides = await page.locator('.slide').count();
      // The slide changes on the key going down: that entry times the change the room sees. The key coming up is
      // the same interaction for the browser (INP) and is reported beside it: while the slide fades in, the release
      // is answered by the fade's next frame, whatever the deck does (under reduced motion, with no fade, the whole
      // press takes one frame; slides.mjs measures both).
      const result = await collect(
        page,
        clicks,
        (i) => page.keyboard.press(i % slides === slides - 1 ? 'Home' : 'ArrowRight'),
        undefined,
        'keydown',
      );
      console.log(`  measured slide change ${rate}×`);
      rows.push({ name: `slide change ${rate}×`, ...result });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return { rows };
}
