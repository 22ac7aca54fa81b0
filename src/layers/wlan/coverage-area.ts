import union from '@turf/union';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';

/**
 * The area the hotspots' coverage circles cover together, as one shape: where two circles overlap the map draws the
 * fill once and no edge inside the other (a citizen read the darker overlaps and the dashed arcs across each other as
 * stronger or separate WLAN; tester). Loaded only by a page with `coverage` (polyclip-ts through @turf/union). Pure.
 */
export function coverageArea(circles: Feature<Polygon>[]): FeatureCollection<Polygon | MultiPolygon> {
  let joined: Feature<Polygon | MultiPolygon> | null | undefined;
  try {
    joined = circles.length > 1 ? union({ type: 'FeatureCollection', features: circles }) : circles[0];
  } catch {
    joined = undefined; // shapes the clipping could not join
  }
  // (Not joined, or nothing from something: the circles as they are, each on its own; never an empty coverage.)
  if (!joined) return { type: 'FeatureCollection', features: circles };
  return { type: 'FeatureCollection', features: [{ ...joined, properties: {} }] };
}
