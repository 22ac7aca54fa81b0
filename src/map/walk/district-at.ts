import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { bundledGeoJson } from '../../data/bundled-data.js';
import type { LngLat } from '../../data/anchor.js';

/** The name of the district of `districts` that contains `point`; null when none does (pure). */
export function districtAt(point: LngLat, districts: readonly Feature[]): string | null {
  for (const district of districts) {
    const geometry = district.geometry;
    if (geometry?.type !== 'Polygon' && geometry?.type !== 'MultiPolygon') continue;
    const name = district.properties?.name;
    if (typeof name === 'string' && booleanPointInPolygon(point, geometry as Polygon | MultiPolygon)) return name;
  }
  return null;
}

/**
 * The district under a point, from the bundled district outlines (read once per page, shared with the search's
 * place names). Undefined when the file cannot be read (it is tried again next time).
 */
export async function districtUnder(point: LngLat): Promise<string | null | undefined> {
  try {
    const { features } = await bundledGeoJson('stadtteile.geojson');
    return districtAt(point, Array.isArray(features) ? features : []);
  } catch {
    return undefined;
  }
}
