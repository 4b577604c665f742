// The self-hosted Korean font: Noto Sans KR (OFL, from @fontsource) cut down to the characters the dashboard can
// show, every Korean text in the dataset and the interface, so that it is small enough to cache for offline use in
// full (tens of KB instead of 4 MB of slices).
//
// @fontsource ships the font twice: a "korean" file with the Hangul only (11,541 characters, no Hanja), and 124
// numbered slices that together hold every glyph, Hanja included. Cutting the "korean" file alone silently dropped
// every Hanja the data quotes (韓 and 弗 in Korean news titles drew as boxes); so the Hangul come from the "korean"
// file, and each character it lacks from the numbered slice whose unicode-range holds it, as a small extra face
// declared for just those characters. A character no file has stops the build, naming it.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import fontverter from 'fontverter';
import * as hb from 'harfbuzzjs';
import subsetFont from 'subset-font';

export const WEIGHTS = [400, 700];
/** Hangul syllables and jamo, CJK punctuation and ideographs, full-width forms: what Latin fonts lack. */
export const WIDE =
  /[\u1100-\u11ff\u3000-\u303f\u3130-\u318f\u3200-\u32ff\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\uff00-\uffef]/gu;

const walk = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
const fontsource = (file) => createRequire(import.meta.url).resolve(`@fontsource/noto-sans-kr/${file}`);

/**
 * Every character the page can show that needs the Korean font: the dataset (speaker notes included) and all source
 * files (messages, and Korean written by code such as the 억/만 amount reading), and Intl's Korean date and number words.
 */
export function koreanCharacters(root = '.') {
  const sources = [
    ...walk(join(root, 'public/data')).filter((f) => f.endsWith('.json')),
    ...walk(join(root, 'src')).filter((f) => /\.(ts|tsx)$/.test(f)),
  ];
  const intl = [
    ...Array.from({ length: 12 }, (_, m) =>
      new Intl.DateTimeFormat('ko-KR', { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2001, m, 1))),
    ),
    new Intl.DateTimeFormat('ko-KR', { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(Date.UTC(2011, 7, 1))),
    new Intl.NumberFormat('ko-KR', { notation: 'compact', compactDisplay: 'long' }).format(3.6e9),
    new Intl.NumberFormat('ko-KR', { style: 'percent' }).format(0.5),
    '년월일시분초억만천조원달러퍼센트',
  ].join('');
  const text = sources.map((f) => readFileSync(f, 'utf8')).join('') + intl;
  return [...new Set(text.match(WIDE) ?? [])].sort();
}

/** The code points a font file (woff2, woff or OpenType) maps to a glyph. */
export async function fontCharacters(bytes) {
  const face = new hb.Face(new hb.Blob(await fontverter.convert(bytes, 'truetype')));
  const set = new Set(face.collectUnicodes());
  return set;
}

/** Whether a CSS unicode-range ("U+f9ca-fa0b,U+ff03") holds the code point. */
function inRange(range, code) {
  return range.split(',').some((part) => {
    const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-');
    return code >= parseInt(from, 16) && code <= parseInt(to, 16);
  });
}

const hex = (code) => code.toString(16).padStart(4, '0');
const named = (chars) => chars.map((c) => `"${c}" (U+${hex(c.codePointAt(0)).toUpperCase()})`).join(', ');

/**
 * Writes the cut font to `out`: per weight, the Hangul file and one small file per numbered slice the other
 * characters come from, and `noto-sans-kr.css` declaring them (the extra faces with their characters' unicode-range,
 * so a page loads one only when it shows one of them). Returns what it wrote; throws if a character has no glyph.
 */
export async function buildKoreanFont(chars, out) {
  mkdirSync(out, { recursive: true });
  const latin = ' 0123456789.,%$~–-()[]·';
  const slices = JSON.parse(readFileSync(join(dirname(fontsource('400.css')), 'unicode.json'), 'utf8'));
  const faces = [];
  const files = [];
  for (const weight of WEIGHTS) {
    const file = (part) => readFileSync(fontsource(`files/noto-sans-kr-${part}-${weight}-normal.woff2`));
    const hangul = file('korean');
    const has = await fontCharacters(hangul);
    const rest = chars.filter((c) => !has.has(c.codePointAt(0)));
    const main = await subsetFont(hangul, chars.filter((c) => has.has(c.codePointAt(0))).join('') + latin, {
      targetFormat: 'woff2',
    });
    const name = `noto-sans-kr-${weight}.woff2`;
    writeFileSync(join(out, name), main);
    files.push({ name, weight, chars: chars.length - rest.length, bytes: main.length });
    faces.push({ name, weight });
    // The rest, grouped by the slice that holds each.
    const bySlice = new Map();
    const missing = [];
    for (const c of rest) {
      const slice = Object.entries(slices).find(([, range]) => inRange(range, c.codePointAt(0)))?.[0];
      if (slice === undefined) missing.push(c);
      else bySlice.set(slice, [...(bySlice.get(slice) ?? []), c]);
    }
    for (const [slice, group] of bySlice) {
      const n = slice.replace(/\D/g, '');
      const source = file(n);
      const inSlice = await fontCharacters(source);
      missing.push(...group.filter((c) => !inSlice.has(c.codePointAt(0))));
      const found = group.filter((c) => inSlice.has(c.codePointAt(0)));
      if (found.length === 0) continue;
      const extra = `noto-sans-kr-${weight}-${n}.woff2`;
      const bytes = await subsetFont(source, found.join(''), { targetFormat: 'woff2' });
      writeFileSync(join(out, extra), bytes);
      files.push({ name: extra, weight, chars: found.length, bytes: bytes.length });
      const range = found.map((c) => `U+${hex(c.codePointAt(0))}`).join(',');
      faces.push({ name: extra, weight, range });
    }
    if (missing.length) throw new Error(`Noto Sans KR ${weight} has no glyph for ${named(missing)}`);
  }
  const css = faces
    .map(
      (f) =>
        `@font-face {\n  font-family: 'Noto Sans KR';\n  font-style: normal;\n  font-weight: ${f.weight};\n  font-display: swap;\n  src: url('./${f.name}') format('woff2');${f.range ? `\n  unicode-range: ${f.range};` : ''}\n}\n`,
    )
    .join('');
  writeFileSync(
    join(out, 'noto-sans-kr.css'),
    `/* Written by scripts/fonts/korean-font.mjs (npm run fonts): Noto Sans KR (SIL Open Font License), cut. */\n${css}`,
  );
  // The check: every character, read back from the files written, in every weight.
  for (const weight of WEIGHTS) {
    const covered = new Set();
    for (const f of files.filter((f) => f.weight === weight))
      for (const code of await fontCharacters(readFileSync(join(out, f.name)))) covered.add(code);
    const lost = chars.filter((c) => !covered.has(c.codePointAt(0)));
    if (lost.length) throw new Error(`the cut Noto Sans KR ${weight} lacks ${named(lost)}`);
  }
  return files;
}

/** A subset of just `text`, in one weight, from the Hangul file (the language switch's "한국어"). */
export async function labelFont(text) {
  return subsetFont(readFileSync(fontsource('files/noto-sans-kr-korean-400-normal.woff2')), text, {
    targetFormat: 'woff2',
  });
}
