import { useEffect, useSyncExternalStore } from 'react';
import { useThemeParam, type Theme } from '@/state/view-params.ts';

const darkQuery = () => window.matchMedia('(prefers-color-scheme: dark)');
const subscribe = (onChange: () => void) => {
  const q = darkQuery();
  q.addEventListener('change', onChange);
  return () => q.removeEventListener('change', onChange);
};

/**
 * The theme from the URL, else `fallback` (the projector theme in presentation mode), else the system's light or
 * dark preference; applied to <html data-theme>.
 */
export function useTheme(fallback?: Theme): [Theme, (next: Theme) => void, boolean] {
  const [param, setParam] = useThemeParam();
  const systemDark = useSyncExternalStore(
    subscribe,
    () => darkQuery().matches,
    () => false,
  );
  const theme: Theme = param ?? fallback ?? (systemDark ? 'dark' : 'light');
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  return [theme, (next) => void setParam(next), param !== null];
}
