import type { Feature } from 'geojson';
import { legacyCrsMember } from '../crs.js';
import { DataError, quote, quoted } from '../data-error.js';
import { parseJson } from '../geojson.js';
import { exceptionError, parseXml, throwIfException } from './wfs-capabilities.js';

/**
 * Reading one GetFeature answer: GeoJSON, or GML 3.2/3.1.1 (read by OpenLayers' WFS/GML formats, imported only
 * when a service offers no GeoJSON), or the server's exception report. Pure: no DOM elements (GML is parsed
 * with the browser's DOMParser, as OpenLayers needs).
 *
 * ```ts
 * const page = await readFeaturePage(text, { gml: false, version: '2.0.0' });  // { features, numberMatched? }
 * ```
 *
 * Why OpenLayers for GML: it is the maintained, widely used reader of GML 3.1.1 and 3.2 inside WFS answers
 * (points, lines, polygons, multi-geometries, curves and surfaces; srsName-driven axis order, so
 * `urn:ogc:def:crs:EPSG::4326` lat/lon comes out as lon/lat). `ol/format/WFS` with its GML readers is about
 * 22 KB gzipped, a chunk only pages whose WFS has no GeoJSON output download. Hand-written GML parsing is
 * what the issue rules out.
 */

export interface FeaturePage {
  /** As the server sent them, not yet validated. */
  features: Feature[];
  /** The server's count of all features matching the request (2.0's numberMatched), when it gives a number. */
  numberMatched?: number;
  /**
   * GeoJSON only: the CRS its legacy `crs` member names (MapServer writes one), or null when it has none (QGIS
   * Server writes WGS84 then, as RFC 7946 says, whatever SRSNAME asked for). Undefined for GML, whose
   * positions are in the CRS asked for.
   */
  declaredCrs?: string | null;
}

/** Reads an answer; throws `DataError` for an exception report, unreadable GML or an answer of another kind. */
export async function readFeaturePage(text: string, { gml, version }: { gml: boolean; version: '2.0.0' | '1.1.0' }): Promise<FeaturePage> {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('<')) {
    if (!gml) throwIfException(parseXml(start)); // an exception report instead of the GeoJSON asked for
    return readGml(start, version);
  }
  if (start.startsWith('{')) return readGeoJson(start);
  throw new DataError('data-invalid', 'wfs.not-features', { start: quoted(start, 60) });
}

function readGeoJson(text: string): FeaturePage {
  let body: unknown;
  try {
    body = parseJson(text);
  } catch {
    throw new DataError('data-invalid', 'wfs.not-features', { start: quoted(text, 60) });
  }
  const object = body as { type?: unknown; features?: unknown; numberMatched?: unknown; totalFeatures?: unknown } | null;
  if (object?.type !== 'FeatureCollection' || !Array.isArray(object.features)) {
    throw new DataError('data-invalid', 'wfs.not-features', { start: quoted(text, 60) });
  }
  const matched = typeof object.numberMatched === 'number' ? object.numberMatched : object.totalFeatures;
  const declaredCrs = legacyCrsMember(object) ?? null;
  return { features: object.features as Feature[], declaredCrs, ...(typeof matched === 'number' ? { numberMatched: matched } : {}) };
}

async function readGml(text: string, version: '2.0.0' | '1.1.0'): Promise<FeaturePage> {
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  const root = doc.documentElement;
  const parseError = doc.getElementsByTagName('parsererror')[0];
  if (parseError || !root) throw gmlUnreadable(parseError?.textContent ?? 'no XML');
  const rootName = root.localName;
  if (rootName === 'ExceptionReport' || rootName === 'ServiceExceptionReport') {
    const exceptionText = root.getElementsByTagNameNS('*', 'ExceptionText')[0] ?? root.getElementsByTagNameNS('*', 'ServiceException')[0];
    throw exceptionError((exceptionText?.textContent ?? '').trim());
  }
  if (rootName !== 'FeatureCollection') throw new DataError('data-invalid', 'wfs.not-features', { start: quoted(`<${root.nodeName}>`) });
  const { default: WFS } = await import('ol/format/WFS.js');
  let olFeatures;
  try {
    olFeatures = new WFS({ version }).readFeatures(doc);
  } catch (error) {
    throw gmlUnreadable(error instanceof Error ? error.message : String(error));
  }
  const features: Feature[] = [];
  for (const feature of olFeatures) {
    const geometry = feature.getGeometry() as { getType(): string; getCoordinates?(): unknown } | undefined;
    const properties = { ...feature.getProperties() };
    delete properties[feature.getGeometryName()];
    for (const [key, value] of Object.entries(properties)) if (value !== null && typeof value === 'object') delete properties[key]; // boundedBy extents and the like
    const id = feature.getId();
    features.push({
      type: 'Feature',
      ...(id !== undefined ? { id } : {}),
      properties,
      geometry: (geometry?.getCoordinates ? { type: geometry.getType(), coordinates: flat(geometry.getCoordinates()) } : null) as Feature['geometry'],
    });
  }
  // 2.0's numberMatched counts every match; 1.1's numberOfFeatures only this answer's, so it says nothing of more.
  const matched = Number(root.getAttribute('numberMatched') ?? NaN);
  if (features.length === 0 && hasMembers(root)) throw gmlUnreadable('no geometry read');
  return { features, ...(Number.isFinite(matched) ? { numberMatched: matched } : {}) };
}

/**
 * Coordinates without the third value OpenLayers' GML reader adds to every position (0 for 2D data): a city's
 * WFS data is 2D, and the map shows no heights.
 */
function flat(coordinates: unknown): unknown {
  if (!Array.isArray(coordinates)) return coordinates;
  if (typeof coordinates[0] === 'number') return coordinates.slice(0, 2);
  return coordinates.map(flat);
}

/** Whether the collection has member elements (which OpenLayers then could not read). */
function hasMembers(root: Element): boolean {
  for (const name of ['member', 'featureMember', 'featureMembers']) if (root.getElementsByTagNameNS('*', name).length) return true;
  return false;
}

function gmlUnreadable(detail: string): DataError {
  return new DataError('data-invalid', 'wfs.gml-unreadable', { detail: quote(detail.trim().split('\n')[0], 80) });
}
