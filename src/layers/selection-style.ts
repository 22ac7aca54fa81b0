import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { LayerStyleInput } from './data-layer.js';

const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];

/**
 * The highlight of the selected feature, the same for every data layer: a dark ring with a white halo
 * around a point, a dark outline along a line or area — visible on every basemap and not by colour alone.
 */
export function selectionLayers({ id, source, visible }: LayerStyleInput): LayerSpecification[] {
  const layout = { visibility: visible ? 'visible' : 'none' } as const;
  return [
    {
      id: id('selected-outline'),
      type: 'line',
      source,
      filter: ['!=', ['geometry-type'], 'Point'],
      layout,
      paint: { 'line-color': '#111111', 'line-width': ['case', selected, 4, 0], 'line-opacity': ['case', selected, 1, 0] },
    },
    {
      id: id('selected-point'),
      type: 'circle',
      source,
      filter: ['all', ['==', ['geometry-type'], 'Point'], ['!', ['has', 'point_count']]],
      layout,
      paint: {
        'circle-radius': 13,
        'circle-color': 'rgba(0,0,0,0)',
        'circle-stroke-color': '#111111',
        'circle-stroke-width': ['case', selected, 3, 0],
        'circle-stroke-opacity': ['case', selected, 1, 0],
      },
    },
  ];
}
