import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, Geometry, Polygon, Position } from 'geojson';
import { boundsOf, representativePoint, type Box, type LngLat } from './anchor.js';

/**
 * Whether a feature is in a view, and where: the one rule of "in the view" for everything that counts or lists what
 * the map shows (the feature list limited to the view, the keyboard walk with N, what W says), so that a list of
 * "9 entries in the map view" and "1 of 9" on the map name the same features. Geometries are taken as they are
 * (a layer that changes one makes a new object), so what is worked out of one is kept per geometry object.
 */

const inBox = ([x, y]: LngLat | Position, [west, south, east, north]: Box): boolean => x >= west && x <= east && y >= south && y <= north;

/** What is kept of an area part: its label point (`representativePoint`) and its bounding box. */
interface Part {
  at: LngLat | null;
  box: Box | null;
  polygon: Polygon;
}

const partsCache = new WeakMap<Geometry, Part[]>();

/** The parts of an area (one for a Polygon, one per polygon of a MultiPolygon), each with its label point and box. */
function areaParts(geometry: Geometry & { type: 'Polygon' | 'MultiPolygon' }): Part[] {
  let parts = partsCache.get(geometry);
  if (!parts) {
    const polygons: Polygon[] = geometry.type === 'Polygon' ? [geometry] : geometry.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));
    parts = polygons.map((polygon) => ({ polygon, at: representativePoint(polygon) ?? null, box: boundsOf(polygon) ?? null }));
    partsCache.set(geometry, parts);
  }
  return parts;
}

/**
 * A measure of distance from `centre`: squared, in a plane scaled to its latitude (enough to choose or order the
 * nearest of one view; 100,000 points are ordered in a few milliseconds). The keyboard walk orders by it too.
 */
export function nearness(centre: LngLat): (at: LngLat | Position) => number {
  const scale = Math.cos((centre[1] * Math.PI) / 180);
  return ([x, y]) => ((x - centre[0]) * scale) ** 2 + (y - centre[1]) ** 2;
}

/**
 * The point of a line (or of several points) in the view nearest to `centre`, or null when none of it is in the view:
 * each segment clipped to the view (Liang–Barsky), so a path crossing the view between two vertices counts too.
 */
function lineInView(lines: readonly (readonly Position[])[], view: Box, centre: LngLat): LngLat | null {
  const near = nearness(centre);
  const scale = Math.cos((centre[1] * Math.PI) / 180);
  let best: LngLat | null = null;
  let bestDistance = Infinity;
  const consider = (at: LngLat) => {
    const distance = near(at);
    if (distance < bestDistance) [best, bestDistance] = [at, distance];
  };
  for (const line of lines) {
    const points = line.filter((p) => Number.isFinite(p?.[0]) && Number.isFinite(p?.[1]));
    if (points.length === 1 && inBox(points[0], view)) consider([points[0][0], points[0][1]]);
    for (let i = 1; i < points.length; i++) {
      const clipped = clip(points[i - 1], points[i], view);
      if (!clipped) continue;
      // The point of the clipped segment nearest the centre (in the plane scaled to the latitude).
      const [[ax, ay], [bx, by]] = clipped;
      const [dx, dy] = [(bx - ax) * scale, by - ay];
      const length = dx * dx + dy * dy;
      const t = length ? Math.max(0, Math.min(1, (((centre[0] - ax) * scale) * dx + (centre[1] - ay) * dy) / length)) : 0;
      consider([ax + (bx - ax) * t, ay + (by - ay) * t]);
    }
  }
  return best;
}

/** The part of the segment a–b inside the box, or null when it misses it (Liang–Barsky). */
function clip(a: Position, b: Position, [west, south, east, north]: Box): [LngLat, LngLat] | null {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  let [t0, t1] = [0, 1];
  for (const [p, q] of [
    [-dx, a[0] - west],
    [dx, east - a[0]],
    [-dy, a[1] - south],
    [dy, north - a[1]],
  ]) {
    if (p === 0) {
      if (q < 0) return null;
    } else {
      const r = q / p;
      if (p < 0) t0 = Math.max(t0, r);
      else t1 = Math.min(t1, r);
      if (t0 > t1) return null;
    }
  }
  return [
    [a[0] + dx * t0, a[1] + dy * t0],
    [a[0] + dx * t1, a[1] + dy * t1],
  ];
}

/** The centre of a view box (the map's centre where it is not given; the same for a flat map at city zoom). */
export function boxCentre([west, south, east, north]: Box): LngLat {
  return [(west + east) / 2, (south + north) / 2];
}

/**
 * Where a feature stands in a view, or null when it is not in it:
 * - a point: itself;
 * - several points, a line: its point in view nearest the centre (a path crossing the view, also between two of its
 *   vertices);
 * - an area: the label point (centroid) of a part of it in the view, the nearest the centre of several; else the
 *   centre when the area lies around it (a district the visitor has zoomed into). An area that only reaches into the
 *   view with an edge or a corner is not in it: the visitor is not looking at it.
 * - a collection: the nearest the centre of its parts in the view.
 */
export function placeInView(feature: Feature, view: Box, centre: LngLat = boxCentre(view)): LngLat | null {
  return geometryInView(feature?.geometry, view, centre);
}

function geometryInView(geometry: Geometry | null | undefined, view: Box, centre: LngLat): LngLat | null {
  if (!geometry) return null;
  switch (geometry.type) {
    case 'Point': {
      const [x, y] = geometry.coordinates ?? [];
      return Number.isFinite(x) && Number.isFinite(y) && inBox([x, y], view) ? [x, y] : null;
    }
    case 'MultiPoint':
      return lineInView(
        (geometry.coordinates ?? []).map((point) => [point]),
        view,
        centre,
      );
    case 'LineString':
      return lineInView([geometry.coordinates ?? []], view, centre);
    case 'MultiLineString':
      return lineInView(geometry.coordinates ?? [], view, centre);
    case 'Polygon':
    case 'MultiPolygon': {
      const parts = areaParts(geometry);
      const near = nearness(centre);
      let best: LngLat | null = null;
      for (const { at } of parts) if (at && inBox(at, view) && (!best || near(at) < near(best))) best = at;
      if (best) return best;
      for (const { box, polygon } of parts) {
        if (!box || !inBox(centre, box)) continue;
        try {
          if (booleanPointInPolygon(centre, polygon)) return centre;
        } catch {
          // (a broken ring: not around the centre)
        }
      }
      return null;
    }
    case 'GeometryCollection': {
      const near = nearness(centre);
      let best: LngLat | null = null;
      for (const part of geometry.geometries ?? []) {
        const at = geometryInView(part, view, centre);
        if (at && (!best || near(at) < near(best))) best = at;
      }
      return best;
    }
    default:
      return null;
  }
}
