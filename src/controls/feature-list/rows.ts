import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import distance from '@turf/distance';
import type { Feature, Geometry, Position } from 'geojson';
import { bboxOf } from '../../data/geojson.js';
import type { Lang } from '../../i18n/lang.js';

/** What the list needs of a data layer (KnDataLayer and its themed layers have it); no DOM. */
export interface ListLayer {
  readonly features: readonly Feature[];
  readonly nameField: string;
  readonly categoryField?: string;
  /** The projects layer's second field. */
  readonly statusField?: string;
  readonly hidden: boolean;
  displayName(lang?: Lang): string;
  /** The fibre layer's status for the chosen year. */
  statusOf?(feature: Feature): string;
  /** Whether the layer draws the feature under its current filters. */
  isShown(feature: Feature): boolean;
}

export type Bounds = [west: number, south: number, east: number, north: number];
export type SortKey = 'name' | 'layer' | 'category' | 'distance';
export type SortDirection = 'ascending' | 'descending';

export interface FeatureRow<L extends ListLayer = ListLayer> {
  /** Stable across updates for the same feature object (for keyed rendering). */
  key: number;
  layer: L;
  feature: Feature;
  name: string;
  layerName: string;
  category: string;
  /** Metres from the position, when one is known. */
  distance?: number;
}

const keys = new WeakMap<Feature, number>();
let nextKey = 1;
const keyOf = (feature: Feature) => {
  let key = keys.get(feature);
  if (key === undefined) keys.set(feature, (key = nextKey++));
  return key;
};

/** The name of a feature as text ('' when it has none). */
export function featureName(layer: Pick<ListLayer, 'nameField'>, feature: Feature): string {
  const value = feature.properties?.[layer.nameField];
  return value === undefined || value === null ? '' : String(value).trim();
}

/**
 * Category and/or status as one text: the fibre layer's status for its year, the projects layer's field of
 * action and status ("Smarte Stadt · in Umsetzung"), otherwise the value of the layer's `categoryField`.
 */
export function categoryOf(layer: ListLayer, feature: Feature): string {
  if (typeof layer.statusOf === 'function') return String(layer.statusOf(feature));
  const properties = feature.properties ?? {};
  const fields = [layer.categoryField, layer.statusField].filter((field, i, all): field is string => !!field && all.indexOf(field) === i);
  return fields
    .map((field) => properties[field])
    .filter((value) => value !== undefined && value !== null && String(value).trim() !== '')
    .map((value) => String(value).trim())
    .join(' · ');
}

/** Whether the layer draws the feature, so that lists and search say what the map shows. */
export function isShown(layer: ListLayer, feature: Feature): boolean {
  return layer.isShown(feature);
}

const boxes = new WeakMap<Feature, Bounds | null>();

/** The feature's bounding box (cached per feature object). */
export function featureBounds(feature: Feature): Bounds | null {
  if (!boxes.has(feature)) boxes.set(feature, bboxOf({ type: 'FeatureCollection', features: [feature] }));
  return boxes.get(feature)!;
}

/** Whether any part of the feature's bounding box lies in the view. */
export function inView(feature: Feature, view: Bounds): boolean {
  const box = featureBounds(feature);
  return !!box && box[0] <= view[2] && box[2] >= view[0] && box[1] <= view[3] && box[3] >= view[1];
}

/**
 * Straight-line distance in metres from `from` to the feature: to the point itself; 0 inside an area;
 * otherwise to the nearest vertex of the outline or line (close enough for a list of places in a city).
 */
export function distanceTo(from: [number, number], feature: Feature): number | undefined {
  const geometry = feature.geometry;
  if (!geometry) return undefined;
  if ((geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') && booleanPointInPolygon(from, geometry)) return 0;
  let best: number | undefined;
  for (const position of positions(geometry)) {
    const metres = distance(from, position, { units: 'meters' });
    if (best === undefined || metres < best) best = metres;
  }
  return best;
}

function positions(geometry: Geometry): Position[] {
  if (geometry.type === 'GeometryCollection') return geometry.geometries.flatMap(positions);
  const out: Position[] = [];
  const walk = (coords: unknown): void => {
    if (typeof (coords as number[])[0] === 'number') out.push(coords as Position);
    else (coords as unknown[]).forEach(walk);
  };
  walk(geometry.coordinates);
  return out;
}

export interface RowOptions {
  lang: Lang;
  /** Only features whose extent touches this view; all when undefined. */
  view?: Bounds;
  position?: [number, number];
  sort: SortKey;
  direction: SortDirection;
}

/** The rows of the list: the features of the visible layers, limited to the view, sorted. */
export function buildRows<L extends ListLayer>(layers: readonly L[], options: RowOptions): FeatureRow<L>[] {
  const rows: FeatureRow<L>[] = [];
  for (const layer of layers) {
    if (layer.hidden) continue;
    const layerName = layer.displayName(options.lang);
    for (const feature of layer.features) {
      if (!isShown(layer, feature) || (options.view && !inView(feature, options.view))) continue;
      rows.push({
        key: keyOf(feature),
        layer,
        feature,
        name: featureName(layer, feature),
        layerName,
        category: categoryOf(layer, feature),
        distance: options.position ? distanceTo(options.position, feature) : undefined,
      });
    }
  }
  return sortRows(rows, options.sort, options.direction, options.lang);
}

/** Sorts by one column, then by name; empty values and unknown distances last in either direction. */
export function sortRows<R extends FeatureRow>(rows: R[], sort: SortKey, direction: SortDirection, lang: Lang): R[] {
  const collator = new Intl.Collator(lang === 'en' ? 'en-GB' : 'de-DE', { numeric: true, sensitivity: 'base' });
  const sign = direction === 'descending' ? -1 : 1;
  const text = (row: R) => (sort === 'layer' ? row.layerName : sort === 'category' ? row.category : row.name);
  const primary = (a: R, b: R): number => {
    if (sort === 'distance') {
      if (a.distance === undefined || b.distance === undefined) return a.distance === b.distance ? 0 : a.distance === undefined ? 1 : -1;
      return sign * (a.distance - b.distance);
    }
    const [x, y] = [text(a), text(b)];
    if (!x || !y) return x === y ? 0 : !x ? 1 : -1;
    return sign * collator.compare(x, y);
  };
  return rows.sort((a, b) => primary(a, b) || collator.compare(a.name, b.name) || a.key - b.key);
}

/** "85 m", "1,2 km" / "1.2 km". */
export function formatDistance(metres: number, lang: Lang): string {
  const locale = lang === 'en' ? 'en-GB' : 'de-DE';
  if (metres < 1000) return `${Math.round(metres).toLocaleString(locale)} m`;
  return `${(metres / 1000).toLocaleString(locale, { maximumFractionDigits: metres < 10_000 ? 1 : 0 })} km`;
}
