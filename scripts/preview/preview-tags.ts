/**
 * The link preview's tags (Open Graph and Twitter) and the page each language is shared by. Scrapers run no
 * JavaScript and ignore `?lang=`, so each language has a page of its own, written by the build: `/` (Spanish, the
 * page's default language), `/es/`, `/ko/` and `/en/`. A language page is the same document with that language's
 * tags, <title> and description, and `<html data-lang>`, which src/app/before-paint.js turns into `?lang=` before
 * the app starts, so the app opens in that language (a `?lang=` in the link still wins).
 */
import type { Locale } from '../../src/data/schema/common.ts';
import { IMAGE } from './preview-image.ts';
import type { PreviewText } from './preview-text.ts';

/** Where index.html asks for the tags (in <head>). */
export const MARKER = '<!-- link-preview -->';

const attr = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The site's address from SITE_URL (or VITE_PUBLIC_URL, the presentation's link), checked; undefined when unset.
 * Only its origin counts: the build's base path (BASE_PATH) places the files under it.
 */
export function siteOrigin(env: Record<string, string | undefined>): string | undefined {
  const value = env.SITE_URL || env.VITE_PUBLIC_URL;
  if (!value) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || !/^https?:$/.test(url.protocol))
    throw new Error(`SITE_URL must be the site's address, such as https://example.org (got "${value}")`);
  return url.origin;
}

/** A path of the build ("ko/", "assets/x.png") as a link: absolute when the site's address is known. */
export const linkTo = (path: string, base: string, origin: string | undefined) =>
  origin ? new URL(`${base}${path}`, origin).href : `${base}${path}`;

/** The folder of a language's page, relative to the base path. */
export const pagePath = (locale: Locale) => `${locale}/`;

export interface PreviewLinks {
  /** The preview image's address. */
  image: string;
  /** This page's own address: only when absolute (og:url must be). */
  page?: string;
  /** Every language's page, for hreflang: only when absolute. */
  languages?: Partial<Record<Locale | 'x-default', string>>;
}

export function previewTags(text: PreviewText, others: readonly PreviewText[], links: PreviewLinks): string {
  const meta = (key: 'property' | 'name', name: string, content: string) =>
    `<meta ${key}="${name}" content="${attr(content)}" />`;
  const og = (name: string, content: string) => meta('property', `og:${name}`, content);
  const twitter = (name: string, content: string) => meta('name', `twitter:${name}`, content);
  return [
    og('type', 'website'),
    og('site_name', text.documentTitle),
    og('title', text.title),
    og('description', text.description),
    og('locale', text.ogLocale),
    ...others.filter((o) => o.locale !== text.locale).map((o) => og('locale:alternate', o.ogLocale)),
    ...(links.page ? [og('url', links.page)] : []),
    og('image', links.image),
    og('image:type', 'image/png'),
    og('image:width', String(IMAGE.width)),
    og('image:height', String(IMAGE.height)),
    og('image:alt', text.imageAlt),
    twitter('card', 'summary_large_image'),
    twitter('title', text.title),
    twitter('description', text.description),
    twitter('image', links.image),
    twitter('image:alt', text.imageAlt),
    ...Object.entries(links.languages ?? {}).map(
      ([lang, href]) => `<link rel="alternate" hreflang="${lang}" href="${attr(href)}" />`,
    ),
  ].join('\n    ');
}

/**
 * The built index.html with one language's preview: its tags at the marker, its <title> and description, and, for
 * a language page (`pinned`), `<html lang data-lang>`.
 */
export function previewPage(html: string, text: PreviewText, tags: string, pinned: boolean): string {
  if (!html.includes(MARKER)) throw new Error(`link preview: index.html has no "${MARKER}" in its <head>`);
  const page = html
    .replace(MARKER, tags)
    .replace(/<title>[^<]*<\/title>/, `<title>${attr(text.documentTitle)}</title>`)
    .replace(
      /<meta\s+name="description"\s+content="[^"]*"\s*\/?>/,
      `<meta name="description" content="${attr(text.description)}" />`,
    );
  return pinned ? page.replace(/<html lang="[^"]*"/, `<html lang="${text.locale}" data-lang="${text.locale}"`) : page;
}
