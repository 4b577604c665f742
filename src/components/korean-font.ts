/**
 * Noto Sans KR is self-hosted (the venue may have no network) and fetched only when Korean is shown or a
 * presentation starts (source titles are quoted in Korean in every language). It is cut at build time to the
 * characters the dashboard contains, so the whole font is about 80 KB and the service worker keeps it for offline use.
 * A Korean page has asked for its two whole faces before its first paint (src/app/before-paint.js); this adds the
 * Hanja slices and serves the other languages.
 */
let loaded: Promise<unknown> | undefined;
export function loadKoreanFont() {
  loaded ??= import('./korean-font.css').then(() =>
    Promise.all([
      document.fonts.load('400 1em "Noto Sans KR"', '한국'),
      document.fonts.load('700 1em "Noto Sans KR"', '한국'),
    ]),
  );
  return loaded;
}
