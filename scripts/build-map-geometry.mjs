// Builds the map's geometry: Peru's 25 regions (scripts/geo, MPL-2.0, from peru-geojson) as a simplified, quantized
// TopoJSON with only the region code and name. Runs before every build and dev start (like the font subset), so the
// shipped file always follows the source file and this script; the map fetches it only when it comes near.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { geoMercator } from 'd3-geo';
import { topology } from 'topojson-server';
import { quantize } from 'topojson-client';
import { presimplify, quantile, simplify } from 'topojson-simplify';

const SOURCE = 'scripts/geo/peru_departamental_simple.geojson';
const OUT_DIR = 'src/assets/geo';
const OUT = `${OUT_DIR}/peru-regions.topo.json`;
/** Keep this share of the points, the heaviest by weight (area they shape): the coast still reads at 1920 px. */
const KEEP_SHARE = 0.6;
/** About 0.04 px of the drawing: Callao, enlarged some 30 times in the inset, stays within 1–2 px. */
const QUANTIZATION = 1e4;
/** The drawing box the map component uses (src/components/peru-map.tsx reads `size` from the file). */
const SIZE = [440, 600];
const MARGIN = 8;
/** Budget for the file the browser fetches (the map's code and geometry share 60 KB gzip). */
const MAX_GZIP = 30 * 1024;

const source = JSON.parse(readFileSync(SOURCE, 'utf8'));
if (source.features.length !== 25) throw new Error(`${SOURCE}: expected 25 regions, found ${source.features.length}`);
// Projected here, once (Mercator fitted to the map's own 440 × 600 drawing box): the browser then draws plain planar
// paths, without the projection's spherical clipping and resampling, which cost most of the drawing time on a phone.
const projection = geoMercator().fitExtent(
  [
    [MARGIN, MARGIN],
    [SIZE[0] - MARGIN, SIZE[1] - MARGIN],
  ],
  source,
);
const project = (ring) => ring.map((point) => projection(point));
const planar = (geometry) => ({
  type: geometry.type,
  coordinates:
    geometry.type === 'Polygon' ? geometry.coordinates.map(project) : geometry.coordinates.map((p) => p.map(project)),
});
const features = source.features.map((f) => ({
  type: 'Feature',
  properties: { code: f.properties.FIRST_IDDP, name: f.properties.NOMBDEP },
  geometry: planar(f.geometry),
}));
// Simplified first (planar triangle areas), then quantized.
let topo = presimplify(topology({ regions: { type: 'FeatureCollection', features } }));
topo = quantize(simplify(topo, quantile(topo, KEEP_SHARE)), QUANTIZATION);
const result = {
  license:
    'MPL-2.0. Derived from peru_departamental_simple.geojson of https://github.com/juaneladio/peru-geojson (commit 3213eeb): projected (Mercator), simplified, quantized; licence text: licenses/peru-geojson-MPL-2.0.txt',
  size: SIZE,
  ...topo,
};
const text = JSON.stringify(result);
const gzip = gzipSync(text, { level: 9 }).length;
if (gzip > MAX_GZIP) throw new Error(`${OUT}: ${gzip} B gzip exceeds ${MAX_GZIP} B`);
mkdirSync(OUT_DIR, { recursive: true });
writeFileSync(OUT, text);
console.log(`geo: ${OUT} ${(text.length / 1024).toFixed(1)} KB, ${(gzip / 1024).toFixed(1)} KB gzip (25 regions)`);
