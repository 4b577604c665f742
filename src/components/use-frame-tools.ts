import { useHiddenSeries } from './use-hidden-series.ts';
import { useLocale } from './use-locale.ts';
import { useSourceLookup } from './use-source-lookup.ts';

/** What every chart frame needs: the language helpers, the source registry, and the series the legend hides. */
export function useFrameTools() {
  const locale = useLocale();
  const sources = useSourceLookup();
  const [hidden, toggle] = useHiddenSeries();
  return { ...locale, sources, hidden, toggle };
}
