// The 100,000 points of the points100k and filter benchmarks: one GeoJSON file, generated once into the
// git-ignored bench/.data/ and reused. Deterministic (fixed seed), so every run and machine loads the same
// bytes: points spread evenly over the Konstanz bounds (KONSTANZ_BOUNDS of src/map/view.ts), each with an
// `id` (its index, as the library numbers features anyway) and a `kategorie` A–D (about 25 % each).
import { closeSync, existsSync, mkdirSync, openSync, readSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const POINTS_PATH = 'bench/.data/points100k.geojson';
export const POINT_COUNT = 100_000;
export const CATEGORIES = ['A', 'B', 'C', 'D'];
const VERSION = 'kn-bench-points100k-v1'; // change when the content below changes: the file is rebuilt
const BOUNDS = [9.0855, 47.654, 9.218, 47.7627];

/** mulberry32: a small seeded PRNG, the same numbers everywhere. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Points as GeoJSON text, one feature per line: `count` points spread evenly over `bounds` by a generator seeded
 * with `seed`, each with a `kategorie` A–D, positions to `digits` decimals, with numeric feature ids when `ids`.
 * Shared with fgb-data.js; `name` marks the file's version.
 */
export function pointsGeoJson({ seed, count, bounds, digits, ids, name }) {
  const next = random(seed);
  const [west, south, east, north] = bounds;
  const lines = [];
  for (let i = 0; i < count; i++) {
    const lon = (west + next() * (east - west)).toFixed(digits);
    const lat = (south + next() * (north - south)).toFixed(digits);
    const kategorie = CATEGORIES[Math.floor(next() * CATEGORIES.length)];
    const id = ids ? `"id":${i},` : '';
    lines.push(`{"type":"Feature",${id}"properties":{"kategorie":"${kategorie}"},"geometry":{"type":"Point","coordinates":[${lon},${lat}]}}`);
  }
  return `{"type":"FeatureCollection","name":"${name}","features":[\n${lines.join(',\n')}\n]}\n`;
}

const generate = () => pointsGeoJson({ seed: 20261122, count: POINT_COUNT, bounds: BOUNDS, digits: 5, ids: true, name: VERSION });

/** Writes the file unless it is there already (and of this version); returns its size in bytes. */
export function ensurePoints(root) {
  const path = join(root, POINTS_PATH);
  if (existsSync(path)) {
    const head = Buffer.alloc(120);
    const fd = openSync(path, 'r');
    readSync(fd, head, 0, head.length, 0);
    closeSync(fd);
    if (head.toString('utf8').includes(`"name":"${VERSION}"`)) return { path, generated: false };
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, generate());
  return { path, generated: true };
}
