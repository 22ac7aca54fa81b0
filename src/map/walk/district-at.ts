import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { assetUrl } from '../../assets-url.js';
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

let districts: Promise<Feature[]> | undefined;

/**
 * The district under a point, from the bundled district outlines (read once per page from the library's own
 * assets folder, like the offline basemap). Undefined when the file cannot be read (then it is tried again).
 */
export async function districtUnder(point: LngLat): Promise<string | null | undefined> {
  districts ??= fetch(assetUrl('data/stadtteile.geojson'))
    .then((response) => (response.ok ? (response.json() as Promise<FeatureCollection>) : Promise.reject(new Error(`HTTP ${response.status}`))))
    .then((collection) => (Array.isArray(collection.features) ? collection.features : []));
  try {
    return districtAt(point, await districts);
  } catch {
    districts = undefined;
    return undefined;
  }
}
