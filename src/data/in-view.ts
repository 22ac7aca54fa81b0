import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { representativePoint, type Box, type LngLat } from './anchor.js';

/**
 * Whether a feature is in a view, and where: the one rule of "in the view" for everything that counts or lists what
 * the map shows (the feature list limited to the view, the keyboard walk with N, what W says), so that a list of
 * "9 entries in the map view" and "1 of 9" on the map name the same features.
 */

const inBox = ([x, y]: LngLat | Position, [west, south, east, north]: Box): boolean => x >= west && x <= east && y >= south && y <= north;

const labelPoints = new WeakMap<Geometry, LngLat | null>();

/** The geometry's label point (`representativePoint`), cached per geometry object: lists ask for it at every move. */
function labelPoint(geometry: Geometry): LngLat | null {
  let at = labelPoints.get(geometry);
  if (at === undefined) labelPoints.set(geometry, (at = representativePoint(geometry) ?? null));
  return at;
}

/** The vertex of a line (or of several points) in the view nearest to `centre`, or null when none is in it. */
function vertexInView(coordinates: readonly Position[], view: Box, centre: LngLat): LngLat | null {
  const scale = Math.cos((centre[1] * Math.PI) / 180);
  let best: LngLat | null = null;
  let bestDistance = Infinity;
  for (const position of coordinates) {
    if (!Number.isFinite(position?.[0]) || !Number.isFinite(position?.[1]) || !inBox(position, view)) continue;
    const distance = ((position[0] - centre[0]) * scale) ** 2 + (position[1] - centre[1]) ** 2;
    if (distance < bestDistance) [best, bestDistance] = [[position[0], position[1]], distance];
  }
  return best;
}

/** The centre of a view box (close enough to the map's centre to decide which area lies around it). */
export function boxCentre([west, south, east, north]: Box): LngLat {
  return [(west + east) / 2, (south + north) / 2];
}

/**
 * Where a feature stands in a view, or null when it is not in it:
 * - a point: itself;
 * - a line or several points: its label point when that is in view, else its vertex in view nearest the centre (a
 *   path that crosses the view);
 * - an area: its label point when that is in view, else the centre when the area lies around it (a district the
 *   visitor has zoomed into). An area that only reaches into the view with an edge or a corner is not in it: its
 *   label is elsewhere, and the visitor is not looking at it.
 */
export function placeInView(feature: Feature, view: Box, centre: LngLat = boxCentre(view)): LngLat | null {
  const geometry = feature?.geometry;
  if (!geometry) return null;
  if (geometry.type === 'Point') {
    const [x, y] = geometry.coordinates ?? [];
    return Number.isFinite(x) && Number.isFinite(y) && inBox([x, y], view) ? [x, y] : null;
  }
  const at = labelPoint(geometry);
  if (!at) return null;
  if (inBox(at, view)) return at;
  switch (geometry.type) {
    case 'MultiPoint':
    case 'LineString':
      return vertexInView(geometry.coordinates, view, centre);
    case 'MultiLineString':
      return vertexInView(geometry.coordinates.flat(), view, centre);
    case 'Polygon':
    case 'MultiPolygon':
      try {
        return booleanPointInPolygon(centre, geometry as Polygon | MultiPolygon) ? centre : null;
      } catch {
        return null;
      }
    default:
      return null;
  }
}
