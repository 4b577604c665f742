/**
 * The preview image of one language: 1200×630 (the size Open Graph and Twitter's large card show without
 * cropping), drawn as an SVG from the preview's words in the dashboard's look (the header with its red edge, the
 * headline cards, the source line), then rasterized to PNG by resvg: scrapers take PNG or JPEG, not SVG.
 * Every text is measured with the font it is drawn in and set smaller, or wrapped (the source line), to fit: the
 * longest language (Spanish) decides nothing by hand.
 */
import { Resvg } from '@resvg/resvg-js';
import { escapeXml, FONT_FAMILY, type PreviewFonts, type Weight } from './preview-fonts.ts';
import type { PreviewText } from './preview-text.ts';

export const IMAGE = { width: 1200, height: 630 } as const;

/** The light theme's colours (src/app/styles.css). */
const COLOR = {
  bg: '#f6f5f2',
  surface: '#ffffff',
  text: '#1b1d22',
  muted: '#4f5560',
  border: '#d9d6cf',
  peru: '#a3001b',
  korea: '#003478',
};

const PAD = 64;
const WIDTH = IMAGE.width - 2 * PAD;
const CARD = { top: 196, height: 106, gap: 14, pad: 24 };

type Measure = PreviewFonts['measure'];

interface Line {
  text: string;
  x: number;
  y: number;
  size: number;
  weight: Weight;
  fill: string;
  anchor?: 'end';
  spacing?: number;
}

const textElement = (l: Line) =>
  `<text x="${l.x}" y="${l.y}" font-size="${l.size}" font-weight="${l.weight}" fill="${l.fill}"${l.anchor ? ` text-anchor="${l.anchor}"` : ''}${l.spacing ? ` letter-spacing="${l.spacing}"` : ''}>${escapeXml(l.text)}</text>`;

/** The largest size from `size` down to `min` at which `text` fits `width`; an error when none does. */
function fit(measure: Measure, text: string, size: number, min: number, weight: Weight, width: number): number {
  const natural = measure(text, size, weight);
  if (natural <= width) return size;
  const fitted = Math.floor((size * width) / natural);
  if (fitted >= min && measure(text, fitted, weight) <= width) return fitted;
  throw new Error(`link preview: "${text}" does not fit ${width}px at ${min}px; shorten it`);
}

/** The source line on one line, else on two split between publishers, as large as fits (20 to 15 px). */
function sourceLines(measure: Measure, line: string): { lines: string[]; size: number } {
  for (let size = 20; size >= 15; size -= 1) {
    if (measure(line, size, 400) <= WIDTH) return { lines: [line], size };
  }
  const [label, list = ''] = line.split(/: (.*)/s) as [string, string?];
  const parts = list.split('; ');
  for (let size = 20; size >= 15; size -= 1) {
    for (let cut = Math.ceil(parts.length / 2); cut >= 1 && cut < parts.length; cut -= 1) {
      const lines = [`${label}: ${parts.slice(0, cut).join('; ')};`, parts.slice(cut).join('; ')];
      if (lines.every((l) => measure(l, size, 400) <= WIDTH)) return { lines, size };
    }
  }
  throw new Error(`link preview: the source line does not fit two lines: "${line}"`);
}

/** The image as SVG: title, the headline figures as cards, and who published them. */
export function previewSvg(text: PreviewText, measure: Measure): string {
  const kicker = text.locale === 'ko' ? text.kicker : text.kicker.toLocaleUpperCase(text.locale);
  const lines: Line[] = [
    {
      text: kicker,
      x: PAD,
      y: 70,
      size: fit(measure, kicker, 24, 18, 700, WIDTH),
      weight: 700,
      fill: COLOR.peru,
      spacing: 1,
    },
    {
      text: text.title,
      x: PAD,
      y: 138,
      size: fit(measure, text.title, 56, 40, 700, WIDTH),
      weight: 700,
      fill: COLOR.text,
    },
  ];
  const cards = text.figures.map((figure, i) => {
    const top = CARD.top + i * (CARD.height + CARD.gap);
    const inner = WIDTH - 2 * CARD.pad;
    const labelSize = fit(measure, figure.label, 24, 18, 700, inner * 0.55);
    const noteWidth = inner - measure(figure.label, labelSize, 700) - 32;
    lines.push(
      { text: figure.label, x: PAD + CARD.pad, y: top + 38, size: labelSize, weight: 700, fill: COLOR.muted },
      {
        text: figure.note,
        x: PAD + WIDTH - CARD.pad,
        y: top + 38,
        size: fit(measure, figure.note, 21, 15, 400, noteWidth),
        weight: 400,
        fill: COLOR.muted,
        anchor: 'end',
      },
      {
        text: figure.value,
        x: PAD + CARD.pad,
        y: top + 86,
        size: fit(measure, figure.value, 42, 28, 700, inner),
        weight: 700,
        fill: COLOR.text,
      },
    );
    return `<rect x="${PAD}" y="${top}" width="${WIDTH}" height="${CARD.height}" rx="10" fill="${COLOR.surface}" stroke="${COLOR.border}" stroke-width="1.5"/><rect x="${PAD}" y="${top + 14}" width="5" height="${CARD.height - 28}" rx="2.5" fill="${COLOR.korea}"/>`;
  });
  const source = sourceLines(measure, text.sourceLine);
  const sourceTop = source.lines.length === 1 ? 584 : 572;
  source.lines.forEach((line, i) =>
    lines.push({ text: line, x: PAD, y: sourceTop + i * 26, size: source.size, weight: 400, fill: COLOR.muted }),
  );

  const { width, height } = IMAGE;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT_FAMILY}">`,
    `<rect width="${width}" height="${height}" fill="${COLOR.bg}"/>`,
    `<rect width="${width}" height="170" fill="${COLOR.surface}"/><rect width="12" height="170" fill="${COLOR.peru}"/>`,
    `<rect y="170" width="${width}" height="1.5" fill="${COLOR.border}"/>`,
    ...cards,
    `<rect y="${height - 8}" width="${width / 2}" height="8" fill="${COLOR.peru}"/><rect x="${width / 2}" y="${height - 8}" width="${width / 2}" height="8" fill="${COLOR.korea}"/>`,
    ...lines.map(textElement),
    '</svg>',
  ].join('');
}

/** The SVG as PNG, with the preview fonts only (no system font: the same picture on every machine). */
export function renderPng(svg: string, fonts: Pick<PreviewFonts, 'files'>): Buffer {
  const resvg = new Resvg(svg, {
    font: { fontFiles: fonts.files, loadSystemFonts: false, defaultFontFamily: FONT_FAMILY },
  });
  return resvg.render().asPng();
}

/** Every text an image of these previews draws, for the font subset. */
export const imageText = (texts: readonly PreviewText[]) =>
  texts
    .flatMap((t) => [
      t.kicker,
      t.kicker.toLocaleUpperCase(t.locale),
      t.title,
      t.sourceLine,
      ...t.figures.flatMap((f) => [f.label, f.value, f.note]),
    ])
    .join('');
