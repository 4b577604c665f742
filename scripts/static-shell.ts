/**
 * The page's static shell, written into index.html at build time so the first screen paints with no request after
 * the document (the LCP floor is a plain HTML page):
 * - the skip link and the header in the three languages; CSS shows the one matching <html lang>. React never
 *   replaces them: it mounts only the header's controls (a portal into #header-controls) and the content in #root.
 * - src/app/before-paint.js inline, allowed by its hash in the Content-Security-Policy (no 'unsafe-inline' script);
 * - the entry stylesheet and the icon inline, and the scripts, data preloads and manifest requested only once the
 *   page has painted (build steps), so no request competes with the first frame.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { staticSections } from './static-shell/sections.ts';
import { LOCALES } from '../src/data/vocabulary.ts';
import { RELATIONS_ESTABLISHED } from '../src/domain/milestones.ts';
import { formatPartialDate } from '../src/i18n/format.ts';
import { en } from '../src/i18n/messages/en.ts';
import { es } from '../src/i18n/messages/es.ts';
import { ko } from '../src/i18n/messages/ko.ts';
import { staticHeadlineCards } from './static-shell/headline-cards.ts';

// The catalogs themselves, not src/i18n/index.ts: the config loader does not resolve the app's "@/" alias.
const MESSAGES = { en, es, ko };

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Scripts only from this origin plus the one inline script by hash; images may be data/blob URLs (QR, export). */
const contentSecurityPolicy = (scriptHash: string) =>
  [
    "default-src 'self'",
    `script-src 'self' '${scriptHash}'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');

/** One element per language; only the reader's shows (see `.static-lang` in styles.css). */
const inEachLanguage = (tag: string, className: string, text: (locale: (typeof LOCALES)[number]) => string) =>
  LOCALES.map((l) => `<${tag} class="${className} static-lang" lang="${l}">${escape(text(l))}</${tag}>`).join('');

export function staticHeader(): string {
  const skipLink = `<a class="skip-link" href="#main">${inEachLanguage('span', 'skip-link__text', (l) => MESSAGES[l].app.skipToContent)}</a>`;
  const text = LOCALES.map((locale) => {
    const m = MESSAGES[locale].app;
    const lede = m.lede.replace('{{date}}', formatPartialDate(RELATIONS_ESTABLISHED, locale));
    return `<div class="static-lang" lang="${locale}"><p class="site-header__kicker">${escape(m.kicker)}</p><h1 class="site-header__title">${escape(m.title)}</h1><p class="site-header__lede">${escape(lede)}</p></div>`;
  }).join('');
  return `${skipLink}<header class="site-header"><div class="site-header__inner">${text}<div class="site-header__controls" id="header-controls"></div></div></header>`;
}

/** The Korean font's whole faces (not its one-character Hanja slices): their files, and their @font-face rules. */
export interface KoreanFont {
  faces: string[];
  faceRules: string;
}

/**
 * The before-paint script without its comments, with the requests it makes after the first paint and the Korean
 * font a Korean page asks for before it (null in the dev server, which loads the font from the app).
 */
export function beforePaintScript(afterPaint: [rel: string, href: string][], koreanFont: KoreanFont | null): string {
  return readFileSync(new URL('../src/app/before-paint.js', import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => !/^\s*(\/\/|\/\*)/.test(line))
    .join('\n')
    .replace('AFTER_PAINT', JSON.stringify(afterPaint))
    .replace('KOREAN_FONT', JSON.stringify(koreanFont))
    .trim();
}

/** The Korean font in the build: the faces of the stylesheet that declares "Noto Sans KR" with a font file by URL. */
export function koreanFontIn(
  bundle: Record<string, { type: string; fileName: string; source?: unknown }>,
): KoreanFont | null {
  const sheet = Object.values(bundle).find(
    (file) =>
      file.type === 'asset' &&
      file.fileName.endsWith('.css') &&
      /@font-face\{font-family:Noto Sans KR/.test(String(file.source)),
  );
  return sheet ? koreanFaces(String(sheet.source)) : null;
}

/** The @font-face rules of a built stylesheet that name a font file by URL (the inlined Hanja slices have none). */
export function koreanFaces(css: string): KoreanFont | null {
  const rules = [...css.matchAll(/@font-face\{[^}]*url\(([^)]+\.woff2)\)[^}]*\}/g)];
  return rules.length ? { faces: rules.map((m) => m[1]!), faceRules: rules.map((m) => m[0]).join('') } : null;
}

/** The icon inside the page: a request for it would be one more before the first paint (or a /favicon.ico miss). */
const FAVICON_DATA_URL = `data:image/svg+xml,${encodeURIComponent(
  readFileSync(new URL('../public/favicon.svg', import.meta.url), 'utf8').trim(),
)}`;

const hashOf = (script: string) => `sha256-${createHash('sha256').update(script).digest('base64')}`;

export function staticShell(): Plugin[] {
  return [
    {
      name: 'static-shell',
      transformIndexHtml: async (html) =>
        html.replace(
          '<div id="root"></div>',
          `${staticHeader()}<div id="root">${await staticHeadlineCards()}</div>${staticSections()}`,
        ),
    },
    {
      // The dev server injects inline scripts of its own, so it gets neither the deferred loading nor the policy.
      name: 'static-shell:serve',
      apply: 'serve',
      transformIndexHtml: (html) =>
        html.replace('<!-- before-paint -->', `<script>${beforePaintScript([], null)}</script>`),
    },
    {
      name: 'static-shell:build',
      apply: 'build',
      enforce: 'post', // after VitePWA's own post step, which adds the manifest link

      transformIndexHtml: {
        order: 'post',
        handler(html, ctx) {
          const afterPaint: [string, string][] = [];
          const take = (pattern: RegExp, rel: string) => (text: string) =>
            text.replace(pattern, (_tag, href: string) => {
              afterPaint.push([rel, href]);
              return '';
            });
          const rest = [
            take(/\s*<link rel="preload" href="([^"]+)" as="fetch"[^>]*>/g, 'preload'),
            take(/\s*<link rel="manifest" href="([^"]+)"[^>]*>/g, 'manifest'),
            take(/\s*<link rel="modulepreload"[^>]*href="([^"]+)"[^>]*>/g, 'modulepreload'),
            take(/\s*<script type="module"[^>]*src="([^"]+)"[^>]*><\/script>/g, 'module'),
          ].reduce((text, step) => step(text), html);
          const script = beforePaintScript(afterPaint, koreanFontIn(ctx.bundle ?? {}));
          return rest
            .replace(/<link rel="icon" href="\/favicon.svg"/, `<link rel="icon" href="${FAVICON_DATA_URL}"`)
            .replace('<!-- before-paint -->', `<script>${script}</script>`)
            .replace(
              /<meta charset="UTF-8" \/>/i,
              (charset) =>
                `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(hashOf(script))}" />`,
            )
            .replace(/<link rel="stylesheet"[^>]*href="([^"]+)"[^>]*>/g, (tag, href: string) => {
              const asset = Object.values(ctx.bundle ?? {}).find(
                (file) => file.type === 'asset' && href.endsWith(file.fileName),
              );
              // The file stays in the build: a lazy chunk that shares these styles may still ask for it.
              return asset?.type === 'asset' ? `<style>${String(asset.source)}</style>` : tag;
            });
        },
      },
    },
  ];
}
