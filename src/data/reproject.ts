import type { Feature, Geometry, Position } from 'geojson';
import { crsInfo, WGS84 } from './crs.js';
import type { Progress, TimeSlicer } from './time-slice.js';

/**
 * Reprojects validated features to WGS84 longitude/latitude with proj4, in time slices. proj4 (about
 * 42 KB gzipped) is imported here, lazily: only pages with projected data download it.
 * Only x and y are transformed; a height is kept as it is (a datum shift would otherwise move it).
 * A feature with a position that does not transform to a finite longitude/latitude is skipped.
 */

export interface Reprojected {
  features: Feature[];
  skipped: number;
}

type Forward = (position: [number, number]) => number[];

export async function reprojectFeatures(
  features: readonly Feature[],
  fromCrs: string,
  slicer: TimeSlicer,
  progress: Progress,
): Promise<Reprojected> {
  const { default: proj4 } = await import('proj4');
  const converter = proj4(crsInfo(fromCrs).proj, crsInfo(WGS84).proj);
  const forward: Forward = (position) => converter.forward(position);
  const result: Feature[] = [];
  for (let i = 0; i < features.length; i++) {
    const geometry = transformGeometry(features[i].geometry, forward);
    if (geometry) result.push({ ...features[i], geometry });
    if (slicer.due()) {
      progress.report((i + 1) / features.length);
      await slicer.yield();
    }
  }
  progress.report(1);
  return { features: result, skipped: features.length - result.length };
}

/** A transformed copy of `geometry`, or null when a position falls outside longitude/latitude. */
function transformGeometry(geometry: Geometry, forward: Forward): Geometry | null {
  let ok = true;
  const position = (p: Position): Position => {
    const [lon, lat] = forward([p[0], p[1]]);
    if (!(Math.abs(lon) <= 180 && Math.abs(lat) <= 90)) ok = false; // also false for NaN
    return p.length > 2 ? [lon, lat, p[2]] : [lon, lat];
  };
  const positions = (list: Position[]) => list.map(position);
  let copy: Geometry;
  switch (geometry.type) {
    case 'Point':
      copy = { type: 'Point', coordinates: position(geometry.coordinates) };
      break;
    case 'MultiPoint':
      copy = { type: 'MultiPoint', coordinates: positions(geometry.coordinates) };
      break;
    case 'LineString':
      copy = { type: 'LineString', coordinates: positions(geometry.coordinates) };
      break;
    case 'MultiLineString':
      copy = { type: 'MultiLineString', coordinates: geometry.coordinates.map(positions) };
      break;
    case 'Polygon':
      copy = { type: 'Polygon', coordinates: geometry.coordinates.map(positions) };
      break;
    case 'MultiPolygon':
      copy = { type: 'MultiPolygon', coordinates: geometry.coordinates.map((polygon) => polygon.map(positions)) };
      break;
    case 'GeometryCollection': {
      const geometries = geometry.geometries.map((g) => transformGeometry(g, forward));
      if (geometries.some((g) => g === null)) return null;
      copy = { type: 'GeometryCollection', geometries: geometries as Geometry[] };
      break;
    }
  }
  return ok ? copy : null;
}
