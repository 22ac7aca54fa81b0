import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { LayerStyleInput } from './data-layer.js';
import { isOnTop, ON_TOP } from './stacking.js';

const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];

/** The white under the dark highlight: the dark ring or outline carries it on a light basemap, the white on a dark one. */
const HALO = '#ffffff';

/**
 * The highlight of a selected line or area, the same for every data layer: a dark outline on a white casing — visible
 * on every basemap (≥ 3:1 on the light and the dark one) and not by colour alone. (A selected point is drawn again on
 * top, in a ring: `selectedOnTop`.)
 */
export function selectionLayers({ id, source, visible }: LayerStyleInput): LayerSpecification[] {
  const layout = { visibility: visible ? 'visible' : 'none' } as const;
  return [
    {
      id: id('selected-casing'),
      type: 'line',
      source,
      filter: ['!=', ['geometry-type'], 'Point'],
      layout,
      paint: { 'line-color': HALO, 'line-width': ['case', selected, 8, 0], 'line-opacity': ['case', selected, 0.9, 0] },
    },
    {
      id: id('selected-outline'),
      type: 'line',
      source,
      filter: ['!=', ['geometry-type'], 'Point'],
      layout,
      paint: { 'line-color': '#111111', 'line-width': ['case', selected, 4, 0], 'line-opacity': ['case', selected, 1, 0] },
    },
  ];
}

/**
 * The ring round a selected point: a dark ring with a white one just outside. `name`: the dark ring's style-layer name
 * (the white one's is `${name}-halo`); `when`: for which features it shows (default: all those of `filter`).
 */
export function selectionRing(
  { id, visible }: Pick<LayerStyleInput, 'id' | 'visible'>,
  source: string,
  filter: ExpressionSpecification,
  name: string,
  when: ExpressionSpecification | true = true,
): LayerSpecification[] {
  const layout = { visibility: visible ? 'visible' : 'none' } as const;
  const shown = (value: number): number | ExpressionSpecification => (when === true ? value : ['case', when, value, 0]);
  return [
    {
      id: id(name),
      type: 'circle',
      source,
      filter,
      layout,
      paint: {
        'circle-radius': 13,
        'circle-color': 'rgba(0,0,0,0)',
        'circle-stroke-color': '#111111',
        'circle-stroke-width': shown(3),
        'circle-stroke-opacity': shown(1),
      },
    },
    {
      // A white ring just outside the dark one.
      id: id(`${name}-halo`),
      type: 'circle',
      source,
      filter,
      layout,
      paint: {
        'circle-radius': 16,
        'circle-color': 'rgba(0,0,0,0)',
        'circle-stroke-color': HALO,
        'circle-stroke-width': shown(2.5),
        'circle-stroke-opacity': shown(0.9),
      },
    },
  ];
}

/** The source of a layer's selected point, drawn on top (`selectedOnTop`): by name, for `id(name)`. */
export const SELECTED_SOURCE = 'selected';

const isPoint: ExpressionSpecification = ['==', ['geometry-type'], 'Point'];

/** The id of a style layer's copy on top (`selectedOnTop`), and the id of the layer copied, if `id` is a copy's. */
export const topCopyId = (id: string): string => `${id}-top`;
export const copiedId = (id: string): string | undefined => (id.endsWith('-top') ? id.slice(0, -'-top'.length) : undefined);

/** A style layer that draws clusters only (`['has', 'point_count']`, alone or among others in `all`). */
const drawsClusters = (layer: LayerSpecification): boolean => {
  const filter = (layer as { filter?: unknown }).filter;
  const isClusterTest = (part: unknown) => JSON.stringify(part) === '["has","point_count"]';
  return isClusterTest(filter) || (Array.isArray(filter) && filter[0] === 'all' && filter.slice(1).some(isClusterTest));
};

