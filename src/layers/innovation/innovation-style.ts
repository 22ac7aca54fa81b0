import type { LayerSpecification } from 'maplibre-gl';
import { LAYER_COLOURS, RIM } from '../../symbols/palette.js';
import type { LayerStyleInput } from '../data-layer.js';

/** The layer's colour unless `color` says otherwise (dark purple, see symbols/palette.ts). */
export const INNOVATION_COLOR = LAYER_COLOURS.innovation;

export interface InnovationStyleInput extends LayerStyleInput {
  nameField: string;
}

/**
 * The area: tinted fill, a strong outline on a white casing (so it reads on the dark basemap too; dashed where the
 * outline is approximate), its name and size; places inside as targets (a ring with a dot: not a WLAN ring).
 */
export function innovationStyle({ id, source, color, opacity, visible, nameField }: InnovationStyleInput): LayerSpecification[] {
  const layout = { visibility: visible ? 'visible' : 'none' } as const;
  const polygon = ['match', ['geometry-type'], ['Polygon', 'MultiPolygon'], true, false] as unknown as boolean;
  const approximate = ['==', ['get', 'lage'], 'ungefähr'] as unknown as boolean;
  return [
    { id: id('fill'), type: 'fill', source, filter: polygon, layout, paint: { 'fill-color': color, 'fill-opacity': 0.18 * opacity } },
    {
      id: id('casing'),
      type: 'line',
      source,
      filter: polygon,
      layout,
      paint: { 'line-color': RIM, 'line-width': 5, 'line-opacity': 0.9 * opacity },
    },
    {
      id: id('edge'),
      type: 'line',
      source,
      filter: ['all', polygon, ['!', approximate]],
      layout,
      paint: { 'line-color': color, 'line-width': 3, 'line-opacity': opacity },
    },
    {
      id: id('edge-approximate'),
      type: 'line',
      source,
      filter: ['all', polygon, approximate],
      layout,
      paint: { 'line-color': color, 'line-width': 3, 'line-opacity': opacity, 'line-dasharray': [2, 1.5] },
    },
    {
      id: id('places'),
      type: 'circle',
      source,
      filter: ['==', ['geometry-type'], 'Point'],
      minzoom: 14,
      layout,
      paint: {
        'circle-radius': 6,
        'circle-color': '#ffffff',
        'circle-stroke-color': color,
        'circle-stroke-width': 2.5,
        'circle-opacity': opacity,
        'circle-stroke-opacity': opacity,
      },
    },
    {
      id: id('place-centres'),
      type: 'circle',
      source,
      filter: ['==', ['geometry-type'], 'Point'],
      minzoom: 14,
      layout,
      paint: { 'circle-radius': 2.2, 'circle-color': color, 'circle-opacity': opacity },
    },
    {
      id: id('place-names'),
      type: 'symbol',
      source,
      filter: ['==', ['geometry-type'], 'Point'],
      minzoom: 16,
      layout: {
        ...layout,
        'text-field': ['to-string', ['get', nameField]],
        'text-font': ['Noto Sans Regular'],
        'text-size': 11.5,
        'text-offset': [0, 0.9],
        'text-anchor': 'top',
        'text-max-width': 10,
        'text-optional': true,
      },
      paint: { 'text-color': '#1f1f1f', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
    },
    {
      // From one point per area (kn-innovation-area-layer.ts `derivedSources`): a label of the polygon would be
      // written once in every tile it spans.
      id: id('label'),
      type: 'symbol',
      source: id('label-points'),
      layout: {
        ...layout,
        'text-field': ['format', ['to-string', ['get', nameField]], {}, '\n', {}, ['get', 'flaeche_text'], { 'font-scale': 0.85 }],
        'text-font': ['Noto Sans Medium'],
        'text-size': ['interpolate', ['linear'], ['zoom'], 13, 11, 16, 14],
        'text-max-width': 12,
        'text-padding': 2,
      },
      paint: { 'text-color': color, 'text-halo-color': '#ffffff', 'text-halo-width': 2 },
    },
  ];
}
