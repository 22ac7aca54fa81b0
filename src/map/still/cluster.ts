import type { Feature } from 'geojson';
import { lngOf, latOf, mercatorX, mercatorY, TILE_SIZE } from './mercator.js';

/**
 * Point clustering as MapLibre's GeoJSON source does it (supercluster, in @maplibre/geojson-vt): from the source's
 * `clusterMaxZoom` down, each point not yet taken gathers the points within `clusterRadius` pixels into a cluster at
 * their weighted centre, zoom level by zoom level; a map at zoom z shows the clusters of level ⌊z⌋. The same
 * algorithm on the same points gives the same clusters, so the still picture shows the bubbles the map will. A grid
 * of cells one radius wide stands in for supercluster's k-d tree. Pure; no DOM.
 */

export interface ClusterOptions {
  /** In pixels (MapLibre's `clusterRadius`, default 50). */
  radius: number;
  /** The last zoom level with clusters (MapLibre's `clusterMaxZoom`, default 17 for a source's default `maxzoom`). */
  maxZoom: number;
  /** MapLibre's `clusterMinPoints`, default 2. */
  minPoints: number;
}

interface Item {
  x: number;
  y: number;
  count: number;
  /** Where its points lie, in Web Mercator: [west, north, east, south] (x grows east, y south). */
  box: [number, number, number, number];
  /** The feature of a single point. */
  feature?: Feature;
  /** The zoom level the item was last handled on. */
  zoom: number;
  id: number;
}

/** Where the points of each cluster `clustered` made lie: [west, south, east, north]. */
const leafBounds = new WeakMap<Feature, [number, number, number, number]>();

/** The bounds of a cluster's points (as `getClusterLeaves` would give them on the live map), for a cluster `clustered` made. */
export const clusterBounds = (cluster: Feature): [number, number, number, number] | undefined => leafBounds.get(cluster);

/** `point_count_abbreviated` as supercluster writes it. */
export function abbreviated(count: number): string | number {
  return count >= 10000 ? `${Math.round(count / 1000)}k` : count >= 1000 ? `${Math.round(count / 100) / 10}k` : count;
}

/** The items within `r` of (x, y), from a grid of cells `r` wide. */
function neighbours(items: Item[], r: number): (item: Item) => Item[] {
  const cells = new Map<number, Item[]>();
  // Cells far apart may share a key (on the finest levels): that only adds candidates, which the distance sorts out.
  const key = (cx: number, cy: number) => cx * 67108864 + cy;
  for (const item of items) {
    const k = key(Math.floor(item.x / r), Math.floor(item.y / r));
    const cell = cells.get(k);
    if (cell) cell.push(item);
    else cells.set(k, [item]);
  }
  return ({ x, y }) => {
    const found: Item[] = [];
    const [cx, cy] = [Math.floor(x / r), Math.floor(y / r)];
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++)
        for (const other of cells.get(key(cx + dx, cy + dy)) ?? []) if ((other.x - x) ** 2 + (other.y - y) ** 2 <= r * r) found.push(other);
    return found.sort((a, b) => a.id - b.id);
  };
}

/** One zoom level of clustering, as supercluster's `_cluster`. */
function clusterLevel(items: Item[], zoom: number, { radius, minPoints }: ClusterOptions, nextId: () => number): Item[] {
  const r = radius / (TILE_SIZE * 2 ** zoom);
  const near = neighbours(items, r);
  const next: Item[] = [];
  for (const item of items) {
    if (item.zoom <= zoom) continue;
    item.zoom = zoom;
    const open = near(item).filter((other) => other.zoom > zoom);
    const count = open.reduce((sum, other) => sum + other.count, item.count);
    if (count > item.count && count >= minPoints) {
      let [wx, wy] = [item.x * item.count, item.y * item.count];
      const box: Item['box'] = [...item.box];
      for (const other of open) {
        other.zoom = zoom;
        wx += other.x * other.count;
        wy += other.y * other.count;
        box[0] = Math.min(box[0], other.box[0]);
        box[1] = Math.min(box[1], other.box[1]);
        box[2] = Math.max(box[2], other.box[2]);
        box[3] = Math.max(box[3], other.box[3]);
      }
      next.push({ x: wx / count, y: wy / count, count, box, zoom: Infinity, id: nextId() });
    } else {
      next.push({ ...item, zoom: Infinity });
      if (count > 1) {
        for (const other of open) {
          other.zoom = zoom;
          next.push({ ...other, zoom: Infinity });
        }
      }
    }
  }
  return next;
}

/**
 * The source's features as a map at `zoom` shows them: points and clusters (features with `cluster`, `cluster_id`,
 * `point_count` and `point_count_abbreviated`), then every other feature as it is.
 */
export function clustered(features: readonly Feature[], options: ClusterOptions, zoom: number): Feature[] {
  const level = Math.max(0, Math.min(Math.floor(zoom), options.maxZoom + 1));
  const others: Feature[] = [];
  let items: Item[] = [];
  let id = 0;
  for (const feature of features) {
    const geometry = feature.geometry;
    const positions = geometry?.type === 'Point' ? [geometry.coordinates] : geometry?.type === 'MultiPoint' ? geometry.coordinates : null;
    if (!positions) {
      if (geometry) others.push(feature);
      continue;
    }
    for (const [lng, lat] of positions) {
      const [x, y] = [mercatorX(lng), mercatorY(lat)];
      items.push({ x, y, count: 1, box: [x, y, x, y], feature, zoom: Infinity, id: id++ });
    }
  }
  const total = id;
  for (let z = options.maxZoom; z >= level; z--) items = clusterLevel(items, z, options, () => id++);
  const shown = items.map((item): Feature => {
    const geometry = { type: 'Point' as const, coordinates: [lngOf(item.x), latOf(item.y)] };
    if (item.feature && item.count === 1) return item.feature.geometry?.type === 'Point' ? item.feature : { ...item.feature, geometry };
    const cluster: Feature = {
      type: 'Feature',
      id: total + item.id,
      geometry,
      properties: { cluster: true, cluster_id: total + item.id, point_count: item.count, point_count_abbreviated: abbreviated(item.count) },
    };
    const [west, north, east, south] = item.box;
    leafBounds.set(cluster, [lngOf(west), latOf(south), lngOf(east), latOf(north)]);
    return cluster;
  });
  return [...shown, ...others];
}
