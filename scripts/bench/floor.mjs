// The floor to measure against: a plain HTML page with the same headline text as the first screen and no JS.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function writeFloorPage(dist) {
  const messages = readFileSync('src/i18n/messages/es.ts', 'utf8');
  const title = /title: '([^']+)'/.exec(messages)?.[1] ?? 'Perú–Corea: 60 años de relaciones';
  const html = `<!doctype html><html lang="es"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title><meta name="description" content="floor"><style>body{font-family:system-ui,sans-serif;margin:0;padding:1.5rem}h1{font-size:2rem}</style></head>
<body><header><p>PERÚ · REPÚBLICA DE COREA</p><h1>${title}</h1><p>Relaciones diplomáticas desde el 1 de abril de 1963. Comercio, inversión, cooperación para el desarrollo, personas y cooperación, cada cifra con su fuente.</p></header>
<main><section><h3>Comercio desde el TLC</h3><p>US$ 3.63 mil millones en 2023</p></section><section><h3>Inversión coreana en el Perú</h3><p>US$ 6.2 mil millones</p></section>
<section><h3>Cooperación para el desarrollo</h3><p>US$ 10 millones al año</p></section><section><h3>Personas</h3><p>1,000 participantes en capacitaciones de KOICA</p></section></main></body></html>`;
  writeFileSync(join(dist, 'floor.html'), html);
}
