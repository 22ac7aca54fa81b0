import type { Feature, Geometry, Position } from 'geojson';
import { crsArea, type CrsArea } from './crs-areas.js';
import { crsLabel } from './crs.js';
import { DataError, type ReasonParam } from './data-error.js';
import { inRange, LON_LAT, SWAPPED_GERMANY, type Range } from './lon-lat-fit.js';

/**
 * Do the coordinates fit the CRS the file is read in? Works on the per-feature bounding boxes from
 * validate.ts (`boxes[4i … 4i+3]` = minX, minY, maxX, maxY) and, for a projected CRS, on the reprojected
 * features. Pure, synchronous and O(features) (O(positions) for the area check after reprojection).
 *
 * - Read as WGS84 (`checkLonLat`): most features outside longitude/latitude is an error that says what the
 *   values look like; a few are skipped. All points where Germany is with the axes swapped is an error.
 * - Read in a projected CRS: values that are plainly degrees are an error (`checkProjected`, before
 *   reprojecting); after reprojecting (`checkArea`), most features outside the CRS's area of use
 *   (crs-areas.ts) are an error naming where they land; a few are skipped.
 *
 * What values outside look like, in this order:
 * 1. Degrees whose decimal separator was lost (Excel: `525191;134086` for 52.5191, 13.4086): each axis,
 *    independently per feature, is a whole number that lands in Germany (widened a little) when divided
 *    by 10^k, k = 1…7, in either axis order. Real UTM values in south-east Germany (x 587 000–950 000,
 *    y 5 200 000–5 506 000, whole metres) also read as degrees in north-west Germany; when a CRS range
 *    holds as many features as this reading, the message offers both.
 * 2. A CRS whose German range holds at least half of them (x = easting, y = northing):
 *    - EPSG:25832 (UTM 32N):          x 250 000 – 950 000,       y 5 200 000 – 6 200 000
 *    - EPSG:4647 (UTM 32N, zone 32 prefixed to the easting): x 32 250 000 – 32 950 000, same y
 *    - EPSG:31467 (Gauß-Krüger 3):    x 3 200 000 – 3 900 000,   same y (zones 2, 4, 5: 2…, 4…, 5… million)
 *    - EPSG:3857 (Web Mercator):      x 600 000 – 1 700 000,     y 5 900 000 – 7 400 000
 *    The first range holding most of the features wins; UTM is listed first because it is what German
 *    portals publish, and it shares a corner (northern Germany) with Web Mercator.
 * 3. Nothing known: the message says what is expected, and suggests no CRS.
 *
 * Messages name one example position as it is in the file, and which feature it is (`origin`): the CSV
 * line (the header is line 1; blank lines are not counted, as in a spreadsheet) or the feature's number in
 * the file, counting from 1 (features dropped by validation counted too).
 */

const GERMAN_RANGES: readonly Range[] = [
  { crs: 'EPSG:25832', x: [250_000, 950_000], y: [5_200_000, 6_200_000] },
  { crs: 'EPSG:4647', x: [32_250_000, 32_950_000], y: [5_200_000, 6_200_000] },
  { crs: 'EPSG:31467', x: [3_200_000, 3_900_000], y: [5_200_000, 6_200_000] },
  { crs: 'EPSG:31466', x: [2_200_000, 2_900_000], y: [5_200_000, 6_200_000] },
  { crs: 'EPSG:31468', x: [4_200_000, 4_900_000], y: [5_200_000, 6_200_000] },
  { crs: 'EPSG:31469', x: [5_200_000, 5_900_000], y: [5_200_000, 6_200_000] },
  { crs: 'EPSG:3857', x: [600_000, 1_700_000], y: [5_900_000, 7_400_000] },
];


/** Germany (5.87–15.04°E, 47.27–55.06°N) with a little room, for degrees that lost their decimal separator. */
const GERMANY_LON: [number, number] = [5.5, 15.5];
const GERMANY_LAT: [number, number] = [47, 55.5];

