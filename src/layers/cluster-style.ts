import type { LayerSpecification } from 'maplibre-gl';
import type { LayerStyleInput } from './data-layer.js';

/** Cluster bubbles sized by count, with the count in them. Style-layer names: `clusters`, `cluster-count`. */
export function clusterLayers({ id, source, color, opacity, visible }: LayerStyleInput): LayerSpecification[] {
  const layout = { visibility: visible ? 'visible' : 'none' } as const;
  return [
    {
      id: id('clusters'),
      type: 'circle',
      source,
      filter: ['has', 'point_count'],
      layout,
      paint: {
        'circle-color': color,
        'circle-opacity': opacity,
        'circle-radius': ['step', ['get', 'point_count'], 14, 5, 17, 10, 20],
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 2,
      },
    },
    {
      id: id('cluster-count'),
      type: 'symbol',
      source,
      filter: ['has', 'point_count'],
      layout: {
        ...layout,
        'text-field': ['get', 'point_count_abbreviated'],
        'text-font': ['Noto Sans Medium'],
        'text-size': 13,
        'text-allow-overlap': true,
        // The count's box grown to about its bubble (radius 14–20 px), so labels below (a district's name) move
        // beside the bubble instead of under it.
        'text-padding': 8,
      },
      paint: { 'text-color': '#ffffff', 'text-opacity': opacity },
    },
  ];
}
