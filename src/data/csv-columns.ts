import { DataError, quote, quoted, type ReasonParam } from './data-error.js';

/**
 * Which CSV columns hold the coordinates. Column names are compared trimmed and case-insensitive, with
 * ä/ö/ü/ß folded (so "Länge" and "laenge" are the same). Recognised pairs, y (north) / x (east):
 * - lat/lon, lat/lng, lat/long, latitude/longitude, breite/länge, breitengrad/längengrad
 * - hochwert/rechtswert, northing/easting, y/x
 * In WGS84 the degree names are tried first; in a projected CRS the projected names are. An explicit
 * `lat-field`/`lon-field` wins (in a projected CRS they name the northing/easting columns).
 */

export interface CoordinateColumns {
  /** Index of the easting/longitude column. */
  x: number;
  /** Index of the northing/latitude column. */
  y: number;
}

export interface ColumnOptions {
  latField?: string;
  lonField?: string;
  /** The CRS is projected: prefer Rechtswert/Hochwert, Easting/Northing, x/y over lat/lon. */
  projected: boolean;
}

interface Pair {
  x: readonly string[];
  y: readonly string[];
}

const DEGREES: Pair = {
  x: ['lon', 'lng', 'long', 'longitude', 'laenge', 'laengengrad'],
  y: ['lat', 'latitude', 'breite', 'breitengrad'],
};
const PROJECTED: readonly Pair[] = [
  { x: ['rechtswert'], y: ['hochwert'] },
  { x: ['easting'], y: ['northing'] },
  { x: ['x'], y: ['y'] },
];

export function normalizeColumnName(name: string): string {
  return name
    .normalize('NFC')
    .trim()
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss');
}

export function findCoordinateColumns(header: readonly string[], options: ColumnOptions): CoordinateColumns {
  const names = header.map(normalizeColumnName);
  const pairs = options.projected ? [...PROJECTED, DEGREES] : [DEGREES, ...PROJECTED];
  const find = (candidates: readonly string[]) => names.findIndex((name) => candidates.includes(name));
  const named = (field: string | undefined, attribute: string) => {
    if (field === undefined || !field.trim()) return undefined;
    const index = names.indexOf(normalizeColumnName(field));
    if (index < 0) throw missingNamedColumn(field, attribute, header);
    return index;
  };
  const x = named(options.lonField, 'lon-field');
  const y = named(options.latField, 'lat-field');
  if (x !== undefined && y !== undefined) return { x, y };
  // One side named, or neither: the first recognised pair (its other side for a named one).
  for (const pair of pairs) {
    const foundX = x ?? find(pair.x);
    const foundY = y ?? find(pair.y);
    if (foundX >= 0 && foundY >= 0) return { x: foundX, y: foundY };
  }
  const hasX = x !== undefined || pairs.some((pair) => find(pair.x) >= 0);
  const hasY = y !== undefined || pairs.some((pair) => find(pair.y) >= 0);
  throw noCoordinateColumns(header, hasY && !hasX ? 'lon' : hasX && !hasY ? 'lat' : 'both');
}

/**
 * „Name“, „Straße“, „PLZ“ (in the language's quotation marks) – each name short, the list cut after about
 * 60 characters, then "… (count)"; "–" for no columns.
 */
export function columnList(header: readonly string[]): ReasonParam {
  const shown: ReasonParam[] = [];
  let length = 0;
  for (const name of header) {
    const text = quote(name, 20);
    length += (shown.length ? 2 : 0) + text.length + 2; // ", " before it, and two quotation marks
    if (length > 60) return [...shown, `… (${header.length})`];
    shown.push(quoted(text));
  }
  return shown.length ? shown : '–';
}

function missingNamedColumn(field: string, attribute: string, header: readonly string[]): DataError {
  return new DataError('data-csv-columns', 'csv.no-named-column', { field: quote(field, 30), attribute, columns: columnList(header) });
}

const MISSING = { both: 'csv.no-columns', lat: 'csv.no-lat-column', lon: 'csv.no-lon-column' } as const;

function noCoordinateColumns(header: readonly string[], missing: keyof typeof MISSING): DataError {
  return new DataError('data-csv-columns', MISSING[missing], { columns: columnList(header) });
}
