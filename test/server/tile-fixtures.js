// Vector-tile fixtures, made by a real tool at the start of every test run: Debian's GDAL (`ogr2ogr -f MVT`)
// cuts the bundled Konstanz WLAN hotspots and districts into tiles, which are then packed into a PMTiles
// archive (pmtiles-writer.js). Served by the geo server (geo-server.js) from test/fixtures/tiles/:
//   tiles/konstanz/{z}/{x}/{y}.pbf   layers `wlan` (points) and `stadtteile` (polygons), zoom 8 to 14
//   tiles/konstanz.pmtiles           the same tiles in one archive
//   tiles/konstanz.json              TileJSON for the folder
//   tiles/kein-archiv.pmtiles        not an archive (a GeoJSON file under that name), for the error case
//   tiles/markup-credit.json         TileJSON whose attribution is HTML with an image and a handler
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writePmtiles } from './pmtiles-writer.js';

export const OGR2OGR = '/usr/bin/ogr2ogr';
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DATA = join(ROOT, 'src/assets/data');

/** Writes the fixtures into `outDir` (replacing what was there); returns what was made. */
export function makeTileFixtures(outDir = join(ROOT, 'test/fixtures/tiles')) {
  if (!existsSync(OGR2OGR)) throw new Error(`${OGR2OGR} is missing: install Debian's gdal-bin (npm test does so as root).`);
  const out = resolve(outDir);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const gpkg = join(out, 'konstanz.gpkg');
  const ogr = (...args) => execFileSync(OGR2OGR, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  ogr('-f', 'GPKG', gpkg, join(DATA, 'wlan-konstanz.geojson'), '-nln', 'wlan');
  ogr('-update', '-f', 'GPKG', gpkg, join(DATA, 'stadtteile.geojson'), '-nln', 'stadtteile');
  const folder = join(out, 'konstanz');
  // Tiles as plain files, not gzip-compressed: a static server sends them without Content-Encoding.
  ogr('-f', 'MVT', folder, gpkg, '-dsco', 'MINZOOM=8', '-dsco', 'MAXZOOM=14', '-dsco', 'COMPRESS=NO', '-dsco', 'NAME=konstanz');
  rmSync(gpkg);

  const written = JSON.parse(readFileSync(join(folder, 'metadata.json'), 'utf8'));
  const { vector_layers } = JSON.parse(written.json);
  const bounds = written.bounds.split(',').map(Number);
  const attribution = '© Stadt Konstanz (EUPL-1.2) · Stadtwerke Konstanz GmbH';
  const metadata = { name: 'konstanz', vector_layers, attribution };
  const archive = writePmtiles(folder, join(out, 'konstanz.pmtiles'), { metadata, bounds });
  writeFileSync(
    join(out, 'konstanz.json'),
    JSON.stringify({ tilejson: '3.0.0', tiles: ['konstanz/{z}/{x}/{y}.pbf'], minzoom: 8, maxzoom: 14, bounds, vector_layers, attribution }),
  );
  writeFileSync(join(out, 'kein-archiv.pmtiles'), readFileSync(join(DATA, 'wlan-konstanz.geojson')));
  // TileJSON whose credit line carries markup: it must reach the page as text.
  const hostile = '<img src="/__test/status/404?pixel" onerror="window.pwned=1">Kacheldienst';
  writeFileSync(
    join(out, 'markup-credit.json'),
    JSON.stringify({ tilejson: '3.0.0', tiles: ['konstanz/{z}/{x}/{y}.pbf'], minzoom: 8, maxzoom: 14, bounds, vector_layers, attribution: hostile }),
  );
  return { layers: vector_layers.map((layer) => layer.id), ...archive, bounds };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(makeTileFixtures());
