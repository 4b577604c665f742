// Builds the self-hosted Korean font (scripts/fonts/korean-font.mjs) before every build and dev server start, and
// the three-letter font of the language switch. Stops with the characters named if any has no glyph.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildKoreanFont, koreanCharacters, labelFont } from './fonts/korean-font.mjs';

const OUT = 'src/assets/fonts';
const chars = koreanCharacters();
for (const f of await buildKoreanFont(chars, OUT))
  console.log(`korean font ${f.name}: ${f.chars} characters, ${(f.bytes / 1024).toFixed(1)} KB`);

// The language switch names Korean in Korean on every page. Pages in Spanish and English do not load the Korean font,
// and a system without one would draw "한국어" as boxes (and search every installed font for it first): a subset of
// just those letters is small enough to sit inside the page's stylesheet (see src/app/styles.css).
const label = '한국어';
const bytes = await labelFont(label);
writeFileSync(join(OUT, 'noto-sans-kr-label.woff2'), bytes);
console.log(`korean label font: "${label}", ${bytes.length} bytes`);
