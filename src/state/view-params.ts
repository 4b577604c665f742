import { useMemo } from 'react';
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
import { LOCALES, SECTORS } from '@/data/schema/common.ts';
import { normalizeYearRange, type ViewFilter } from '@/domain/filters.ts';

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
};

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

/** The sector and year filter, normalized (deduplicated sectors, a valid year range). */
export function useViewFilter() {
  const [params, setParams] = useQueryStates(
    { sectors: viewParsers.sectors, from: viewParsers.from, to: viewParsers.to },
    { history: 'replace' },
  );
  const filter: ViewFilter = useMemo(() => {
    const sectors = SECTORS.filter((s) => params.sectors.includes(s));
    return { sectors, ...normalizeYearRange(params.from, params.to) };
  }, [params.sectors, params.from, params.to]);
  return [filter, setParams] as const;
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
