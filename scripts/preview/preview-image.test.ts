// @vitest-environment node
// (the font tools' WebAssembly takes Node's typed arrays, not jsdom's)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { previewFonts, type PreviewFonts } from './preview-fonts.ts';
import { IMAGE, imageText, previewSvg, renderPng } from './preview-image.ts';
import { readPreviewData } from './preview-data.ts';
import { previewText } from './preview-text.ts';

const data = readPreviewData();
const texts = (['es', 'ko', 'en'] as const).map((l) => previewText(l, data));

describe('the preview image', () => {
  let fonts: PreviewFonts;
  beforeAll(async () => {
    fonts = await previewFonts(imageText(texts));
  }, 30_000);
  afterAll(() => fonts.dispose());

  it('measures Korean and Latin text with the font, bold wider than regular', () => {
    const ko = fonts.measure('페루–한국: 수교 60년', 40, 700);
    expect(ko).toBeGreaterThan(200);
    expect(fonts.measure('Perú–Corea', 40, 700)).toBeGreaterThan(fonts.measure('Perú–Corea', 40, 400));
  });

  for (const text of texts) {
    it(`draws the ${text.locale} title, figures and sources, each inside the picture`, () => {
      const svg = previewSvg(text, fonts.measure);
      expect(svg).toMatch(`width="${IMAGE.width}" height="${IMAGE.height}"`);
      const drawn = [
        ...svg.matchAll(
          /<text x="([\d.]+)" y="[\d.]+" font-size="(\d+)" font-weight="(400|700)" fill="[^"]+"( text-anchor="end")?[^>]*>([^<]*)<\/text>/g,
        ),
      ].map(([, x, size, weight, end, line]) => ({
        x: Number(x),
        size: Number(size),
        weight: Number(weight) as 400 | 700,
        end: Boolean(end),
        line: line!.replace(/&amp;/g, '&'),
      }));
      expect(drawn).toHaveLength(svg.split('<text ').length - 1); // every line is checked
      const words = drawn.map((d) => d.line);
      for (const f of text.figures) expect(words).toEqual(expect.arrayContaining([f.label, f.value, f.note]));
      expect(words).toContain(text.title);
      expect(words.join(' ')).toContain(data.sources.find((s) => s.id === text.figures[0]!.sourceId)!.publisher);
      // Inside the margins (64 px), measured with the font and weight each line is drawn in.
      for (const { x, size, weight, end, line } of drawn) {
        const width = fonts.measure(line, size, weight);
        const [left, right] = end ? [x - width, x] : [x, x + width];
        expect(left, line).toBeGreaterThanOrEqual(64);
        expect(right, line).toBeLessThanOrEqual(IMAGE.width - 64);
      }
    });
  }

  it('renders a 1200×630 PNG', () => {
    const png = renderPng(previewSvg(texts[1]!, fonts.measure), fonts);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([IMAGE.width, IMAGE.height]);
  });

  it('refuses a title too long to fit, rather than cut it', () => {
    const long = { ...texts[0]!, title: texts[0]!.title.repeat(4) };
    expect(() => previewSvg(long, fonts.measure)).toThrow(/does not fit/);
  });
});

describe('previewFonts', () => {
  it('stops on a character the font would draw as a box, and names it', async () => {
    // Thai is not in Noto Sans KR.
    await expect(previewFonts('Perú 페루 ก')).rejects.toThrow(/no glyph for "ก" \(U\+0E01\)/);
  }, 30_000);
});
