import type { Feature, Geometry, Position } from 'geojson';
import { crsLabel, WGS84 } from './crs.js';
import { DataError } from './data-error.js';

/**
 * Do the coordinates fit the CRS the file is read in? Works on the per-feature bounding boxes from
 * validate.ts (`boxes[4i … 4i+3]` = minX, minY, maxX, maxY). Pure, synchronous and O(features).
 *
 * The guesses use value ranges typical for Germany (x = easting, y = northing):
 * - EPSG:25832 (UTM 32N):          x 250 000 – 950 000,       y 5 200 000 – 6 200 000
 * - EPSG:4647 (UTM 32N, zone 32 prefixed to the easting): x 32 250 000 – 32 950 000, same y
 * - EPSG:31467 (Gauß-Krüger 3):    x 3 200 000 – 3 900 000,   same y
 * - EPSG:3857 (Web Mercator):      x 600 000 – 1 700 000,     y 5 900 000 – 7 400 000
 * The first range holding most of the features wins; UTM is listed first because it is what German
 * portals publish, and it shares a corner (northern Germany) with Web Mercator.
 */

interface Range {
  crs: string;
  x: [number, number];
  y: [number, number];
}

const GERMAN_RANGES: readonly Range[] = [
  { crs: 'EPSG:25832', x: [250_000, 950_000], y: [5_200_000, 6_200_000] },
  { crs: 'EPSG:4647', x: [32_250_000, 32_950_000], y: [5_200_000, 6_200_000] },
  { crs: 'EPSG:31467', x: [3_200_000, 3_900_000], y: [5_200_000, 6_200_000] },
  { crs: 'EPSG:3857', x: [600_000, 1_700_000], y: [5_900_000, 7_400_000] },
];

const LON_LAT: Range = { crs: WGS84, x: [-180, 180], y: [-90, 90] };
/** Latitude in the longitude position and vice versa, for points in Germany. */
const SWAPPED_GERMANY: Range = { crs: WGS84, x: [47, 56], y: [5, 16] };

function inRange(boxes: Float64Array, i: number, range: Range): boolean {
  return (
    boxes[4 * i] >= range.x[0] &&
    boxes[4 * i + 2] <= range.x[1] &&
    boxes[4 * i + 1] >= range.y[0] &&
    boxes[4 * i + 3] <= range.y[1]
  );
}

/**
 * For data read as WGS84: the features that fit longitude/latitude, with the others counted as skipped.
 * Throws when most features do not fit (naming the likely CRS), or when all sit where Germany is with
 * the axes swapped.
 */
export function checkLonLat(
  features: readonly Feature[],
  boxes: Float64Array,
  format: 'geojson' | 'csv',
): { features: Feature[]; skipped: number } {
  const inside: number[] = [];
  const outside: number[] = [];
  for (let i = 0; i < features.length; i++) (inRange(boxes, i, LON_LAT) ? inside : outside).push(i);
  if (outside.length * 2 > features.length) {
    throw notLonLatError(guessCrs(boxes, outside), firstPosition(features[outside[0]].geometry));
  }
  if (inside.length > 0 && inside.every((i) => inRange(boxes, i, SWAPPED_GERMANY))) {
    throw swappedError(format, firstPosition(features[inside[0]].geometry));
  }
  return { features: inside.map((i) => features[i]), skipped: outside.length };
}

/** For data read in a projected CRS: throws when the values are plainly longitude/latitude. */
export function checkProjected(features: readonly Feature[], boxes: Float64Array, crs: string): void {
  for (let i = 0; i < features.length; i++) if (!inRange(boxes, i, LON_LAT)) return;
  if (features.length > 0) throw degreesNotProjectedError(crs, firstPosition(features[0].geometry));
}

/** The CRS most of the given features fit, or undefined when none holds at least half of them. */
export function guessCrs(boxes: Float64Array, indices: readonly number[]): string | undefined {
  let best: Range | undefined;
  let bestCount = 0;
  for (const range of GERMAN_RANGES) {
    const count = indices.filter((i) => inRange(boxes, i, range)).length;
    if (count > bestCount) [best, bestCount] = [range, count];
  }
  return best && bestCount * 2 >= indices.length ? best.crs : undefined;
}

/** The first position of a geometry, for a short example in a message. */
export function firstPosition(geometry: Geometry): Position | undefined {
  if (geometry.type === 'GeometryCollection') return geometry.geometries[0] && firstPosition(geometry.geometries[0]);
  let value: unknown = geometry.coordinates;
  while (Array.isArray(value) && Array.isArray(value[0])) value = value[0];
  return Array.isArray(value) ? (value as Position) : undefined;
}

/** "513199, 5278894" or "9.1758, 47.6633": short, never more than two numbers. */
export function formatPosition(position: Position | undefined): string {
  if (!position) return '?';
  const format = (v: number) => (Math.abs(v) >= 1000 ? String(Math.round(v)) : String(Number(v.toFixed(5))));
  return `${format(position[0])}, ${format(position[1])}`;
}

/** The coordinates are not longitude/latitude and no CRS was given; names the likely CRS if there is one. */
function notLonLatError(guess: string | undefined, sample: Position | undefined): DataError {
  const example = formatPosition(sample);
  if (guess) return new DataError('data-coordinates', 'coordinates.look-like', { example, crsLabel: crsLabel(guess), crs: guess });
  return new DataError('data-coordinates', 'coordinates.crs-unknown', { example });
}

/** Every point sits where Germany is with the axes swapped. */
function swappedError(format: 'geojson' | 'csv', sample: Position | undefined): DataError {
  const example = formatPosition(sample);
  const fixed = sample ? formatPosition([sample[1], sample[0]]) : '?';
  return new DataError('data-coordinates', format === 'csv' ? 'coordinates.swapped-csv' : 'coordinates.swapped-geojson', { example, fixed });
}

/** A projected CRS was named, but the values are degrees. */
function degreesNotProjectedError(crs: string, sample: Position | undefined): DataError {
  // The message names crs="EPSG:4326" (WGS84).
  return new DataError('data-coordinates', 'coordinates.degrees', { example: formatPosition(sample), crsLabel: crsLabel(crs) });
}

/** Reprojecting from `crs` gave no place on Earth for any feature. */
export function notInCrsError(crs: string, guess: string | undefined, sample: Position | undefined): DataError {
  const params = { example: formatPosition(sample), crsLabel: crsLabel(crs) };
  return guess && guess !== crs
    ? new DataError('data-coordinates', 'coordinates.not-in-crs.guess', { ...params, guessLabel: crsLabel(guess), guess })
    : new DataError('data-coordinates', 'coordinates.not-in-crs', params);
}
