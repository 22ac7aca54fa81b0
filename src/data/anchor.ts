import type { Geometry, Position } from 'geojson';
import { bboxOf } from './geojson.js';

export type LngLat = [number, number];
export type Box = [west: number, south: number, east: number, north: number];

const isPosition = (p: unknown): p is Position => Array.isArray(p) && Number.isFinite(p[0]) && Number.isFinite(p[1]);

/** Twice the signed area and the area-weighted centre of a ring (shoelace formula). */
export function ringCentroid(ring: Position[]): { area: number; at?: LngLat } {
  let area = 0;
  let x = 0;
  let y = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const cross = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
    area += cross;
    x += (ring[j][0] + ring[i][0]) * cross;
    y += (ring[j][1] + ring[i][1]) * cross;
  }
  return area ? { area: Math.abs(area), at: [x / (3 * area), y / (3 * area)] } : { area: 0 };
}

/**
 * One point that stands for a geometry, e.g. as the place a search result names: a point itself, the middle
 * vertex of a line, the centroid of a polygon's outer ring (of the largest, for several). Undefined without
 * valid coordinates.
 */
export function representativePoint(geometry: Geometry | null | undefined): LngLat | undefined {
  if (!geometry) return undefined;
  switch (geometry.type) {
    case 'Point':
      return isPosition(geometry.coordinates) ? [geometry.coordinates[0], geometry.coordinates[1]] : undefined;
    case 'MultiPoint':
    case 'LineString': {
      const points = geometry.coordinates.filter(isPosition);
      const middle = points[Math.floor(points.length / 2)];
      return middle ? [middle[0], middle[1]] : undefined;
    }
    case 'MultiLineString':
      return representativePoint({ type: 'LineString', coordinates: geometry.coordinates.flat() });
    case 'Polygon':
    case 'MultiPolygon': {
      const outers = geometry.type === 'Polygon' ? [geometry.coordinates[0]] : geometry.coordinates.map((polygon) => polygon[0]);
      let best: { area: number; at?: LngLat } = { area: -1 };
      for (const ring of outers) {
        const points = (ring ?? []).filter(isPosition);
        const found = ringCentroid(points);
        if (found.at && found.area > best.area) best = found;
        else if (!found.at && best.area < 0 && points.length) best = { area: 0, at: [points[0][0], points[0][1]] };
      }
      return best.at;
    }
    case 'GeometryCollection':
      for (const part of geometry.geometries) {
        const at = representativePoint(part);
        if (at) return at;
      }
      return undefined;
    default:
      return undefined;
  }
}

/** The bounding box of a geometry's coordinates, or undefined without any (the data module's `bboxOf`). */
export function boundsOf(geometry: Geometry | null | undefined): Box | undefined {
  return (geometry && bboxOf({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry }] })) || undefined;
}
