import type { DataMessageKey } from './data.messages.js';

/**
 * Where each projected CRS can be: its EPSG area of use (longitude/latitude, WGS84), widened by how far
 * such data is used beyond it in practice. A position that transforms to a place outside this box means
 * the `crs` is wrong for the file (coordinate-check.ts), not that the data lies there.
 *
 * Margins, and why:
 * - UTM zones (EPSG:25832, 25833, 4647): 3.5° of longitude beyond the 6° strip. Zone 32 is used for all of
 *   Germany (5.87–15.04°E: BKG's federal data, Bavaria up to 13.84°E), zone 33 west to about 10.6°E
 *   (Mecklenburg-Vorpommern); 3.5° covers both and still catches Web Mercator values read as UTM 32N
 *   (they land near 17°E). Latitude: 3° beyond EPSG's bounds (Europe's on- and offshore limits, not the
 *   projection's), for Sicily and the Mediterranean.
 * - Gauß-Krüger zones 2–5 (EPSG:31466–31469): 3° (one strip) beyond the 3° strip: states used one zone for
 *   areas of their neighbouring strips (Hesse, Lower Saxony, Bavaria); latitude 2° beyond Germany's.
 * - Web Mercator (EPSG:3857): the whole world to ±85.06° latitude, EPSG's bounds; Web Mercator has no
 *   values beyond them, so no margin.
 * Whatever lands inside is drawn: a wrong UTM zone (25833 data read as 25832) moves data by one zone and
 * stays inside; no box can tell that.
 */

export interface CrsArea {
  west: number;
  south: number;
  east: number;
  north: number;
  /** The official area in words, for messages. */
  key: DataMessageKey;
}

const UTM_32: CrsArea = { west: 6 - 3.5, south: 38.76 - 3, east: 12 + 3.5, north: 84.33 + 3, key: 'area.utm32' };

const AREAS: Readonly<Record<string, CrsArea>> = {
  'EPSG:25832': UTM_32,
  'EPSG:4647': UTM_32,
  'EPSG:25833': { west: 12 - 3.5, south: 46.4 - 3, east: 18 + 3.5, north: 84.42 + 3, key: 'area.utm33' },
  'EPSG:31466': { west: 5.87 - 3, south: 49.1 - 2, east: 7.5 + 3, north: 53.75 + 2, key: 'area.gk2' },
  'EPSG:31467': { west: 7.5 - 3, south: 47.27 - 2, east: 10.5 + 3, north: 55.09 + 2, key: 'area.gk3' },
  'EPSG:31468': { west: 10.5 - 3, south: 47.27 - 2, east: 13.5 + 3, north: 55.09 + 2, key: 'area.gk4' },
  'EPSG:31469': { west: 13.5 - 3, south: 47.27 - 2, east: 15.04 + 3, north: 55.09 + 2, key: 'area.gk5' },
  'EPSG:3857': { west: -180, south: -85.06, east: 180, north: 85.06, key: 'area.mercator' },
};

/** The area of use of a projected CRS, or undefined for WGS84 (checked as longitude/latitude). */
export function crsArea(code: string): CrsArea | undefined {
  return AREAS[code];
}
