import type { Feature, GeoJsonProperties, Geometry, Position } from 'geojson';
import type { Progress, TimeSlicer } from './time-slice.js';

/**
 * Checks every feature of a parsed file and copies the usable ones into fresh objects, skipping and
 * counting the rest instead of failing the whole file. A feature is skipped when
 * - it has no geometry (missing or null) or is not an object at all,
 * - its geometry type is unknown,
 * - a coordinate is not a finite number, or larger than any supported CRS produces (|v| > 1e8),
 * - a position has fewer than 2 numbers,
 * - a LineString has fewer than 2 positions, a polygon ring fewer than 4 (after closing it), or a
 *   multi-geometry/GeometryCollection is empty.
 * One bad part skips the whole feature: showing half a MultiPolygon would mislead more than showing none.
 * Unclosed polygon rings are closed. Positions keep a third number (height) when it is finite; more are
 * dropped. Properties are copied with `Object.fromEntries`, so a `__proto__` key stays a plain key and can
 * never reach a prototype; properties that are not an object become `{}`. Foreign members (`bbox`, `crs`
 * …) are dropped: a `bbox` would be wrong after reprojection.
 *
 * Coordinates are not range-checked here (they may still be projected); every kept feature's bounding box
 * is returned for the checks in coordinate-check.ts.
 */

/** Larger than any coordinate of a supported CRS (EPSG:4647 eastings reach 3.4e7, EPSG:3857 2.0e7). */
const MAX_COORDINATE = 1e8;

export type SkipReason = 'geometry' | 'type' | 'coordinates' | 'shape';

export interface ValidFeatures {
  features: Feature[];
  /** Bounding box of each feature: `boxes[4 * i … 4 * i + 3]` = minX, minY, maxX, maxY of `features[i]`. */
  boxes: Float64Array;
  skipped: number;
  /** How many features were skipped for which reason. */
  reasons: Record<SkipReason, number>;
}

/** Validates `items` in time slices, reporting progress within the current stage. */
export async function validateFeatures(items: readonly unknown[], slicer: TimeSlicer, progress: Progress): Promise<ValidFeatures> {
  const features: Feature[] = [];
  const boxes = new Float64Array(items.length * 4);
  const reasons: Record<SkipReason, number> = { geometry: 0, type: 0, coordinates: 0, shape: 0 };
  const cleaner = new GeometryCleaner();
  for (let i = 0; i < items.length; i++) {
    const result = cleanFeature(items[i], cleaner);
    if (typeof result === 'string') {
      reasons[result]++;
    } else {
      boxes.set(cleaner.box(), features.length * 4);
      features.push(result);
    }
    if (slicer.due()) {
      progress.report((i + 1) / items.length);
      await slicer.yield();
    }
  }
  progress.report(1);
  return { features, boxes: boxes.slice(0, features.length * 4), skipped: items.length - features.length, reasons };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function cleanFeature(item: unknown, cleaner: GeometryCleaner): Feature | SkipReason {
  if (!isRecord(item) || !isRecord(item.geometry)) return 'geometry';
  cleaner.reset();
  const geometry = cleaner.geometry(item.geometry, 0);
  if (typeof geometry === 'string') return geometry;
  const properties: GeoJsonProperties = isRecord(item.properties) ? Object.fromEntries(Object.entries(item.properties)) : {};
  const feature: Feature = { type: 'Feature', properties, geometry };
  if (typeof item.id === 'string' || (typeof item.id === 'number' && Number.isFinite(item.id))) feature.id = item.id;
  return feature;
}

class Invalid {
  constructor(readonly reason: SkipReason) {}
}

/** Copies one geometry, tracking its bounding box; throws `Invalid` (caught in `geometry`) on the first fault. */
class GeometryCleaner {
  private minX = Infinity;
  private minY = Infinity;
  private maxX = -Infinity;
  private maxY = -Infinity;

  reset(): void {
    this.minX = this.minY = Infinity;
    this.maxX = this.maxY = -Infinity;
  }

  box(): [number, number, number, number] {
    return [this.minX, this.minY, this.maxX, this.maxY];
  }

  geometry(value: Record<string, unknown>, depth: number): Geometry | SkipReason {
    try {
      return this.any(value, depth);
    } catch (error) {
      if (error instanceof Invalid) return error.reason;
      throw error;
    }
  }

  private any(value: Record<string, unknown>, depth: number): Geometry {
    const c = value.coordinates;
    switch (value.type) {
      case 'Point':
        return { type: 'Point', coordinates: this.position(c) };
      case 'MultiPoint':
        return { type: 'MultiPoint', coordinates: this.list(c, 1, (p) => this.position(p)) };
      case 'LineString':
        return { type: 'LineString', coordinates: this.line(c) };
      case 'MultiLineString':
        return { type: 'MultiLineString', coordinates: this.list(c, 1, (l) => this.line(l)) };
      case 'Polygon':
        return { type: 'Polygon', coordinates: this.polygon(c) };
      case 'MultiPolygon':
        return { type: 'MultiPolygon', coordinates: this.list(c, 1, (p) => this.polygon(p)) };
      case 'GeometryCollection': {
        if (depth > 8) throw new Invalid('type');
        const geometries = this.list(value.geometries, 1, (g) => {
          if (!isRecord(g)) throw new Invalid('geometry');
          return this.any(g, depth + 1);
        });
        return { type: 'GeometryCollection', geometries };
      }
      default:
        throw new Invalid('type');
    }
  }

  private list<T>(value: unknown, min: number, item: (value: unknown) => T): T[] {
    if (!Array.isArray(value)) throw new Invalid('coordinates');
    if (value.length < min) throw new Invalid('shape');
    return value.map(item);
  }

  private line(value: unknown): Position[] {
    return this.list(value, 2, (p) => this.position(p));
  }

  private polygon(value: unknown): Position[][] {
    return this.list(value, 1, (ring) => this.ring(ring));
  }

  private ring(value: unknown): Position[] {
    const ring = this.list(value, 1, (p) => this.position(p));
    const first = ring[0];
    const last = ring[ring.length - 1];
    if (first[0] !== last[0] || first[1] !== last[1]) ring.push([...first]);
    if (ring.length < 4) throw new Invalid('shape');
    return ring;
  }

  private position(value: unknown): Position {
    if (!Array.isArray(value)) throw new Invalid('coordinates');
    if (value.length < 2) throw new Invalid('shape');
    const [x, y, z] = value as unknown[];
    if (!isCoordinate(x) || !isCoordinate(y)) throw new Invalid('coordinates');
    if (x < this.minX) this.minX = x;
    if (x > this.maxX) this.maxX = x;
    if (y < this.minY) this.minY = y;
    if (y > this.maxY) this.maxY = y;
    return typeof z === 'number' && Number.isFinite(z) ? [x, y, z] : [x, y];
  }
}

function isCoordinate(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= MAX_COORDINATE;
}
