/**
 * Noto Sans KR is self-hosted (the venue may have no network) and fetched only when Korean is shown:
 * the stylesheets are separate chunks, and browsers download only the unicode-range slices a page uses.
 */
let loaded: Promise<unknown> | undefined;
export function loadKoreanFont() {
  loaded ??= Promise.all([import('@fontsource/noto-sans-kr/400.css'), import('@fontsource/noto-sans-kr/700.css')]);
  return loaded;
}
