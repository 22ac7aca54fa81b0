// WFS fixtures (issue 13), made at the start of every test run and of the wfs_ratio benchmark: the 5,000 points
// the MapServer WFS (test/fixtures/mapserver/wfs.map, feature type `punkte`) serves, as GeoJSON (the same file the
// benchmark loads from the geo server's /static/wfs/ for comparison) and as FlatGeobuf with a spatial index
// (what MapServer reads: an indexed source, as a real WFS has in its database), made by Debian's GDAL:
//   punkte.geojson   5,000 points over Konstanz (`name` "Punkt i", `kategorie` A–D), EPSG:4326, about 600 KB
//   punkte.fgb       the same, FlatGeobuf with a packed Hilbert R-tree
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OGR2OGR } from './tile-fixtures.js';
import { spreadPoints } from './fgb-fixtures.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** How many points the `punkte` feature type has. */
export const WFS_POINTS = 5000;

/** The points, deterministic: the formula of fgb-fixtures.js and /__test/points.geojson. */
export const wfsPoints = (n = WFS_POINTS) => spreadPoints(n);

/**
 * Writes the fixtures into `outDir` (made beside it, then moved into place file by file, so that a run reading them
 * meanwhile never finds one half written); returns the files made.
 */
export function makeWfsFixtures(outDir = join(ROOT, 'test/fixtures/wfs')) {
  if (!existsSync(OGR2OGR)) throw new Error(`${OGR2OGR} is missing: install Debian's gdal-bin (npm test does so as root).`);
  const out = resolve(outDir);
  const work = `${out}.${process.pid}.tmp`;
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  try {
    const json = join(work, 'punkte.geojson');
    writeFileSync(json, wfsPoints());
    execFileSync(OGR2OGR, ['-f', 'FlatGeobuf', join(work, 'punkte.fgb'), json, '-nln', 'punkte'], { stdio: ['ignore', 'ignore', 'pipe'] });
    const files = readdirSync(work);
    mkdirSync(out, { recursive: true });
    for (const file of files) renameSync(join(work, file), join(out, file));
    return files;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(makeWfsFixtures());
