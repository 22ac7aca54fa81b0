import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { DataError, loadReasons } from '../../src/data/data-error.js';

// The reasons' catalogue is loaded lazily by the library (on the first error); these tests read reasons directly.
before(() => loadReasons());

/** The DataError a load rejects with; fails when it resolves or rejects with anything else. */
export async function dataError(promise: Promise<unknown>): Promise<DataError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DataError) return error;
    throw error;
  }
  throw new Error('expected a DataError, but the load succeeded');
}

export function feature(geometry: unknown, properties: unknown = {}): Feature {
  return { type: 'Feature', properties, geometry } as Feature;
}

export function point(x: number, y: number, properties: Record<string, unknown> = {}): Feature {
  return feature({ type: 'Point', coordinates: [x, y] }, properties);
}

export function collection(...features: unknown[]): FeatureCollection {
  return { type: 'FeatureCollection', features: features as Feature[] };
}

export function json(value: unknown): string {
  return JSON.stringify(value);
}

/** Ground distance in metres between two longitude/latitude positions close to each other. */
export function metres(a: Position, b: Position): number {
  const lat = ((a[1] + b[1]) / 2) * (Math.PI / 180);
  return Math.hypot((a[0] - b[0]) * 111_320 * Math.cos(lat), (a[1] - b[1]) * 110_574);
}

export function coordinatesOf(geometry: Geometry): Position {
  if (geometry.type !== 'Point') throw new Error(`expected a Point, got ${geometry.type}`);
  return geometry.coordinates;
}
