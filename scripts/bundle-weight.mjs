// Measures the built bundle (dist/): the document itself (its header, styles and start-up script are inline), the
// JavaScript the first route loads (the entry script and modulepreloads that index.html requests after the first
// paint, followed through their static imports) and every lazy chunk, gzip and brotli.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

export function bundleWeight(dist = 'dist') {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const size = (file) => {
    const buf = readFileSync(join(dist, file));
    return {
      raw: buf.length,
      gzip: gzipSync(buf, { level: 9 }).length,
      brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  };
  // Tags' attributes and the before-paint script's list alike: any quoted path to an asset.
  const refs = [...html.matchAll(/["']([^"'\s]*assets\/[^"'\s]+\.(?:js|css))["']/g)].map((m) =>
    m[1].replace(/^.*?assets\//, 'assets/'),
  );
  const firstRoute = new Set();
  const visit = (file) => {
    if (firstRoute.has(file) || !file.endsWith('.js')) return;
    firstRoute.add(file);
    const code = readFileSync(join(dist, file), 'utf8');
    // static imports only: `import ... from "./x.js"` or `import "./x.js"` (not import("…"))
    for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[^"'()]*?from\s*)?["']\.\/([^"']+\.js)["']/g))
      visit(`assets/${m[1]}`);
  };
  refs.filter((f) => f.endsWith('.js')).forEach(visit);
  if (firstRoute.size === 0) throw new Error(`no entry script found in ${join(dist, 'index.html')}`);
  const css = refs.filter((f) => f.endsWith('.css'));
  const all = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js') || f.endsWith('.css'));
  const files = [
    { file: 'index.html', firstRoute: true, ...size('index.html') },
    ...all.map((f) => ({
      file: `assets/${f}`,
      firstRoute: firstRoute.has(`assets/${f}`) || css.includes(`assets/${f}`),
      ...size(`assets/${f}`),
    })),
  ];
  const sum = (list, key) => list.reduce((n, f) => n + f[key], 0);
  const first = files.filter((f) => f.firstRoute && f.file.endsWith('.js'));
  return { files, firstRouteJs: { raw: sum(first, 'raw'), gzip: sum(first, 'gzip'), brotli: sum(first, 'brotli') } };
}
