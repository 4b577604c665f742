/**
 * The preview image's fonts: Noto Sans KR (OFL, the page's Korean font) from @fontsource, its Latin and Korean
 * parts in the two weights the image uses, cut to the characters of the previews and written as OpenType files,
 * the only kind resvg reads (not woff2). No system font is used, so the image is the same on every machine, and a
 * character neither part has stops the build instead of printing a box (`missingGlyphs`).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import subsetFont from 'subset-font';

export const FONT_FAMILY = 'Noto Sans KR';
// Korean first: resvg sets a text in the first face of its family and weight, and looks for a glyph it lacks in the
// first face of any weight that has it, so the Korean face of each weight must come before the Latin one.
const PARTS = ['korean', 'latin'] as const;
const WEIGHTS = [400, 700] as const;
export type Weight = (typeof WEIGHTS)[number];

/** A file of the @fontsource package, found as Node finds the package (wherever npm installed it). */
const fontsource = (file: string) => createRequire(import.meta.url).resolve(`@fontsource/noto-sans-kr/${file}`);

export interface PreviewFonts {
  files: string[];
  /** The width in px of `text` set at `size` and `weight`, as resvg draws it. */
  measure: (text: string, size: number, weight: Weight) => number;
  /** Removes the fonts unless they are cached. */
  dispose: () => void;
}

/**
 * The fonts for every text the images will show. With `cacheDir` (the build passes Vite's), they are kept there
 * under a name made from the characters and the font package, so the next build with the same words skips the
 * subsetting (about a second); without it they go to a temporary folder that `dispose` removes.
 */
export async function previewFonts(text: string, cacheDir?: string): Promise<PreviewFonts> {
  const glyphs = [...new Set(text)].sort().join('');
  const { version } = JSON.parse(readFileSync(join(dirname(fontsource('400.css')), 'package.json'), 'utf8')) as {
    version: string;
  };
  const key = createHash('sha256').update(`${version}|${glyphs}`).digest('hex').slice(0, 16);
  const dir = cacheDir ? join(cacheDir, 'link-preview-fonts', key) : mkdtempSync(join(tmpdir(), 'link-preview-fonts-'));
  mkdirSync(dir, { recursive: true });
  const files = await Promise.all(
    WEIGHTS.flatMap((weight) =>
      PARTS.map(async (part) => {
        const name = `noto-sans-kr-${part}-${weight}-normal`;
        const file = join(dir, `${name}.otf`);
        if (existsSync(file)) return file;
        const font = await subsetFont(readFileSync(fontsource(`files/${name}.woff2`)), glyphs, {
          targetFormat: 'sfnt',
        });
        // Written whole, then named: a build stopped half-way leaves no broken font behind.
        // (Two builds at once, as the e2e run's, each write their own part.)
        const partial = `${file}.${process.pid}.part`;
        writeFileSync(partial, font);
        renameSync(partial, file);
        return file;
      }),
    ),
  );
  const options = { font: { fontFiles: files, loadSystemFonts: false, defaultFontFamily: FONT_FAMILY } };
  const measure = (line: string, size: number, weight: Weight) => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="4000" height="${size * 2}"><text x="0" y="${size * 1.5}" font-family="${FONT_FAMILY}" font-size="${size}" font-weight="${weight}">${escapeXml(line)}</text></svg>`;
    return new Resvg(svg, options).getBBox()?.width ?? 0;
  };
  const dispose = () => (cacheDir ? undefined : rmSync(dir, { recursive: true, force: true }));
  const missing = missingGlyphs(glyphs, options);
  if (missing.length) {
    dispose();
    const named = missing.map((c) => `"${c}" (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`);
    throw new Error(
      `link preview: Noto Sans KR has no glyph for ${named.join(', ')}; change the text or add a font part in scripts/preview/preview-fonts.ts`,
    );
  }
  return { files, measure, dispose };
}

/**
 * The characters the fonts would draw as a box: each is drawn in a cell of its own, next to a character no font
 * has (a private-use code point), in both weights; a cell whose pixels equal that one's is a box.
 */
function missingGlyphs(glyphs: string, options: ConstructorParameters<typeof Resvg>[1]): string[] {
  const chars = [...glyphs].filter((c) => c.trim());
  const CELL = 40;
  const missing = new Set<string>();
  for (const weight of WEIGHTS) {
    const cells = ['\uE000', ...chars]
      .map((c, i) => `<text x="${i * CELL + 4}" y="30" font-size="24" font-weight="${weight}">${escapeXml(c)}</text>`)
      .join('');
    const width = (chars.length + 1) * CELL;
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${CELL}" font-family="${FONT_FAMILY}">${cells}</svg>`;
    const { pixels } = new Resvg(svg, options).render();
    const cell = (i: number) =>
      Array.from({ length: CELL }, (_, row) =>
        pixels.subarray((row * width + i * CELL) * 4, (row * width + (i + 1) * CELL) * 4).toString('hex'),
      ).join('');
    const box = cell(0);
    chars.forEach((c, i) => {
      if (cell(i + 1) === box) missing.add(c);
    });
  }
  return [...missing];
}

export const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
