// Copies the Konstanz data the package ships from ../shared/data/konstanz into src/assets/,
// simplifying the city outline (the shared union has 6x the vertices of the districts it came from).
// Run by hand when the shared data changes; its output is committed so the package is self-contained.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import simplify from '@turf/simplify';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = join(root, '..', 'shared', 'data', 'konstanz');
const out = join(root, 'src', 'assets');
mkdirSync(join(out, 'data'), { recursive: true });

const readJson = (file) => JSON.parse(readFileSync(join(shared, file), 'utf8'));
const writeJson = (file, value) => writeFileSync(join(out, 'data', file), JSON.stringify(value));
const round = (geojson, digits = 5) =>
  JSON.parse(JSON.stringify(geojson, (_k, v) => (typeof v === 'number' ? +v.toFixed(digits) : v)));

writeJson('stadtteile.geojson', round(readJson('stadtteile.geojson')));
writeJson('stadtteile-labels.geojson', readJson('stadtteile-labels.geojson'));
writeJson(
  'stadtgebiet.geojson',
  round(simplify(readJson('stadtgebiet.geojson'), { tolerance: 0.00005, highQuality: true })),
);
for (const file of ['wlan-hotspots.geojson', 'sgc-wetterstationen.geojson', 'orte.geojson', 'bevoelkerung-stadtteile.csv']) {
  cpSync(join(shared, file), join(out, 'data', file));
}
cpSync(join(shared, 'LICENSE-EUPL-1.2.txt'), join(out, 'data', 'LICENSE-EUPL-1.2.txt'));
for (const font of ['Noto Sans Regular', 'Noto Sans Medium']) {
  cpSync(join(shared, 'fonts', font), join(out, 'fonts', font), { recursive: true });
}
cpSync(join(shared, 'fonts', 'OFL.txt'), join(out, 'fonts', 'OFL.txt'));
// The street basemap (PMTiles in the Protomaps schema, src/map/basemaps/osm-style.ts): the glyph ranges and the
// spritesheets its style asks for, so that a page on it requests nothing from anyone else (see SOURCES.md there).
const basemapAssets = join(root, '..', 'shared', 'data', 'basemap-assets');
for (const font of ['Noto Sans Regular', 'Noto Sans Medium', 'Noto Sans Italic']) {
  cpSync(join(basemapAssets, 'fonts', font), join(out, 'fonts', font), { recursive: true });
}
mkdirSync(join(out, 'sprites', 'v4'), { recursive: true });
for (const flavor of ['light', 'dark', 'grayscale', 'black']) {
  for (const file of [`${flavor}.json`, `${flavor}.png`, `${flavor}@2x.json`, `${flavor}@2x.png`]) {
    cpSync(join(basemapAssets, 'sprites', 'v4', file), join(out, 'sprites', 'v4', file));
  }
}
// The lake: the coarse GSHHG lake with its shore taken from the city's districts where they meet it.
await import('./make-lake.js');
console.log('assets written to', out);