/** Where the features come from, so that a message can say which one it means. */
export interface Origin {
  /** The features as parsed, before validation dropped any. */
  items: readonly unknown[];
  /** For CSV: each item's line in the file (the header is line 1). */
  lines?: readonly number[];
}

/**
 * For data read as WGS84: the features that fit longitude/latitude, with the others counted as skipped.
 * Throws when most features do not fit (saying what they look like), or when all sit where Germany is
 * with the axes swapped.
 */
export function checkLonLat(
  features: readonly Feature[],
  boxes: Float64Array,
  format: 'geojson' | 'csv',
  origin?: Origin,
): { features: Feature[]; skipped: number } {
  const inside: number[] = [];
  const outside: number[] = [];
  for (let i = 0; i < features.length; i++) (inRange(boxes, i, LON_LAT) ? inside : outside).push(i);
  if (outside.length * 2 > features.length) {
    const example = (i: number) => exampleOf(features, i, origin);
    const reading = readOutside(features, boxes, outside);
    if (reading) throw readingError(reading, example);
    throw new DataError('data-coordinates', 'coordinates.crs-unknown', { example: example(outside[0]) });
  }
  if (inside.length > 0 && inside.every((i) => inRange(boxes, i, SWAPPED_GERMANY))) {
    throw swappedError(format, features, inside[0], origin);
  }
  return { features: inside.map((i) => features[i]), skipped: outside.length };
}

/** For data read in a projected CRS: throws when the values are plainly longitude/latitude. */
export function checkProjected(features: readonly Feature[], boxes: Float64Array, crs: string, origin?: Origin): void {
  for (let i = 0; i < features.length; i++) if (!inRange(boxes, i, LON_LAT)) return;
  if (features.length > 0) {
    // The message names crs="EPSG:4326" (WGS84).
    throw new DataError('data-coordinates', 'coordinates.degrees', { example: exampleOf(features, 0, origin), crsLabel: crsLabel(crs) });
  }
}

/**
 * For data read in a projected CRS, after reprojection: the reprojected features inside the CRS's area of
 * use, with those outside counted as skipped. `features` and `boxes` are the features before reprojection,
 * `reprojected` what reproject.ts made of them (in order, without those that gave no place on Earth; each
 * keeps its properties object, which pairs it with its original). Throws when most features are outside
 * the area or gave no place on Earth, saying where they land and what they look like.
 */
export function checkArea(
  features: readonly Feature[],
  boxes: Float64Array,
  reprojected: readonly Feature[],
  crs: string,
  origin?: Origin,
): { features: Feature[]; skipped: number } {
  const area = crsArea(crs);
  const kept: Feature[] = [];
  const outside: number[] = [];
  let outsideArea = 0;
  let landed: { index: number; position: Position | undefined } | undefined;
  const paired = reprojected.length === features.length;
  let r = 0;
  for (let i = 0; i < features.length; i++) {
    const moved = reprojected[r];
    if (!moved || (!paired && moved.properties !== features[i].properties)) {
      outside.push(i); // no place on Earth; reproject.ts counted it
      continue;
    }
    r++;
    if (!area || inArea(moved.geometry, area)) {
      kept.push(moved);
    } else {
      outside.push(i);
      outsideArea++;
      landed ??= { index: i, position: firstPosition(moved.geometry) };
    }
  }
  if (outside.length * 2 <= features.length) return { features: kept, skipped: outsideArea };
  const example = (i: number) => exampleOf(features, i, origin);
  const reading = readOutside(features, boxes, outside, crs);
  if (reading?.decimal) throw readingError(reading, example);
  const guess = reading?.crs ? { guessLabel: crsLabel(reading.crs), guess: reading.crs } : undefined;
  if (!landed) {
    const params = { example: example(outside[0]), crsLabel: crsLabel(crs) };
    throw guess
      ? new DataError('data-coordinates', 'coordinates.not-in-crs.guess', { ...params, ...guess })
      : new DataError('data-coordinates', 'coordinates.not-in-crs', params);
  }
  const params = {
    example: example(landed.index),
    crsLabel: crsLabel(crs),
    lonLat: formatPosition(landed.position),
    area: { key: (area as CrsArea).key },
  };
  throw guess
    ? new DataError('data-coordinates', 'coordinates.outside-area.guess', { ...params, ...guess })
    : new DataError('data-coordinates', 'coordinates.outside-area', params);
}

