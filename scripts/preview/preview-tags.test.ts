import { describe, expect, it } from 'vitest';
import { linkTo, MARKER, previewPage, previewTags, siteOrigin } from './preview-tags.ts';
import { readPreviewData } from './preview-data.ts';
import { previewText } from './preview-text.ts';

const data = readPreviewData();
const texts = (['es', 'ko', 'en'] as const).map((l) => previewText(l, data));
const ko = texts[1]!;
const HTML = `<!doctype html>\n<html lang="es">\n  <head>\n    <title>Old</title>\n    <meta\n      name="description"\n      content="Old description"\n    />\n    ${MARKER}\n  </head>\n</html>`;

describe('siteOrigin', () => {
  it('takes the origin of SITE_URL, else of VITE_PUBLIC_URL, else none', () => {
    expect(siteOrigin({ SITE_URL: 'https://relaciones.example.org/peru-korea/' })).toBe(
      'https://relaciones.example.org',
    );
    expect(siteOrigin({ VITE_PUBLIC_URL: 'http://127.0.0.1:4173/?lang=ko' })).toBe('http://127.0.0.1:4173');
    expect(siteOrigin({})).toBeUndefined();
  });
  it('says what is wrong with an address that is not one', () => {
    expect(() => siteOrigin({ SITE_URL: 'relaciones.example.org' })).toThrow(/SITE_URL must be .*https:\/\//);
    expect(() => siteOrigin({ SITE_URL: 'ftp://example.org' })).toThrow(/SITE_URL/);
  });
});

describe('linkTo', () => {
  it('is absolute with an origin, root-relative under the base path without one', () => {
    expect(linkTo('ko/', '/peru-korea/', 'https://example.org')).toBe('https://example.org/peru-korea/ko/');
    expect(linkTo('assets/x.png', '/', undefined)).toBe('/assets/x.png');
  });
});

describe('previewTags and previewPage', () => {
  const tags = previewTags(ko, texts, { image: 'https://example.org/assets/k.png', page: 'https://example.org/ko/' });

  it('writes the Open Graph and Twitter tags of the language, the others as alternates', () => {
    expect(tags).toContain(`<meta property="og:title" content="${ko.title}" />`);
    expect(tags).toContain('<meta property="og:locale" content="ko_KR" />');
    expect(tags.match(/og:locale:alternate" content="(\w+)"/g)).toHaveLength(2);
    expect(tags).toContain('<meta property="og:url" content="https://example.org/ko/" />');
    expect(tags).toContain('<meta name="twitter:card" content="summary_large_image" />');
    expect(tags).toContain('<meta property="og:image:width" content="1200" />');
    expect(tags).toContain('<meta property="og:image:height" content="630" />');
  });

  it('escapes what would break an attribute', () => {
    const quoted = previewTags({ ...ko, title: 'A "B" & <C>' }, texts, { image: '/x.png' });
    expect(quoted).toContain('content="A &quot;B&quot; &amp; &lt;C&gt;"');
    expect(quoted).not.toContain('og:url'); // only an absolute page address is given
  });

  it('puts the tags, title and description into the page, and pins a language page', () => {
    const page = previewPage(HTML, ko, tags, true);
    expect(page).toContain('<html lang="ko" data-lang="ko">');
    expect(page).toContain(`<title>${ko.documentTitle}</title>`);
    expect(page).toContain(`<meta name="description" content="${ko.description}" />`);
    expect(page).not.toContain('Old');
    expect(page).not.toContain(MARKER);
    expect(previewPage(HTML, texts[0]!, tags, false)).toContain('<html lang="es">');
  });

  it('fails the build when index.html lost its marker', () => {
    expect(() => previewPage(HTML.replace(MARKER, ''), ko, tags, true)).toThrow(/link-preview/);
  });
});
