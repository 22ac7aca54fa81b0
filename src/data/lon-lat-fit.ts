/**
 * The quick look at data read as WGS84, before the full check (coordinate-check.ts, a lazy chunk) is needed: when
 * every feature's bounding box (validate.ts: `boxes[4i … 4i+3]` = minX, minY, maxX, maxY) lies within longitude and
 * latitude and not all of them lie where Germany is with the axes swapped, the data fits and nothing is skipped,
 * the answer `checkLonLat` gives too. Anything else goes to `checkLonLat`, which says what the values look like.
 */

export interface Range {
  crs: string;
  x: [number, number];
  y: [number, number];
}

export const LON_LAT: Range = { crs: 'EPSG:4326', x: [-180, 180], y: [-90, 90] };
/** Latitude in the longitude position and vice versa, for points in Germany. */
export const SWAPPED_GERMANY: Range = { crs: 'EPSG:4326', x: [47, 56], y: [5, 16] };

export function inRange(boxes: Float64Array, i: number, range: Range): boolean {
  return boxes[4 * i] >= range.x[0] && boxes[4 * i + 2] <= range.x[1] && boxes[4 * i + 1] >= range.y[0] && boxes[4 * i + 3] <= range.y[1];
}

/** Whether all `count` features fit longitude/latitude plainly (then `checkLonLat` would keep them all and throw nothing). */
export function fitsLonLat(boxes: Float64Array, count: number): boolean {
  let swapped = true;
  for (let i = 0; i < count; i++) {
    if (!inRange(boxes, i, LON_LAT)) return false;
    swapped &&= inRange(boxes, i, SWAPPED_GERMANY);
  }
  return !swapped || count === 0;
}