/** The CRS (other than `except`) whose German range holds most of the given features, and how many. */
function bestRange(boxes: Float64Array, indices: readonly number[], except?: string): { crs: string; count: number } | undefined {
  let best: { crs: string; count: number } | undefined;
  for (const range of GERMAN_RANGES) {
    if (range.crs === except) continue;
    let count = 0;
    for (const i of indices) if (inRange(boxes, i, range)) count++;
    if (count > (best?.count ?? 0)) best = { crs: range.crs, count };
  }
  return best;
}

/** What the values of features that fit neither longitude/latitude nor the given CRS look like. */
interface Reading {
  /** Lost decimal separators: the example feature and its first value that lost one. */
  decimal?: { index: number; value: number; fixed: number };
  /** A CRS whose German range holds at least half of them (and as many as the decimal reading). */
  crs?: string;
  /** The example feature for the CRS. */
  index: number;
}

function readOutside(
  features: readonly Feature[],
  boxes: Float64Array,
  outside: readonly number[],
  except?: string,
): Reading | undefined {
  let decimals = 0;
  let first = -1;
  for (const i of outside) {
    if (!lostDecimals(boxes, i)) continue;
    decimals++;
    if (first < 0) first = i;
  }
  const best = bestRange(boxes, outside, except);
  const crs = best && best.count * 2 >= outside.length && best.count >= decimals ? best.crs : undefined;
  const decimal = decimals * 2 >= outside.length && first >= 0 ? decimalExample(features, first) : undefined;
  return decimal || crs ? { decimal, crs, index: outside[0] } : undefined;
}

/** The error for a reading with lost decimals, a likely CRS, or both. */
function readingError({ decimal, crs, index }: Reading, example: (i: number) => ReasonParam): DataError {
  if (decimal) {
    const { value, fixed } = decimal;
    const params = { example: example(decimal.index), value, fixed, fixedComma: String(fixed).replace('.', ',') };
    return crs
      ? new DataError('data-coordinates', 'coordinates.look-like-or-decimal', { ...params, crsLabel: crsLabel(crs), crs })
      : new DataError('data-coordinates', 'coordinates.decimal-lost', params);
  }
  const guess = crs ?? '';
  return new DataError('data-coordinates', 'coordinates.look-like', { example: example(index), crsLabel: crsLabel(guess), crs: guess });
}

/** `value` divided by the power of ten (10^0…10^7) that brings it into `range`; only whole numbers are divided. */
function shifted(value: number, [min, max]: [number, number]): number | undefined {
  if (value >= min && value <= max) return value;
  if (!Number.isInteger(value)) return undefined;
  for (let k = 1; k <= 7; k++) {
    const v = value / 10 ** k;
    if (v >= min && v <= max) return v;
  }
  return undefined;
}

function axisFits(low: number, high: number, range: [number, number]): boolean {
  return shifted(low, range) !== undefined && shifted(high, range) !== undefined;
}

/** Does feature `i` land in Germany (either axis order) when its whole numbers are read as degrees without decimals? */
function lostDecimals(boxes: Float64Array, i: number): boolean {
  const [x0, y0, x1, y1] = boxes.subarray(4 * i, 4 * i + 4);
  const germany =
    (axisFits(x0, x1, GERMANY_LON) && axisFits(y0, y1, GERMANY_LAT)) || (axisFits(x0, x1, GERMANY_LAT) && axisFits(y0, y1, GERMANY_LON));
  // Degrees as they are (nothing to divide) are no lost decimals.
  return germany && !(inDegrees(x0, x1) && inDegrees(y0, y1));
}

