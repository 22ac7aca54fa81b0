import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { LayerStyleInput } from './data-layer.js';

const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];

/** The white under the dark highlight: the dark ring or outline carries it on a light basemap, the white on a dark one. */
const HALO = '#ffffff';

/**
 * The highlight of the selected feature, the same for every data layer: a dark ring with a white halo
 * around a point, a dark outline on a white casing along a line or area — visible on every basemap (≥ 3:1 on the
 * light and the dark one) and not by colour alone.
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
    ...selectionRing({ id, visible }, source, ['all', ['==', ['geometry-type'], 'Point'], ['!', ['has', 'point_count']]], 'selected-point', selected),
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
