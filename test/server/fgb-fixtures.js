// FlatGeobuf fixtures (issue 14), made by a real tool at the start of every test run: Debian's GDAL
// (`ogr2ogr -f FlatGeobuf`, which writes a packed Hilbert R-tree unless told `-lco SPATIAL_INDEX=NO`) from the
// bundled Konstanz data. Served by the geo server (lighttpd, with HTTP range requests) under /static/fgb/, and
// by the test server itself under /test/fixtures/fgb/ (koa, which answers a Range request with the whole file):
//   wlan.fgb              the 16 WLAN hotspots, EPSG:4326, indexed (about 6 KB: one request brings it whole)
//   stadtteile.fgb        the 15 districts (polygons), EPSG:4326, indexed
//   wlan-ohne-index.fgb   the hotspots without a spatial index
//   wlan-25832.fgb        the hotspots in EPSG:25832 (ETRS89 / UTM 32N), indexed
//   wlan-4258.fgb         the hotspots in EPSG:4258 (ETRS89 longitude/latitude, as German offices publish), indexed
//   wlan-31468.fgb        the hotspots in EPSG:31468 (Gauß-Krüger zone 4), indexed
//   wlan-2056.fgb         the hotspots in EPSG:2056 (Swiss LV95, not supported), indexed
//   punkte.fgb            20,000 points over Konstanz (`name` "Punkt i", `kategorie` A–D), indexed, about 2.8 MB:
//                         large enough that a view reads a small part of it
//   kaputt.fgb            wlan.fgb cut off after its first 2,500 bytes (header and index whole, most features not)
//   ohne-index-kaputt.fgb wlan-ohne-index.fgb cut off after 3,000 bytes (in the middle of a feature)
//   kein-fgb.fgb          the hotspots' GeoJSON under a .fgb name
//   daten.bin             wlan.fgb under a name that does not say FlatGeobuf (a download script's answer)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OGR2OGR } from './tile-fixtures.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DATA = join(ROOT, 'src/assets/data');

/** 20,000 points spread over Konstanz, deterministic (the same formula as /__test/points.geojson). */
export const POINTS = 20_000;

/** `n` points spread over Konstanz as a GeoJSON text, deterministic (also the WFS fixtures' and /__test/points.geojson's formula). */
export function spreadPoints(n = POINTS) {
  const features = Array.from({ length: n }, (_, i) => ({
    type: 'Feature',
    properties: { name: `Punkt ${i}`, kategorie: ['A', 'B', 'C', 'D'][i % 4] },
    geometry: { type: 'Point', coordinates: [9.09 + ((i * 7919) % 10007) / 80000, 47.655 + ((i * 104729) % 10009) / 95000] },
  }));
  return JSON.stringify({ type: 'FeatureCollection', features });
}

/**
 * Writes the fixtures into `outDir`; returns the files made. They are made in a folder beside it and then moved
 * into place one by one (a rename replaces a file at once), so that a test run reading them meanwhile (another
 * run started on the same machine) never finds one missing or half written.
 */
export function makeFgbFixtures(outDir = join(ROOT, 'test/fixtures/fgb')) {
  if (!existsSync(OGR2OGR)) throw new Error(`${OGR2OGR} is missing: install Debian's gdal-bin (npm test does so as root).`);
  const out = resolve(outDir);
  const work = `${out}.${process.pid}.tmp`;
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  try {
    const ogr = (target, source, ...args) =>
      execFileSync(OGR2OGR, ['-f', 'FlatGeobuf', join(work, target), source, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    const wlan = join(DATA, 'wlan-konstanz.geojson');
    ogr('wlan.fgb', wlan, '-nln', 'wlan');
    ogr('stadtteile.fgb', join(DATA, 'stadtteile.geojson'), '-nln', 'stadtteile');
    ogr('wlan-ohne-index.fgb', wlan, '-nln', 'wlan', '-lco', 'SPATIAL_INDEX=NO');
    ogr('wlan-25832.fgb', wlan, '-nln', 'wlan', '-t_srs', 'EPSG:25832');
    ogr('wlan-4258.fgb', wlan, '-nln', 'wlan', '-t_srs', 'EPSG:4258');
    ogr('wlan-31468.fgb', wlan, '-nln', 'wlan', '-t_srs', 'EPSG:31468');
    ogr('wlan-2056.fgb', wlan, '-nln', 'wlan', '-t_srs', 'EPSG:2056');
    const pointsJson = join(work, 'punkte.geojson');
    writeFileSync(pointsJson, spreadPoints());
    ogr('punkte.fgb', pointsJson, '-nln', 'punkte');
    rmSync(pointsJson);
    writeFileSync(join(work, 'kaputt.fgb'), readFileSync(join(work, 'wlan.fgb')).subarray(0, 2500));
    writeFileSync(join(work, 'ohne-index-kaputt.fgb'), readFileSync(join(work, 'wlan-ohne-index.fgb')).subarray(0, 3000));
    writeFileSync(join(work, 'kein-fgb.fgb'), readFileSync(wlan));
    writeFileSync(join(work, 'daten.bin'), readFileSync(join(work, 'wlan.fgb')));
    const files = readdirSync(work);
    mkdirSync(out, { recursive: true });
    for (const file of files) renameSync(join(work, file), join(out, file));
    for (const file of readdirSync(out)) if (!files.includes(file)) rmSync(join(out, file), { recursive: true, force: true });
    return files;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(makeFgbFixtures());
