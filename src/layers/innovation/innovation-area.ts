import area from '@turf/area';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, MultiPolygon, Point, Polygon } from 'geojson';
import { representativePoint } from '../../data/anchor.js';
import { locale, type Lang } from '../../i18n/lang.js';

type Area = Feature<Polygon | MultiPolygon>;

export const isArea = (f: Feature): f is Area => f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon';
export const isPlace = (f: Feature): f is Feature<Point> => f.geometry?.type === 'Point';

/** Area of the polygons in hectares (turf, on the sphere). */
export function hectares(features: readonly Feature[]): number {
  return features.filter(isArea).reduce((sum, feature) => sum + area(feature) / 10_000, 0);
}

/** The point features that lie inside any of the polygons. */
export function placesInside(features: readonly Feature[]): Feature<Point>[] {
  const areas = features.filter(isArea);
  return features.filter(isPlace).filter((place) => areas.some((a) => booleanPointInPolygon(place, a)));
}

/**
 * One point per area, with the area's properties, where its name and size are written: MapLibre writes a label of
 * the polygon itself once in every tile the polygon spans (three times over the innovation area at zoom 17).
 */
export function labelPoints(features: readonly Feature[]): Feature<Point>[] {
  return features.filter(isArea).flatMap((feature) => {
    const at = representativePoint(feature.geometry);
    return at ? [{ type: 'Feature' as const, properties: feature.properties, geometry: { type: 'Point' as const, coordinates: at } }] : [];
  });
}

/** [west, south, east, north] of the polygons, or null. */
export function areaBounds(features: readonly Feature[]): [number, number, number, number] | null {
  const positions = features.filter(isArea).flatMap((f) => (f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat()).flat());
  if (!positions.length) return null;
  const xs = positions.map((p) => p[0]);
  const ys = positions.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/** "7,0 ha" / "7.0 ha". */
export const formatHectares = (value: number, lang: Lang) =>
  `${value.toLocaleString(locale(lang), { minimumFractionDigits: 1, maximumFractionDigits: 1 })} ha`;

/** Whether the data marks an outline as approximate (`lage: ungefähr`). */
export const isApproximate = (features: readonly Feature[]): boolean => features.some((f) => isArea(f) && f.properties?.lage === 'ungefähr');
