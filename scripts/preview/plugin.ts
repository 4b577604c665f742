/**
 * Link previews, made at build time from the dataset (README, "Link previews"): for each language a 1200×630 PNG
 * of the headline figures, and Open Graph and Twitter tags in index.html and in a page per language
 * (scripts/preview/preview-tags.ts). The images start rendering when the build starts and are awaited when the
 * bundle is written, so they overlap with the bundling.
 */
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { runnerImport, type Logger, type Plugin } from 'vite';
import { LOCALES } from '../../src/data/vocabulary.ts';
import { readPreviewData } from './preview-data.ts';
import { previewFonts } from './preview-fonts.ts';
import { imageText, previewSvg, renderPng } from './preview-image.ts';
import { linkTo, pagePath, previewPage, previewTags, siteOrigin } from './preview-tags.ts';
import type * as PreviewTextModule from './preview-text.ts';
import type { PreviewText } from './preview-text.ts';

const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

interface Preview {
  text: PreviewText;
  /** The image's file in the build, e.g. assets/link-preview-ko-1a2b3c4d.png (named by its content). */
  fileName: string;
  png: Buffer;
}

async function makePreviews(cacheDir: string): Promise<Preview[]> {
  // Through Vite's runner: the domain modules import with the app's "@/" alias, which the config loader lacks.
  const { module } = await runnerImport<typeof PreviewTextModule>(root('scripts/preview/preview-text.ts'), {
    configFile: false,
    logLevel: 'silent',
    resolve: { alias: { '@': root('src') } },
  });
  const data = readPreviewData(root('public/data'));
  const texts = LOCALES.map((locale) => module.previewText(locale, data));
  const fonts = await previewFonts(imageText(texts), cacheDir);
  try {
    return texts.map((text) => {
      const png = renderPng(previewSvg(text, fonts.measure), fonts);
      const hash = createHash('sha256').update(png).digest('hex').slice(0, 8);
      return { text, png, fileName: `assets/link-preview-${text.locale}-${hash}.png` };
    });
  } finally {
    fonts.dispose();
  }
}

export function linkPreview(): Plugin {
  let base = '/';
  let origin: string | undefined;
  let previews: Promise<Preview[]> | undefined;
  let logger: Logger | undefined;
  let took = 0;
  let cacheDir = '';
  return {
    name: 'link-preview',
    apply: 'build',
    enforce: 'post', // after static-shell: its page is the one each language's page is copied from
    configResolved(config) {
      base = config.base;
      logger = config.logger;
      cacheDir = config.cacheDir;
      origin = siteOrigin(process.env);
    },
    buildStart() {
      const start = performance.now();
      previews = makePreviews(cacheDir).then((made) => ((took = performance.now() - start), made));
      previews.catch(() => {}); // awaited (and reported) in generateBundle
    },
    async generateBundle(_options, bundle) {
      const waited = performance.now();
      const made = await previews!;
      const sizes = made.map((p) => `${p.text.locale} ${(p.png.length / 1024).toFixed(0)} KB`).join(', ');
      logger?.info(
        `link previews: ${sizes}; made in ${(took / 1000).toFixed(1)} s, ${((performance.now() - waited) / 1000).toFixed(1)} s of it after the bundle`,
      );
      const index = bundle['index.html'];
      if (index?.type !== 'asset') return this.error('link preview: the build wrote no index.html');
      const html = String(index.source);
      const texts = made.map((p) => p.text);
      const languages = origin
        ? {
            ...Object.fromEntries(LOCALES.map((l) => [l, linkTo(pagePath(l), base, origin)])),
            'x-default': linkTo('', base, origin),
          }
        : undefined;
      const page = (preview: Preview, path: string) => {
        const links = {
          image: linkTo(preview.fileName, base, origin),
          page: origin ? linkTo(path, base, origin) : undefined,
          languages,
        };
        return previewPage(html, preview.text, previewTags(preview.text, texts, links), path !== '');
      };
      for (const preview of made) {
        this.emitFile({ type: 'asset', fileName: preview.fileName, source: preview.png });
        this.emitFile({
          type: 'asset',
          fileName: `${pagePath(preview.text.locale)}index.html`,
          source: page(preview, pagePath(preview.text.locale)),
        });
      }
      // The site's own address carries the default language's card (Spanish; the app still follows the reader).
      index.source = page(
        made.find((p) => p.text.locale === 'es')!,
        '',
      );
    },
  };
}
