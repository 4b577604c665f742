/** The parameters that describe what a reader sees; presentation and per-device choices are left out. */
const SHARED_PARAMS = ['lang', 'sectors', 'from', 'to'] as const;

/**
 * The dashboard address that reproduces the current view on another device (the presentation's QR code):
 * the public base URL when the build sets one, else the current page, with language, sectors and years.
 */
export function shareUrl(base: string, currentSearch: string): string {
  const current = new URLSearchParams(currentSearch);
  const url = new URL(base);
  url.search = '';
  url.hash = '';
  for (const key of SHARED_PARAMS) {
    const value = current.get(key);
    if (value) url.searchParams.set(key, value);
  }
  return url.toString();
}
