import { normalizeCrs, SUPPORTED_CRS_CODES, WGS84 } from '../crs.js';
import { DataError, quoted } from '../data-error.js';
import { queryParam } from '../query-param.js';
import type { LonLatBox } from '../lonlat-box.js';
import type { WfsFeatureType, WfsService } from './wfs-capabilities.js';

/**
 * What to ask a WFS for, decided from its capabilities and the layer's attributes; and the request URLs.
 * Pure: no DOM, no fetch.
 *
 * ```ts
 * capabilitiesUrl('https://geo.example.de/wfs?SERVICE=WFS&typeNames=ms:wlan')
 *   // 'https://geo.example.de/wfs?SERVICE=WFS&REQUEST=GetCapabilities&ACCEPTVERSIONS=2.0.0,1.1.0'
 * const type = pickFeatureType(service.types, 'wlan');        // 'wlan' finds 'ms:wlan'
 * const format = pickOutputFormat(type.outputFormats);        // { format: 'application/json; subtype=geojson', gml: false }
 * const crs = pickCrs(type, undefined);                        // 'EPSG:4326' when offered, else a projected one proj4 reads
 * getFeatureUrl(src, { service, type, format, crs, bbox, count: 1000, startIndex: 0 });
 * ```
 *
 * - Version: 2.0.0 when offered, else 1.1.0 (ACCEPTVERSIONS lets the server choose); a `VERSION` in the page
 *   author's URL is asked for instead.
 * - Output: GeoJSON when the type offers it (any format naming json), else GML 3.2 (2.0) / GML 3.1.1 (1.1).
 * - CRS: the `crs` attribute if the type offers it; else WGS84 (EPSG:4326, CRS84, ETRS89 longitude/latitude);
 *   else the first offered CRS proj4 can read (EPSG:25832 and the others of crs.ts). Always asked for as a URN
 *   (`urn:ogc:def:crs:EPSG::4326`), whose axis order is the EPSG one in both 1.1 and 2.0.
 * - BBOX is in the asked CRS, in that CRS's axis order: latitude first for EPSG:4326 (and the other
 *   geographic CRSs), easting first for EPSG:25832 and the projected ones, with the CRS's URN as fifth value.
 * - The author's own parameters (an API key, `map=`) are kept; the ones the reader sets are replaced, whatever
 *   their case. A `FILTER`, `CQL_FILTER` or `RESOURCEID` of the author's is kept, and then no BBOX is sent
 *   (WFS does not allow both): the reader reads that selection, up to max-features.
 */

/** Parameters set by the reader, in lower case: replaced in the author's URL. */
const OWN_PARAMS = new Set([
  'service',
  'request',
  'version',
  'acceptversions',
  'typenames',
  'typename',
  'outputformat',
  'srsname',
  'bbox',
  'count',
  'maxfeatures',
  'startindex',
  'resulttype',
]);
/** The author's selection, which excludes a BBOX. */
const SELECTIONS = new Set(['filter', 'cql_filter', 'resourceid', 'featureid']);

/** Geographic CRSs whose EPSG axis order is latitude first (the ones the reader asks for). */
const LAT_FIRST = new Set(['EPSG:4326', 'EPSG:4258']);

function withParams(url: string, params: Record<string, string>, keep: (key: string) => boolean): string {
  const request = new URL(url);
  for (const key of [...request.searchParams.keys()]) if (!keep(key.toLowerCase())) request.searchParams.delete(key);
  for (const [key, value] of Object.entries(params)) request.searchParams.set(key, value);
  return request.href;
}


