// Builds the map's geometry: Peru's 25 regions (scripts/geo, MPL-2.0, from peru-geojson) as a simplified, quantized
// TopoJSON with only the region code and name. Runs before every build and dev start (like the font subset), so the
// shipped file always follows the source file and this script; the map fetches it only when it comes near.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { topology } from 'topojson-server';
import { quantize } from 'topojson-client';
import { presimplify, quantile, simplify } from 'topojson-simplify';

const SOURCE = 'scripts/geo/peru_departamental_simple.geojson';
const OUT_DIR = 'src/assets/geo';
const OUT = `${OUT_DIR}/peru-regions.topo.json`;
/** Keep this share of the points, the heaviest by weight (area they shape): the coast still reads at 1920 px. */
const KEEP_SHARE = 0.6;
const QUANTIZATION = 1e4;
/** Budget for the file the browser fetches (the map's code and geometry share 60 KB gzip). */
const MAX_GZIP = 30 * 1024;

const source = JSON.parse(readFileSync(SOURCE, 'utf8'));
if (source.features.length !== 25) throw new Error(`${SOURCE}: expected 25 regions, found ${source.features.length}`);
const features = source.features.map((f) => ({
  type: 'Feature',
  properties: { code: f.properties.FIRST_IDDP, name: f.properties.NOMBDEP },
  geometry: f.geometry,
}));
// Simplified in degrees first, then quantized (about 150 m across Peru: Callao keeps its shape in the inset).
let topo = presimplify(topology({ regions: { type: 'FeatureCollection', features } }));
topo = quantize(simplify(topo, quantile(topo, KEEP_SHARE)), QUANTIZATION);
const result = {
  license:
    'MPL-2.0. Derived from peru_departamental_simple.geojson of https://github.com/juaneladio/peru-geojson (commit 3213eeb); licence text: licenses/peru-geojson-MPL-2.0.txt',
  ...topo,
};
const text = JSON.stringify(result);
const gzip = gzipSync(text, { level: 9 }).length;
if (gzip > MAX_GZIP) throw new Error(`${OUT}: ${gzip} B gzip exceeds ${MAX_GZIP} B`);
mkdirSync(OUT_DIR, { recursive: true });
writeFileSync(OUT, text);
console.log(`geo: ${OUT} ${(text.length / 1024).toFixed(1)} KB, ${(gzip / 1024).toFixed(1)} KB gzip (25 regions)`);
