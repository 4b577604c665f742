// The floors to measure against: plain HTML pages with the same headline text as the first screen and no JS.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { koreanFaces } from '../static-shell.ts';

const page = (lang, head, body) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
${head}</head><body>${body}</body></html>`;

export function writeFloorPage(dist) {
  const messages = readFileSync('src/i18n/messages/es.ts', 'utf8');
  const title = /title: '([^']+)'/.exec(messages)?.[1] ?? 'Perú–Corea: 60 años de relaciones';
  const html = page(
    'es',
    `<title>${title}</title><meta name="description" content="floor"><style>body{font-family:system-ui,sans-serif;margin:0;padding:1.5rem}h1{font-size:2rem}</style>`,
    `<header><p>PERÚ · REPÚBLICA DE COREA</p><h1>${title}</h1><p>Relaciones diplomáticas desde el 1 de abril de 1963. Comercio, inversión, cooperación para el desarrollo, personas y cooperación, cada cifra con su fuente.</p></header>
<main><section><h3>Comercio desde el TLC</h3><p>US$ 3.63 mil millones en 2023</p></section><section><h3>Inversión coreana en el Perú</h3><p>US$ 6.2 mil millones</p></section>
<section><h3>Cooperación para el desarrollo</h3><p>US$ 10 millones al año</p></section><section><h3>Personas</h3><p>1,000 participantes en capacitaciones de KOICA</p></section></main>`,
  );
  writeFileSync(join(dist, 'floor.html'), html);
  writeFileSync(join(dist, 'floor-ko.html'), koreanFloor(dist));
}

/**
 * The Korean floor: the built page's own Korean header and headline cards as plain HTML, with the Korean font's two
 * faces preloaded and declared as the page does. Korean text needs that font on a system without one (boxes
 * otherwise), so the cheapest page that shows this first screen correctly loads it too.
 */
function koreanFloor(dist) {
  const built = readFileSync(join(dist, 'index.html'), 'utf8');
  const korean = (pattern) => [...built.matchAll(pattern)].map((m) => m[1]);
  const [header] = korean(/<div class="static-lang" lang="ko">(.*?)<\/div>/g);
  const titles = korean(
    /<h3 class="kpi-card__title"><span[^>]*>[^<]*<\/span><span class="static-lang" lang="ko">([^<]*)</g,
  );
  const values = korean(
    /<p class="kpi-card__value"><span[^>]*>[^<]*<\/span><span class="static-lang" lang="ko">([^<]*)</g,
  );
  if (!header || titles.length < 4 || values.length < 4)
    throw new Error('floor: the built index.html has no Korean header or headline cards to copy');
  const sheet = readdirSync(join(dist, 'assets'))
    .filter((f) => f.endsWith('.css'))
    .map((f) => readFileSync(join(dist, 'assets', f), 'utf8'))
    .find((css) => css.includes('@font-face{font-family:Noto Sans KR'));
  const font = sheet && koreanFaces(sheet);
  if (!font) throw new Error('floor: the build has no Korean font faces');
  const preloads = font.faces.map((f) => `<link rel="preload" as="font" type="font/woff2" crossorigin href="${f}">`);
  return page(
    'ko',
    `<title>floor</title><meta name="description" content="floor">${preloads.join('')}<style>${font.faceRules}body{font-family:'Noto Sans KR',system-ui,sans-serif;margin:0;padding:1.5rem}h1{font-size:2rem}</style>`,
    `<header>${header}</header><main>${titles.map((t, i) => `<section><h3>${t}</h3><p>${values[i]}</p></section>`).join('')}</main>`,
  );
}
