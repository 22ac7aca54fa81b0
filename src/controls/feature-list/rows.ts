import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import distance from '@turf/distance';
import type { Feature, Geometry, Position } from 'geojson';
import { bboxOf } from '../../data/geojson.js';
import { boxCentre, placeInView } from '../../data/in-view.js';
import { locale, type Lang } from '../../i18n/lang.js';
import { asText } from '../../text/as-text.js';

/** What the list needs of a layer (any `DescribedLayer` has it); no DOM. */
export interface ListLayer {
  readonly features: readonly Feature[];
  readonly hidden: boolean;
  /** A feature's category or status as text. */
  featureCategory(feature: Feature, lang?: Lang): string;
  /** The language of that text when it is not `lang` (a value from the data). */
  featureCategoryLang?(feature: Feature, lang: Lang): string | undefined;
  /** Whether the layer draws the feature under its current filters. */
  isShown(feature: Feature): boolean;
  /** Whether the feature stands at a place of its own (undefined: it does). */
  hasPlace?(feature: Feature): boolean;
}

/** A layer with what its description says of it: its name and the property holding a feature's name. */
export interface ListSource<L extends ListLayer = ListLayer> {
  layer: L;
  name: string;
  nameField: string;
  /** The language of the layer's data (names …); undefined: the map's. */
  dataLang?: string;
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
  /** The languages of `name` and `category` where they are the data's (undefined: the map's language). */
  nameLang?: string;
  categoryLang?: string;
  /** Metres from the position, when one is known (never to a feature with no place of its own). */
  distance?: number;
  /** The feature has no place of its own (set on the map only to be seen): no distance, and it says so. */
  placeless?: boolean;
}

const keys = new WeakMap<Feature, number>();
let nextKey = 1;
const keyOf = (feature: Feature) => {
  let key = keys.get(feature);
  if (key === undefined) keys.set(feature, (key = nextKey++));
  return key;
};

/** The name of a feature as text ('' when it has none). */
export function featureName(nameField: string, feature: Feature): string {
  return asText(feature.properties?.[nameField]).trim();
}

const boxes = new WeakMap<Feature, Bounds | null>();

/** The feature's bounding box (cached per feature object). */
export function featureBounds(feature: Feature): Bounds | null {
  if (!boxes.has(feature)) boxes.set(feature, bboxOf({ type: 'FeatureCollection', features: [feature] }));
  return boxes.get(feature)!;
}

/**
 * Whether the feature is in the view by the rule the keyboard walk keeps (`placeInView`): a point in it, a line
 * crossing it, an area whose centroid (or a part's) is in it or which lies around its centre.
 */
export function inView(feature: Feature, view: Bounds, centre: [number, number] = boxCentre(view)): boolean {
  return placeInView(feature, view, centre) !== null;
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

/**
 * Whether two rows show the same feature: the same feature object, or, after the layer loaded its data again, a
 * feature of the same layer with the same id (without ids: the same name and extent).
 */
export function sameFeature(a: FeatureRow, b: FeatureRow): boolean {
  if (a.key === b.key) return true;
  if (a.layer !== b.layer) return false;
  const [x, y] = [a.feature, b.feature];
  if (x.id !== undefined || y.id !== undefined) return x.id === y.id;
  return a.name !== '' && a.name === b.name && String(featureBounds(x)) === String(featureBounds(y));
}

export interface RowOptions {
  lang: Lang;
  /** Only features in this view (`inView`); all when undefined. */
  view?: Bounds;
  position?: [number, number];
  sort: SortKey;
  direction: SortDirection;
}

/** The rows of the list: the features of the visible layers, limited to the view, sorted. */
export function buildRows<L extends ListLayer>(sources: readonly ListSource<L>[], options: RowOptions): FeatureRow<L>[] {
  const rows: FeatureRow<L>[] = [];
  const centre = options.view && boxCentre(options.view);
  for (const { layer, name: layerName, nameField, dataLang } of sources) {
    if (layer.hidden) continue;
    for (const feature of layer.features) {
      if (!layer.isShown(feature) || (options.view && !inView(feature, options.view, centre))) continue;
      const placeless = layer.hasPlace?.(feature) === false;
      rows.push({
        key: keyOf(feature),
        layer,
        feature,
        name: featureName(nameField, feature),
        layerName,
        category: layer.featureCategory(feature, options.lang),
        nameLang: dataLang,
        categoryLang: layer.featureCategoryLang?.(feature, options.lang),
        distance: options.position && !placeless ? distanceTo(options.position, feature) : undefined,
        ...(placeless ? { placeless } : {}),
      });
    }
  }
  return sortRows(rows, options.sort, options.direction, options.lang);
}

/**
 * Sorts by one column, then by name; empty values and unknown distances last in either direction, and after them the
 * features with no place of their own.
 */
export function sortRows<R extends FeatureRow>(rows: R[], sort: SortKey, direction: SortDirection, lang: Lang): R[] {
  const collator = new Intl.Collator(locale(lang), { numeric: true, sensitivity: 'base' });
  const sign = direction === 'descending' ? -1 : 1;
  const text = (row: R) => (sort === 'layer' ? row.layerName : sort === 'category' ? row.category : row.name);
  const primary = (a: R, b: R): number => {
    if (sort === 'distance') {
      if (!!a.placeless !== !!b.placeless) return a.placeless ? 1 : -1;
      if (a.distance === undefined || b.distance === undefined) return a.distance === b.distance ? 0 : a.distance === undefined ? 1 : -1;
      return sign * (a.distance - b.distance);
    }
    const [x, y] = [text(a), text(b)];
    if (!x || !y) return x === y ? 0 : !x ? 1 : -1;
    return sign * collator.compare(x, y);
  };
  return rows.sort((a, b) => primary(a, b) || collator.compare(a.name, b.name) || a.key - b.key);
}

export { formatDistance } from '../../i18n/distance.js';
