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
  const source = text.replace(/^\uFEFF/, '');
  try {
    return JSON.parse(source);
  } catch (error) {
    if (/^\s*</.test(source)) throw new DataError('data-invalid', 'json.markup');
    if (!/^\s*[[{]/.test(source)) throw new DataError('data-invalid', 'json.other');
    throw syntaxError(source, String((error as Error)?.message));
  }
}

/**
 * Where JSON that starts like JSON goes wrong, for the person fixing the file: the line and character from
 * the browser's message (Chromium: "… at position 56 (line 3 column 12)", Firefox: "… at line 3 column 12"),
 * or "ends in line …" when the text stops in the middle.
 */
function syntaxError(source: string, message: string): DataError {
  const lineColumn = /line (\d+) column (\d+)/i.exec(message);
  const position = /position (\d+)/i.exec(message);
  // "Unexpected end of JSON input", or an unterminated string or number that runs to the end of the text.
  const endsEarly = /end of (JSON )?(input|data)/i.test(message) || (position !== null && Number(position[1]) >= source.trimEnd().length - 1);
  if (endsEarly) return new DataError('data-invalid', 'json.ends-early', { line: lineOf(source, source.length) });
  if (lineColumn) return new DataError('data-invalid', 'json.invalid-at', { line: Number(lineColumn[1]), column: Number(lineColumn[2]) });
  if (position) {
    const at = Number(position[1]);
    return new DataError('data-invalid', 'json.invalid-at', { line: lineOf(source, at), column: at - source.lastIndexOf('\n', at - 1) });
  }
  return new DataError('data-invalid', 'json.truncated');
}

function lineOf(source: string, index: number): number {
  let line = 1;
  for (let i = source.indexOf('\n'); i !== -1 && i < index; i = source.indexOf('\n', i + 1)) line++;
  return line;
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
