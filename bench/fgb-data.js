// The 200,000 points of the fgb_view benchmark, as one GeoJSON file and as one FlatGeobuf file made from it by
// Debian's GDAL (`ogr2ogr -f FlatGeobuf`, spatial index on, as GDAL writes it by default). Generated once into the
// git-ignored bench/.data/ and reused. Deterministic (fixed seed): points spread evenly over the western Lake
// Constance region around Konstanz (about 45 × 33 km, the extent of a district's or a region's published data),
// each with a `kategorie` A–D, so that a view of the Altstadt at zoom 15 holds a small part of them, as it would
// for a large data set published as one file.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pointsGeoJson } from './points-data.js';

export const FGB_POINT_COUNT = 200_000;
export const FGB_GEOJSON_PATH = 'bench/.data/points200k.geojson';
export const FGB_PATH = 'bench/.data/points200k.fgb';
/** [west, south, east, north]: the western Lake Constance region (Hegau, Bodanrück, Konstanz, Thurgau shore). */
export const FGB_BOUNDS = [8.75, 47.62, 9.35, 47.92];
const VERSION = 'kn-bench-points200k-v1'; // change when the content below changes: both files are rebuilt
const OGR2OGR = '/usr/bin/ogr2ogr';

const generate = () => pointsGeoJson({ seed: 20261205, count: FGB_POINT_COUNT, bounds: FGB_BOUNDS, digits: 6, ids: false, name: VERSION });

/** Writes both files unless they are there already (and of this version); returns their paths. */
export function ensureFgbPoints(root) {
  const geojson = join(root, FGB_GEOJSON_PATH);
  const fgb = join(root, FGB_PATH);
  const current = existsSync(geojson) && existsSync(fgb) && readFileSync(geojson).subarray(0, 120).toString('utf8').includes(`"name":"${VERSION}"`);
  if (current) return { geojson, fgb, generated: false };
  if (!existsSync(OGR2OGR)) throw new Error(`${OGR2OGR} is missing: the fgb part needs Debian's gdal-bin (apt-get install -y gdal-bin)`);
  mkdirSync(dirname(geojson), { recursive: true });
  writeFileSync(geojson, generate());
  rmSync(fgb, { force: true });
  execFileSync(OGR2OGR, ['-f', 'FlatGeobuf', fgb, geojson, '-nln', 'punkte'], { stdio: ['ignore', 'ignore', 'pipe'] });
  return { geojson, fgb, generated: true };
}
