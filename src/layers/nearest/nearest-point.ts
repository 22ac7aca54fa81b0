import distance from '@turf/distance';
import type { Feature, Point } from 'geojson';

export interface NearestResult {
  feature: Feature<Point>;
  /** Straight-line distance in metres (no routing: this is as the crow flies). */
  distance: number;
}

/** The point feature closest to `from`, or null when there is none. Pure; no DOM. */
export function nearestPoint(from: [number, number], features: readonly Feature[], accept: (f: Feature) => boolean = () => true): NearestResult | null {
  let best: NearestResult | null = null;
  for (const feature of features) {
    if (feature.geometry?.type !== 'Point' || !accept(feature)) continue;
    const metres = distance(from, feature.geometry.coordinates, { units: 'meters' });
    if (!best || metres < best.distance) best = { feature: feature as Feature<Point>, distance: metres };
  }
  return best;
}
