import {
  createContext,
  createElement,
  startTransition,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import {
  parseAsArrayOf,
  parseAsBoolean,
  parseAsFloat,
  parseAsInteger,
  parseAsString,
  parseAsStringLiteral,
  useQueryState,
  useQueryStates,
} from 'nuqs';
import { LOCALES, SECTORS } from '@/data/vocabulary.ts';
import { normalizeYearRange, type ViewFilter } from '@/domain/filters.ts';
import { SectionsMovingContext, useSectionsMovingFor } from './sections-moving.ts';

/**
 * The view lives in the URL so a link reproduces it. Each parameter has a parser that turns anything
 * unknown or malformed into "absent" (then its default), so an old or mangled link still opens.
 */
export const THEMES = ['light', 'dark', 'projector'] as const;
export type Theme = (typeof THEMES)[number];

export const viewParsers = {
  lang: parseAsStringLiteral(LOCALES),
  sectors: parseAsArrayOf(parseAsStringLiteral(SECTORS)).withDefault([]),
  from: parseAsInteger,
  to: parseAsInteger,
  theme: parseAsStringLiteral(THEMES),
  /** Charts shown as tables, by chart id. */
  table: parseAsArrayOf(parseAsString).withDefault([]),
  /** Presentation mode, its slide (1-based) and autoplay interval in seconds. */
  present: parseAsBoolean.withDefault(false),
  slide: parseAsInteger,
  autoplay: parseAsFloat,
  /** One chart alone, for an <iframe> on another site (`?embed=trade-total`): a chart id, else absent. */
  embed: parseAsString,
};

/** What a chart id looks like: anything else in `?embed=` is ignored (the page opens whole). */
const CHART_ID = /^[a-z0-9-]{1,60}$/;

/** The chart id of `?embed=`, or null: read once, as the page is laid out for it from the first paint. */
export function embeddedChart(search: string = typeof location === 'undefined' ? '' : location.search): string | null {
  const id = new URLSearchParams(search).get('embed');
  return id !== null && CHART_ID.test(id) ? id : null;
}

/** The URL that shows one chart alone, with the view's language, filter and theme. */
export function embedUrl(pageUrl: string, chartId: string): string {
  const url = new URL(pageUrl);
  const params = new URLSearchParams();
  params.set('embed', chartId);
  for (const key of ['lang', 'sectors', 'from', 'to', 'theme']) {
    const value = url.searchParams.get(key);
    if (value) params.set(key, value);
  }
  return `${url.origin}${url.pathname}?${params.toString()}`;
}

/** The snippet another site pastes: the chart alone, as wide as the place it is put in. */
export const iframeSnippet = (src: string, title: string, height: number) => {
  const attr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return `<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="${height}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
};

/** The full view of an embedded chart's URL: the whole page, with the same language, filter and theme. */
export function fullViewUrl(pageUrl: string): string {
  const url = new URL(pageUrl);
  url.searchParams.delete('embed');
  return url.toString();
}

/** `?present=true&slide=3&autoplay=20`: presentation mode and where it is. */
export function usePresentParams() {
  return useQueryStates(
    { present: viewParsers.present, slide: viewParsers.slide, autoplay: viewParsers.autoplay },
    { history: 'replace' },
  );
}

/** `?lang=es|ko|en`; null until chosen or detected. */
export const useLangParam = () => useQueryState('lang', viewParsers.lang.withOptions({ history: 'replace' }));

/** `?theme=light|dark|projector`; null follows the system preference. */
export const useThemeParam = () => useQueryState('theme', viewParsers.theme.withOptions({ history: 'replace' }));

function useFilterParams() {
  const [params, setParams] = useQueryStates(
    { sectors: viewParsers.sectors, from: viewParsers.from, to: viewParsers.to },
    { history: 'replace' },
  );
  // The URL library hands out new arrays on every URL change; the key keeps the filter's identity stable until the
  // filter itself changes, so that no section re-renders (and no chart redraws) for an unrelated parameter.
  const sectors = SECTORS.filter((s) => params.sectors.includes(s));
  const key = `${sectors.join(',')}|${params.from}|${params.to}`;
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const filter: ViewFilter = useMemo(() => ({ sectors, ...normalizeYearRange(params.from, params.to) }), [key]);
  return useMemo(() => [filter, setParams] as const, [filter, setParams]);
}

type FilterState = ReturnType<typeof useFilterParams>;
const ImmediateFilterContext = createContext<FilterState | null>(null);
const DeferredFilterContext = createContext<FilterState | null>(null);

/**
 * The filter for the views, one paint behind the controls: it changes in a transition that starts only after the
 * browser has painted the click's own feedback (the pressed chip, the year shown). A deferred value alone
 * (`useDeferredValue`) may start rendering before that paint, and one view's computation cannot be interrupted, so on a
 * large dataset the click's feedback waited for it; here the views' work never delays it, whatever the data's size.
 */
function useAfterNextPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The frame's callbacks run just before it paints; a task queued from there runs after the paint.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setShown(value)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [shown, value]);
  return shown;
}

/**
 * Reads the filter from the URL once for the whole page. The filter controls get it at once; the views get a
 * deferred copy, so a click paints its own feedback first and the sections re-render right after, in the background
 * (interruptible), instead of freezing the page between the click and its feedback.
 */
export function ViewFilterProvider({ children }: { children: ReactNode }) {
  const immediate = useFilterParams();
  const deferredFilter = useAfterNextPaint(immediate[0]);
  const setFilter = immediate[1];
  const deferred = useMemo(() => [deferredFilter, setFilter] as const, [deferredFilter, setFilter]);
  const moving = useSectionsMovingFor(deferredFilter.sectors);
  return createElement(
    ImmediateFilterContext.Provider,
    { value: immediate },
    createElement(
      DeferredFilterContext.Provider,
      { value: deferred },
      createElement(SectionsMovingContext.Provider, { value: moving }, children),
    ),
  );
}

const required = (state: FilterState | null) => {
  if (!state) throw new Error('the view filter needs a <ViewFilterProvider> above it');
  return state;
};

/** The filter as the URL has it now: for the filter controls, which must answer a click at once. */
export const useImmediateViewFilter = (): FilterState => required(useContext(ImmediateFilterContext));

/** The sector and year filter, normalized (known sectors only, in canonical order; a valid year range), for views. */
export const useViewFilter = (): FilterState => required(useContext(DeferredFilterContext));

/**
 * While `frozen`, the views below keep the filter they last drew with: a section far from the screen is not redrawn
 * on every filter change, only when the reader comes back near it (components/render-when-near.tsx).
 */
export function FreezeViewFilter({ frozen, children }: { frozen: boolean; children: ReactNode }) {
  const live = useViewFilter();
  const [held, setHeld] = useState(live);
  if (!frozen && held !== live) setHeld(live);
  return createElement(DeferredFilterContext.Provider, { value: frozen ? held : live }, children);
}

/** Whether a chart is shown as its table (`?table=trade-total,…`). */
export function useTableView(chartId: string) {
  const [tables, setTables] = useQueryState('table', viewParsers.table.withOptions({ history: 'replace' }));
  const asTable = tables.includes(chartId);
  const setAsTable = (on: boolean) =>
    void setTables((current) => {
      const others = current.filter((id) => id !== chartId);
      return on ? [...others, chartId] : others.length ? others : null;
    });
  return [asTable, setAsTable] as const;
}
