import { DataError, quote } from './data-error.js';

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

/** „Name“, „Straße“, „PLZ“ – each name short, the list cut after about 60 characters. */
export function columnList(header: readonly string[], lang: 'de' | 'en'): string {
  const [open, close] = lang === 'de' ? ['„', '“'] : ['“', '”'];
  let text = '';
  for (const name of header) {
    const next = `${text}${text ? ', ' : ''}${open}${quote(name, 20)}${close}`;
    if (next.length > 60) return `${text}, … (${header.length})`;
    text = next;
  }
  return text || '–';
}

function missingNamedColumn(field: string, attribute: string, header: readonly string[]): DataError {
  return new DataError('data-csv-columns', {
    de: `Die Spalte „${quote(field, 30)}“ aus dem Attribut ${attribute} gibt es nicht. Spalten der Datei: ${columnList(header, 'de')}.`,
    en: `The column “${quote(field, 30)}” named by the attribute ${attribute} does not exist. Columns of the file: ${columnList(header, 'en')}.`,
  });
}

const MISSING = {
  both: {
    de: 'Die CSV-Datei hat keine erkennbaren Spalten für Breite und Länge. Spalten: {list}. Die Attribute lat-field und lon-field geben sie an.',
    en: 'The CSV file has no recognisable latitude and longitude columns. Columns: {list}. The attributes lat-field and lon-field name them.',
  },
  lat: {
    de: 'Die CSV-Datei hat keine erkennbare Spalte für die Breite. Spalten: {list}. Das Attribut lat-field gibt sie an.',
    en: 'The CSV file has no recognisable latitude column. Columns: {list}. The attribute lat-field names it.',
  },
  lon: {
    de: 'Die CSV-Datei hat keine erkennbare Spalte für die Länge. Spalten: {list}. Das Attribut lon-field gibt sie an.',
    en: 'The CSV file has no recognisable longitude column. Columns: {list}. The attribute lon-field names it.',
  },
};

function noCoordinateColumns(header: readonly string[], missing: keyof typeof MISSING): DataError {
  return new DataError('data-csv-columns', {
    de: MISSING[missing].de.replace('{list}', () => columnList(header, 'de')),
    en: MISSING[missing].en.replace('{list}', () => columnList(header, 'en')),
  });
}