/** The GetCapabilities URL of a WFS address (the author's extra parameters kept). */
export function capabilitiesUrl(url: string): string {
  const version = queryParam(url, 'version');
  const versions = version === '2.0.0' || version === '1.1.0' ? version : '2.0.0,1.1.0';
  return withParams(url, { SERVICE: 'WFS', REQUEST: 'GetCapabilities', ACCEPTVERSIONS: versions }, (key) => !OWN_PARAMS.has(key) && !SELECTIONS.has(key));
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/**
 * The feature type `wanted` names (the `type-name` attribute, else the URL's typeNames/typeName): exact, or
 * without the prefix (`wlan` for `ms:wlan`, case-insensitive). Without a name, a service's only type.
 * Throws `DataError` listing the types offered.
 */
export function pickFeatureType(types: readonly WfsFeatureType[], wanted: string | undefined): WfsFeatureType {
  if (types.length === 0) throw new DataError('data-invalid', 'wfs.no-types');
  const names = () => types.slice(0, 20).map((type) => quoted(type.name));
  if (!wanted) {
    if (types.length === 1) return types[0];
    throw new DataError('data-invalid', 'wfs.choose-type', { types: names() });
  }
  const name = wanted.split(',')[0].trim();
  const found =
    types.find((type) => type.name === name) ??
    types.find((type) => localName(type.name).toLowerCase() === localName(name).toLowerCase());
  if (!found) throw new DataError('data-invalid', 'wfs.no-such-type', { name: quoted(name), types: names() });
  return found;
}

export interface OutputChoice {
  /** The OUTPUTFORMAT to send; undefined: the server's default (GML 3.2 for 2.0, GML 3.1.1 for 1.1). */
  format?: string;
  gml: boolean;
}

/** GeoJSON when offered; else GML 3.x (`preferGml`: GML even when GeoJSON is offered). */
export function pickOutputFormat(formats: readonly string[], version: WfsService['version'], preferGml = false): OutputChoice {
  const json = formats.find((format) => /geo\+?json/i.test(format)) ?? formats.find((format) => /json/i.test(format));
  if (json && !preferGml) return { format: json, gml: false };
  const gml32 = formats.find((format) => /gml\/3\.2|version=3\.2/i.test(format));
  const gml31 = formats.find((format) => /gml\/3\.1/i.test(format)) ?? formats.find((format) => /^gml3$/i.test(format));
  return { format: version === '2.0.0' ? (gml32 ?? gml31) : (gml31 ?? gml32), gml: true };
}

/** The canonical code of an offered CRS, or undefined when the map cannot read it. */
function readable(name: string): string | undefined {
  try {
    return normalizeCrs(name);
  } catch {
    return undefined;
  }
}

/**
 * The CRS to ask for, as `{ code, name }`: `code` the map's canonical code (`EPSG:25832`; WGS84 for CRS84 and
 * ETRS89), `name` the offered CRS as EPSG code (`EPSG:4258`). Throws `DataError` (`data-crs`).
 */
export function pickCrs(type: WfsFeatureType, wanted: string | undefined): { code: string; name: string } {
  const offered = type.crs.map((name) => ({ name, code: readable(name) }));
  if (wanted) {
    const code = normalizeCrs(wanted);
    const match = offered.find((crs) => crs.code === code);
    if (!match) throw new DataError('data-crs', 'wfs.crs-not-offered', { name: quoted(type.name), crs: wanted, offered: type.crs.join(', ') });
    return { code, name: match.name };
  }
  const pick = offered.find((crs) => crs.code === WGS84 && /^EPSG:4326$/i.test(crs.name)) ?? offered.find((crs) => crs.code === WGS84) ?? offered.find((crs) => crs.code);
  if (!pick?.code) {
    throw new DataError('data-crs', 'wfs.no-crs', { name: quoted(type.name), offered: type.crs.join(', ') || '–', supported: SUPPORTED_CRS_CODES.join(', ') });
  }
  return { code: pick.code, name: pick.name };
}

/** The URN the reader asks for (`urn:ogc:def:crs:EPSG::25832`), or CRS84's. */
export function crsUrn(name: string): string {
  const epsg = /^EPSG:(\d+)$/i.exec(name);
  if (epsg) return `urn:ogc:def:crs:EPSG::${epsg[1]}`;
  return /crs84/i.test(name) ? 'urn:ogc:def:crs:OGC:1.3:CRS84' : name;
}

/**
 * The BBOX parameter for a box in the asked CRS (`box`: minX, minY, maxX, maxY in that CRS's x = east/longitude,
 * y = north/latitude): the EPSG axis order of the URN (latitude first for EPSG:4326 and ETRS89), then the URN.
 */
export function bboxParam([minX, minY, maxX, maxY]: LonLatBox, crsName: string): string {
  const round = (value: number) => String(Math.round(value * 1e6) / 1e6);
  const urn = crsUrn(crsName);
  const corners = LAT_FIRST.has(crsName.toUpperCase()) ? [minY, minX, maxY, maxX] : [minX, minY, maxX, maxY];
  return [...corners.map(round), urn].join(',');
}

export interface GetFeatureRequest {
  version: WfsService['version'];
  typeName: string;
  output: OutputChoice;
  /** The offered CRS asked for (`EPSG:4326`). */
  crsName: string;
  /** The box in that CRS (x east, y north), or undefined: no BBOX. */
  bbox?: LonLatBox;
  /** Features in this answer. */
  count: number;
  /** 2.0 only: where the page starts. */
  startIndex?: number;
}

/** Whether the author's URL selects features itself (FILTER, CQL_FILTER, RESOURCEID): then no BBOX is sent. */
export function hasOwnSelection(url: string): boolean {
  return [...new URL(url).searchParams.keys()].some((key) => SELECTIONS.has(key.toLowerCase()));
}

/** The GetFeature URL of one page. */
export function getFeatureUrl(url: string, request: GetFeatureRequest): string {
  const v2 = request.version === '2.0.0';
  const params: Record<string, string> = {
    SERVICE: 'WFS',
    VERSION: request.version,
    REQUEST: 'GetFeature',
    [v2 ? 'TYPENAMES' : 'TYPENAME']: request.typeName,
    SRSNAME: crsUrn(request.crsName),
    [v2 ? 'COUNT' : 'MAXFEATURES']: String(Math.max(1, Math.floor(request.count))),
  };
  if (request.output.format) params.OUTPUTFORMAT = request.output.format;
  if (v2 && request.startIndex) params.STARTINDEX = String(request.startIndex);
  if (request.bbox) params.BBOX = bboxParam(request.bbox, request.crsName);
  return withParams(url, params, (key) => !OWN_PARAMS.has(key));
}
