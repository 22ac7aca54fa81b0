import type { Feature } from 'geojson';
import type { Lang } from '../../i18n/lang.js';
import type { DescribedLayer } from '../../registry/described-layer.js';
import { asText } from '../../text/as-text.js';
import type { GazetteerEntry, PlaceKind } from './gazetteer.js';
import { boundsOf, representativePoint, type Box, type LngLat } from '../../data/anchor.js';
import { findMatches, groupMatches, type Candidate, type Match } from './match.js';

/** A feature of a layer on the map. */
export interface LayerHit {
  source: 'layer';
  layer: DescribedLayer;
  feature: Feature;
}

/** A named place of the bundled gazetteer (district, stop, weather station, water, landmark). */
export interface PlaceHit {
  source: 'gazetteer';
  entry: GazetteerEntry;
}

export type Hit = LayerHit | PlaceHit;

/** One line of the results: one thing, found perhaps in several layers or files ("Rosgartenstraße" twice). */
export interface Result {
  /** The name shown: the main member's. */
  name: string;
  /** What is chosen: the first layer feature among the members (it can be selected), else the first place. */
  main: Match<Hit>;
  /** All members, best match first. */
  members: Match<Hit>[];
  /** Where it is (the main member's point; the centroid for areas). */
  lngLat?: LngLat;
}

const points = new WeakMap<Feature, LngLat | undefined>();

/** Where a hit is: the gazetteer's point, or a point of the feature (the centroid of an area). */
export function positionOf(hit: Hit): LngLat | undefined {
  if (hit.source === 'gazetteer') return hit.entry.lngLat;
  if (!points.has(hit.feature)) points.set(hit.feature, representativePoint(hit.feature.geometry));
  return points.get(hit.feature);
}

export interface ResultsQuery {
  query: string;
  limit: number;
  lang: Lang;
  /** The layers to search, in page order (hidden ones are left out here). */
  layers: readonly DescribedLayer[];
  /** The property a layer names its features by. */
  nameField: (layer: DescribedLayer) => string;
  /** The gazetteer, once loaded. */
  places?: readonly GazetteerEntry[];
}

const extents = new WeakMap<Feature, Box | undefined>();

/** The extent of an area: a district's, a layer's polygon's; undefined for points and lines. */
export function extentOf(hit: Hit): Box | undefined {
  if (hit.source === 'gazetteer') return hit.entry.bounds;
  if (!extents.has(hit.feature)) {
    const type = hit.feature.geometry?.type;
    extents.set(hit.feature, type === 'Polygon' || type === 'MultiPolygon' ? boundsOf(hit.feature.geometry) : undefined);
  }
  return extents.get(hit.feature);
}

/**
 * Which of two names that match equally well comes first (lower first, see `Candidate.priority`): a district
 * before everything else — bus stops, shops, weather stations often carry a district's name in theirs
 * ("Bushaltestelle Bücklestraße (Richtung Wollmatingen)"), and someone typing it most likely means the district.
 */
export const PRIORITY: Record<PlaceKind | 'layer', number> = { district: 0, layer: 1, water: 1, place: 1, weather: 1, stop: 1 };

function* candidates({ layers, nameField, places }: ResultsQuery): Generator<Candidate<Hit>> {
  for (const layer of layers) {
    if (layer.hidden) continue;
    const field = nameField(layer);
    for (const feature of layer.features) {
      if (!layer.isShown(feature)) continue;
      const name = asText(feature.properties?.[field]).trim();
      if (name) yield { name, item: { source: 'layer', layer, feature }, priority: PRIORITY.layer };
    }
  }
  for (const entry of places ?? []) yield { name: entry.name, item: { source: 'gazetteer', entry }, priority: PRIORITY[entry.kind] };
}

/**
 * The results for a query: the shown features of the visible layers and the gazetteer's places that match
 * (see `findMatches`; districts before bus stops that match as well, see `PRIORITY`), the same thing at the same
 * place grouped into one result (see `groupMatches`; a district and a layer's polygon of it are one), at most
 * `limit` results.
 */
export function findResults(search: ResultsQuery): Result[] {
  const limit = Number.isInteger(search.limit) && search.limit > 0 ? search.limit : 8;
  const matches = findMatches(candidates(search), search.query, Infinity, search.lang);
  return groupMatches(matches, positionOf, { limit, extentOf }).map((members) => {
    const main = members.find((member) => member.item.source === 'layer') ?? members[0];
    return { name: main.name, main, members, lngLat: positionOf(main.item) };
  });
}