/**
 * The selected point above every layer's points and labels (`ON_TOP`), from the layer's source `selected` (which holds
 * it alone, never clustered, with its id on the map): a dark ring with a white halo round it, then the point again as
 * the layer draws it (every circle and symbol layer of its source that draws single points), its names last. A
 * hotspot or a cluster of another layer at the same place no longer covers what was chosen, and its name lies above
 * the ring (which would cover its accents). Without such a style layer, nothing: lines and areas keep their highlight
 * in their layer (`selectionLayers`). Copies are `<id>-top`; their icons are always drawn and take no room from
 * others; their names keep their own placement, before every other layer's (a nearest search's start label, above
 * them, comes first). They go below the layer's own on-top layers (what a nearest search found).
 */
export function selectedOnTop(styleLayers: readonly LayerSpecification[], input: LayerStyleInput): LayerSpecification[] {
  const source = input.id(SELECTED_SOURCE);
  const ofSource = styleLayers.filter((layer) => 'source' in layer && layer.source === input.source && !drawsClusters(layer));
  const points = ofSource.filter((layer) => layer.type === 'circle' || (layer.type === 'symbol' && layer.layout?.['icon-image'] !== undefined));
  if (!points.length) return [];
  const labels = ofSource.filter((layer) => isLabel(layer) && !points.includes(layer));
  const copy = (layer: LayerSpecification): LayerSpecification => {
    const { 'source-layer': _sourceLayer, ...rest } = layer as LayerSpecification & { 'source-layer'?: string };
    const top = { ...rest, id: topCopyId(layer.id), source, metadata: { ...(layer.metadata as object | undefined), ...ON_TOP } } as LayerSpecification;
    if (top.type === 'symbol' && top.layout?.['icon-image'] !== undefined) {
      const { 'icon-overlap': _overlap, ...layout } = top.layout;
      top.layout = { ...layout, 'icon-allow-overlap': true, 'icon-ignore-placement': true };
    }
    return top;
  };
  // The ring only at the zooms a copy draws the point at (an innovation place from zoom 14): never round nothing.
  // (One range from the lowest to the highest: the layers' point styles have no gap between their zooms.)
  const minzoom = Math.min(...points.map((layer) => layer.minzoom ?? 0));
  const maxzoom = Math.max(...points.map((layer) => layer.maxzoom ?? 24));
  const zooms = { ...(minzoom > 0 ? { minzoom } : {}), ...(maxzoom < 24 ? { maxzoom } : {}) };
  const ring = selectionRing(input, source, isPoint, 'selected-point').map((layer) => ({ ...layer, ...zooms, metadata: ON_TOP }));
  return [...ring, ...points.map(copy), ...labels.map(copy)];
}

/**
 * A layer's style with the selected point on top (`selectedOnTop`): after its own layers, below those of them that
 * are on top already (what a nearest search found, its start's label, which nothing may cover).
 */
export function withSelectedOnTop(styleLayers: readonly LayerSpecification[], top: readonly LayerSpecification[]): LayerSpecification[] {
  const first = styleLayers.findIndex((layer) => isOnTop(layer.metadata));
  if (first < 0) return [...styleLayers, ...top];
  return [...styleLayers.slice(0, first), ...top, ...styleLayers.slice(first)];
}

/** A symbol layer that writes features' names (not a cluster's count): the highlight lies under it. */
const isLabel = (layer: LayerSpecification): boolean =>
  layer.type === 'symbol' && layer.layout?.['text-field'] !== undefined && !JSON.stringify(layer.layout['text-field']).includes('point_count');

/**
 * A layer's style with its highlight: over its points and areas, under its feature labels — the rings around a
 * selected point reach where its name begins, and would cover an accent or the top of its letters ("Herosépark").
 * Without labels, on top.
 */
export function withSelection(styleLayers: readonly LayerSpecification[], selection: readonly LayerSpecification[]): LayerSpecification[] {
  const labels = styleLayers.findIndex(isLabel);
  if (labels < 0) return [...styleLayers, ...selection];
  return [...styleLayers.slice(0, labels), ...selection, ...styleLayers.slice(labels)];
}
