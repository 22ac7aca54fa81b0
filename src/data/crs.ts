import { DataError, quote } from './data-error.js';

/**
 * The coordinate reference systems the data layers understand, how their names are spelled, and the
 * legacy `crs` member of GeoJSON files (GeoJSON 2008; RFC 7946 dropped it, but GDAL and many city portals
 * still write it).
 *
 * The proj strings are those of epsg.io. DHDN / Gauß-Krüger uses the Germany-wide 7-parameter shift
 * EPSG:1777 ("DHDN to WGS 84 (2)", stated accuracy 3 m); PROJ with the BETA2007 grid differs from it by
 * about 1.5 m in Konstanz. The grid (a binary file) is not shipped: 1.5 m is below what a city map shows.
 */

export const WGS84 = 'EPSG:4326';

export interface CrsInfo {
  /** Canonical code, e.g. 'EPSG:25832'. */
  code: string;
  /** Human name for messages, e.g. 'ETRS89 / UTM 32N'. */
  name: string;
  /** proj4 definition. */
  proj: string;
}

const SUPPORTED: readonly CrsInfo[] = [
  { code: 'EPSG:4326', name: 'WGS 84', proj: '+proj=longlat +datum=WGS84 +no_defs' },
  {
    code: 'EPSG:25832',
    name: 'ETRS89 / UTM 32N',
    proj: '+proj=utm +zone=32 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs',
  },
  {
    code: 'EPSG:25833',
    name: 'ETRS89 / UTM 33N',
    proj: '+proj=utm +zone=33 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs',
  },
  {
    code: 'EPSG:31467',
    name: 'DHDN / Gauß-Krüger 3',
    proj:
      '+proj=tmerc +lat_0=0 +lon_0=9 +k=1 +x_0=3500000 +y_0=0 +ellps=bessel ' +
      '+towgs84=598.1,73.7,418.2,0.202,0.045,-2.455,6.7 +units=m +no_defs',
  },
  {
    code: 'EPSG:31466',
    name: 'DHDN / Gauß-Krüger 2',
    proj:
      '+proj=tmerc +lat_0=0 +lon_0=6 +k=1 +x_0=2500000 +y_0=0 +ellps=bessel ' +
      '+towgs84=598.1,73.7,418.2,0.202,0.045,-2.455,6.7 +units=m +no_defs',
  },
  {
    code: 'EPSG:31468',
    name: 'DHDN / Gauß-Krüger 4',
    proj:
      '+proj=tmerc +lat_0=0 +lon_0=12 +k=1 +x_0=4500000 +y_0=0 +ellps=bessel ' +
      '+towgs84=598.1,73.7,418.2,0.202,0.045,-2.455,6.7 +units=m +no_defs',
  },
  {
    code: 'EPSG:31469',
    name: 'DHDN / Gauß-Krüger 5',
    proj:
      '+proj=tmerc +lat_0=0 +lon_0=15 +k=1 +x_0=5500000 +y_0=0 +ellps=bessel ' +
      '+towgs84=598.1,73.7,418.2,0.202,0.045,-2.455,6.7 +units=m +no_defs',
  },
  {
    code: 'EPSG:3857',
    name: 'WGS 84 / Pseudo-Mercator',
    proj: '+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1 +units=m +nadgrids=@null +wktext +no_defs',
  },
  {
    code: 'EPSG:4647',
    name: 'ETRS89 / UTM 32N, zE-N',
    proj: '+proj=tmerc +lat_0=0 +lon_0=9 +k=0.9996 +x_0=32500000 +y_0=0 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs',
  },
];

const BY_CODE = new Map(SUPPORTED.map((crs) => [crs.code, crs]));

export const SUPPORTED_CRS_CODES: readonly string[] = SUPPORTED.map((crs) => crs.code);

/**
 * Geographic CRS whose longitude/latitude are read as WGS84's, unchanged: ETRS89 (EPSG:4258, in which German
 * offices often publish) and the 3D forms of both (EPSG:4937 ETRS89, EPSG:4979 WGS 84; a height is kept as it
 * is). ETRS89 is fixed to the Eurasian plate and drifts from WGS84 by about 2.5 cm a year since 1989: under a
 * metre in 2026, well below what a city map shows (PROJ itself takes them as equal to 1 m, EPSG:1149).
 */
const READ_AS_WGS84 = new Set(['EPSG:4258', 'EPSG:4937', 'EPSG:4979']);

/** The codes a message names as supported: the canonical ones, and ETRS89 longitude/latitude next to WGS84. */
const LISTED = [WGS84, 'EPSG:4258', ...SUPPORTED_CRS_CODES.filter((code) => code !== WGS84)];

export function crsInfo(code: string): CrsInfo {
  const info = BY_CODE.get(code);
  if (!info) throw unsupported(code);
  return info;
}

/** 'EPSG:25832 (ETRS89 / UTM 32N)' */
export function crsLabel(code: string): string {
  const info = BY_CODE.get(code);
  return info ? `${info.code} (${info.name})` : code;
}

// "OGC:CRS84", "urn:ogc:def:crs:OGC:1.3:CRS84", "http://www.opengis.net/def/crs/OGC/1.3/CRS84"
const CRS84 = /^(?:(?:urn:ogc:def:crs:)?ogc:(?:[\d.]*:)?|https?:\/\/www\.opengis\.net\/def\/crs\/ogc\/[\d.]+\/)?crs84$/;
// "25832", "EPSG:25832", "urn:ogc:def:crs:EPSG::25832", "urn:ogc:def:crs:EPSG:9.8.1:25832",
// "http://www.opengis.net/def/crs/EPSG/0/25832"
const EPSG = /^(?:epsg:{1,2}|urn:ogc:def:crs:epsg:[\d.]*:|https?:\/\/www\.opengis\.net\/def\/crs\/epsg\/[\d.]+\/)?(\d{4,6})$/;

/**
 * The canonical code ('EPSG:25832') of a CRS name in any of the usual spellings; WGS84 for CRS84 and for
 * ETRS89 longitude/latitude (`READ_AS_WGS84`). Throws `DataError` (`data-crs`) for names it cannot read and
 * for CRS it does not support, naming the supported ones.
 */
export function normalizeCrs(name: string): string {
  const text = name.trim().toLowerCase();
  if (CRS84.test(text)) return WGS84;
  const match = EPSG.exec(text);
  const code = match ? `EPSG:${Number(match[1])}` : undefined;
  if (code && READ_AS_WGS84.has(code)) return WGS84;
  if (!code || !BY_CODE.has(code)) throw unsupported(name);
  return code;
}

function unsupported(name: string): DataError {
  return new DataError('data-crs', 'crs.unsupported', { name: quote(name), supported: LISTED.join(', ') });
}

/**
 * The CRS named by a GeoJSON object's legacy `crs` member, unnormalised, or undefined when there is none:
 * `{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::25832"}}`,
 * `{"type":"EPSG","properties":{"code":25832}}` or a plain string `"EPSG:25832"`.
 */
export function legacyCrsMember(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || !('crs' in value)) return undefined;
  const crs = (value as { crs: unknown }).crs;
  if (crs === null || crs === undefined) return undefined;
  if (typeof crs === 'string') return crs;
  const properties = (crs as { properties?: { name?: unknown; code?: unknown } }).properties;
  if (typeof properties?.name === 'string') return properties.name;
  if (typeof properties?.code === 'number' || typeof properties?.code === 'string') return String(properties.code);
  throw new DataError('data-crs', 'crs.member-unreadable');
}