function inDegrees(low: number, high: number): boolean {
  return low >= -180 && high <= 180;
}

/** The first position of feature `i` with its first value that lost its decimals (latitude preferred) and that value fixed. */
function decimalExample(features: readonly Feature[], index: number): Reading['decimal'] {
  const [x, y] = firstPosition(features[index].geometry) ?? [NaN, NaN];
  const lonFirst = shifted(x, GERMANY_LON) !== undefined && shifted(y, GERMANY_LAT) !== undefined;
  const candidates: [number, [number, number]][] = lonFirst ? [[y, GERMANY_LAT], [x, GERMANY_LON]] : [[x, GERMANY_LAT], [y, GERMANY_LON]];
  for (const [value, range] of candidates) {
    const fixed = shifted(value, range);
    if (fixed !== undefined && fixed !== value) return { index, value, fixed };
  }
  return undefined;
}

/** Are all positions of `geometry` (longitude/latitude) inside the area? */
function inArea(geometry: Geometry, area: CrsArea): boolean {
  if (geometry.type === 'GeometryCollection') return geometry.geometries.every((g) => inArea(g, area));
  return positionsIn(geometry.coordinates, area);
}

function positionsIn(value: unknown, area: CrsArea): boolean {
  const list = value as unknown[];
  if (typeof list[0] === 'number') {
    const [lon, lat] = list as number[];
    return lon >= area.west && lon <= area.east && lat >= area.south && lat <= area.north;
  }
  return list.every((item) => positionsIn(item, area));
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

/**
 * Feature `i`'s first position as in the file, and which feature it is: "Zeile 4: 525191, 134086" (CSV) or
 * "Objekt 3: 513199, 5278894"; only the position when the origin is not known.
 */
function exampleOf(features: readonly Feature[], i: number, origin: Origin | undefined): ReasonParam {
  const position = firstPosition(features[i].geometry);
  const text = formatPosition(position);
  if (!origin || !position) return text;
  const source = sourceIndex(origin.items, features.length, i, position);
  const line = origin.lines?.[source];
  return line !== undefined
    ? { key: 'coordinates.at-line', params: { line, position: text } }
    : { key: 'coordinates.at-feature', params: { number: source + 1, position: text } };
}

/**
 * The index in `items` of validated feature `i` (validation keeps the order and drops some): `i` when it
 * dropped none, else the first item from `i` on with the same first position. Runs only for a message.
 */
function sourceIndex(items: readonly unknown[], valid: number, i: number, position: Position): number {
  if (items.length === valid) return i;
  for (let j = i; j < items.length; j++) {
    const p = rawFirstPosition(items[j]);
    if (p && p[0] === position[0] && p[1] === position[1]) return j;
  }
  return i;
}

/** The first position of an unvalidated feature, or undefined; never throws on odd input. */
function rawFirstPosition(item: unknown): unknown[] | undefined {
  type RawGeometry = { coordinates?: unknown; geometries?: unknown } | null | undefined;
  let geometry = (item as { geometry?: unknown } | null)?.geometry as RawGeometry;
  for (let depth = 0; depth < 10 && Array.isArray(geometry?.geometries); depth++) geometry = (geometry.geometries as RawGeometry[])[0];
  let value = geometry?.coordinates;
  for (let depth = 0; depth < 6 && Array.isArray(value) && Array.isArray(value[0]); depth++) value = value[0];
  return Array.isArray(value) ? value : undefined;
}

/** Every point sits where Germany is with the axes swapped. */
function swappedError(format: 'geojson' | 'csv', features: readonly Feature[], i: number, origin: Origin | undefined): DataError {
  const sample = firstPosition(features[i].geometry);
  const fixed = sample ? formatPosition([sample[1], sample[0]]) : '?';
  const example = exampleOf(features, i, origin);
  return new DataError('data-coordinates', format === 'csv' ? 'coordinates.swapped-csv' : 'coordinates.swapped-geojson', { example, fixed });
}
