import union from '@turf/union';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';

/**
 * The area the hotspots' coverage circles cover together, as one shape: where two circles overlap the map draws the
 * fill once and no edge inside the other (a citizen read the darker overlaps and the dashed arcs across each other as
 * stronger or separate WLAN; tester). Loaded only by a page with `coverage` (polyclip-ts through @turf/union). Pure.
 */
export function coverageArea(circles: Feature<Polygon>[]): FeatureCollection<Polygon | MultiPolygon> {
  const joined = circles.length > 1 ? union({ type: 'FeatureCollection', features: circles }) : circles[0];
  // (Nothing joined from something: the circles as they are, never an empty coverage.)
  if (!joined && circles.length) return { type: 'FeatureCollection', features: circles };
  return { type: 'FeatureCollection', features: joined ? [{ ...joined, properties: {} }] : [] };
}
