// Builds the self-hosted Korean font: Noto Sans KR (OFL, from @fontsource) cut down to the characters the dashboard
// can show — every Korean text in the dataset and the interface — so that it is small enough to cache for offline
// use in full (a few hundred KB instead of 4 MB of slices). Runs before every build and dev server start.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import subsetFont from 'subset-font';

const OUT = 'src/assets/fonts';
// Every text the page can show: the dataset, and all source files (messages, and Korean written by code such as
// the 억/만 amount reading). Intl's Korean date and number words are added below.
const walk = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
const SOURCES = [
  ...walk('public/data').filter((f) => f.endsWith('.json')),
  ...walk('src').filter((f) => /\.(ts|tsx)$/.test(f)),
];
const intlKorean = [
  ...Array.from({ length: 12 }, (_, m) =>
    new Intl.DateTimeFormat('ko-KR', { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2001, m, 1))),
  ),
  new Intl.DateTimeFormat('ko-KR', { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(Date.UTC(2011, 7, 1))),
  new Intl.NumberFormat('ko-KR', { notation: 'compact', compactDisplay: 'long' }).format(3.6e9),
  new Intl.NumberFormat('ko-KR', { style: 'percent' }).format(0.5),
  '년월일시분초억만천조원달러퍼센트',
].join('');

const text = SOURCES.map((f) => readFileSync(f, 'utf8')).join('') + intlKorean;
// Hangul syllables and jamo, CJK punctuation and ideographs, full-width forms: what Latin fonts lack.
const wide = [
  ...new Set(
    text.match(/[\u1100-\u11ff\u3000-\u303f\u3130-\u318f\u3200-\u32ff\u4e00-\u9fff\uac00-\ud7a3\uff00-\uffef]/gu) ?? [],
  ),
];
const glyphs = wide.join('') + ' 0123456789.,%$~–-()[]·';

mkdirSync(OUT, { recursive: true });
for (const weight of [400, 700]) {
  const input = readFileSync(`node_modules/@fontsource/noto-sans-kr/files/noto-sans-kr-korean-${weight}-normal.woff2`);
  const output = await subsetFont(input, glyphs, { targetFormat: 'woff2' });
  writeFileSync(join(OUT, `noto-sans-kr-${weight}.woff2`), output);
  console.log(`korean font ${weight}: ${wide.length} characters, ${(output.length / 1024).toFixed(0)} KB`);
}

// The language switch names Korean in Korean on every page. Pages in Spanish and English do not load the Korean font,
// and a system without one would draw "한국어" as boxes (and search every installed font for it first): a subset of
// just those letters is small enough to sit inside the page's stylesheet (see src/app/styles.css).
const label = '한국어';
const labelFont = await subsetFont(
  readFileSync('node_modules/@fontsource/noto-sans-kr/files/noto-sans-kr-korean-400-normal.woff2'),
  label,
  { targetFormat: 'woff2' },
);
writeFileSync(join(OUT, 'noto-sans-kr-label.woff2'), labelFont);
console.log(`korean label font: "${label}", ${labelFont.length} bytes`);
