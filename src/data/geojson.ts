import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { DataError, quote } from './data-error.js';

const GEOMETRY_TYPES = new Set([
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
  'GeometryCollection',
]);

/**
 * Parses GeoJSON text into a FeatureCollection: accepts a FeatureCollection, a Feature or a bare geometry.
 * Only the outer shape is checked here; `validateFeatures` (validate.ts) checks every feature.
 * Throws `DataError` with code `data-invalid`.
 */
export function parseGeoJson(text: string): FeatureCollection {
  return toFeatureCollection(parseJson(text));
}

/** JSON text (with or without a byte order mark) to a value; says whether it is truncated, an HTML page, or other text. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new DataError('data-invalid', /^\s*[[{]/.test(text) ? 'json.truncated' : /^\s*</.test(text) ? 'json.markup' : 'json.other');
  }
}

/** The outer shape of a parsed GeoJSON value as a FeatureCollection (features not yet checked). */
export function toFeatureCollection(value: unknown): FeatureCollection {
  const object = value as { type?: unknown } | null;
  if (typeof object !== 'object' || object === null || typeof object.type !== 'string') {
    throw new DataError('data-invalid', 'geojson.no-type');
  }
  if (object.type === 'FeatureCollection') {
    const features = (object as { features?: unknown }).features;
    if (!Array.isArray(features)) {
      throw new DataError('data-invalid', 'geojson.no-features');
    }
    return { type: 'FeatureCollection', features: features as Feature[] };
  }
  if (object.type === 'Feature') return { type: 'FeatureCollection', features: [object as Feature] };
  if (GEOMETRY_TYPES.has(object.type)) {
    return { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: object as Geometry }] };
  }
  throw new DataError('data-invalid', 'geojson.unknown-type', { type: quote(object.type) });
}

/** [west, south, east, north] of all coordinates, or null when there are none. */
export function bboxOf(collection: FeatureCollection): [number, number, number, number] | null {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  const visit = (position: Position) => {
    west = Math.min(west, position[0]);
    east = Math.max(east, position[0]);
    south = Math.min(south, position[1]);
    north = Math.max(north, position[1]);
  };
  const walk = (geometry: Geometry | null) => {
    if (!geometry) return;
    if (geometry.type === 'GeometryCollection') return geometry.geometries.forEach(walk);
    const flatten = (coords: unknown): void =>
      typeof (coords as number[])[0] === 'number' ? visit(coords as Position) : (coords as unknown[]).forEach(flatten);
    flatten(geometry.coordinates);
  };
  collection.features.forEach((feature) => walk(feature.geometry));
  return Number.isFinite(west) ? [west, south, east, north] : null;
}
