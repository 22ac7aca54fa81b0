import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { RIM } from '../../symbols/palette.js';
import type { LayerStyleInput } from '../data-layer.js';
import { selectionRing } from '../selection-style.js';
import { ON_TOP } from '../stacking.js';

/** The light casing under the dark dotted line to the nearest feature, so the line shows on the dark basemap too. */
export const NEAREST_CASING = 0.85;

/**
 * Where a search for the nearest feature started ("Ihr Standort"): a near-black dot in a white rim (the dot carries
 * it on the light basemap, the rim on the dark one), its label near-black on a wide white halo (readable on both).
 */
export const NEAREST_START = { fill: '#1f1f1f', rim: RIM, radius: 6, rimWidth: 2.5, text: '#1f1f1f', halo: RIM, haloWidth: 2 } as const;

const isLine: ExpressionSpecification = ['==', ['geometry-type'], 'LineString'];
const isStart: ExpressionSpecification = ['all', ['==', ['geometry-type'], 'Point'], ['!=', ['get', 'end'], 'to']];
/** The feature found (see nearest-line.ts). */
export const NEAREST_END: ExpressionSpecification = ['all', ['==', ['geometry-type'], 'Point'], ['==', ['get', 'end'], 'to']];

const layoutOf = ({ visible }: LayerStyleInput) => ({ visibility: visible ? 'visible' : 'none' }) as const;

/**
 * Under the layer's own features: the dotted line from the start to the feature found, on its light casing, and the
 * start's dot. Style-layer names `nearest-casing`, `nearest-line`, `nearest-from`, all of source `nearest`.
 */
export function nearestBelow(input: LayerStyleInput): LayerSpecification[] {
  const { id } = input;
  const layout = layoutOf(input);
  return [
    {
      id: id('nearest-casing'),
      type: 'line',
      source: id('nearest'),
      filter: isLine,
      layout: { ...layout, 'line-cap': 'round' },
      paint: { 'line-color': RIM, 'line-opacity': NEAREST_CASING, 'line-width': 5 },
    },
    {
      id: id('nearest-line'),
      type: 'line',
      source: id('nearest'),
      filter: isLine,
      layout: { ...layout, 'line-cap': 'round' },
      paint: { 'line-color': '#1f1f1f', 'line-width': 2, 'line-dasharray': [1, 2] },
    },
    {
      // The start, above every layer's points (`ON_TOP`): "Ihr Standort" must not hide under a hotspot.
      id: id('nearest-from'),
      type: 'circle',
      source: id('nearest'),
      metadata: ON_TOP,
      filter: isStart,
      layout,
      paint: {
        'circle-radius': NEAREST_START.radius,
        'circle-color': NEAREST_START.fill,
        'circle-stroke-color': NEAREST_START.rim,
        'circle-stroke-width': NEAREST_START.rimWidth,
      },
    },
  ];
}

/**
 * Above everything of every layer (`ON_TOP`): the starting point's label ("Ihr Standort", a place's name), on the side away from
 * the feature (`anchor`, see nearest-line.ts); the topmost label, placed first and always shown, others give way to
 * it. Style-layer name `nearest-from-label`. (The feature found is drawn by each layer in its own look, filter
 * `NEAREST_END`, also `ON_TOP`: another layer's symbol must not cover it.)
 */
export function nearestLabel(input: LayerStyleInput): LayerSpecification {
  const { id } = input;
  return {
    id: id('nearest-from-label'),
    type: 'symbol',
    source: id('nearest'),
    metadata: ON_TOP,
    filter: ['all', isStart, ['has', 'label']],
    layout: {
      ...layoutOf(input),
      'text-field': ['to-string', ['get', 'label']],
      'text-font': ['Noto Sans Medium'],
      'text-size': 14,
      'text-anchor': ['match', ['get', 'anchor'], 'bottom', 'bottom', 'top'],
      // Above the point, clear of the search's pin where it stands there (34 px high: 2.9 em of 14 px, with room).
      'text-offset': [
        'case',
        ['all', ['==', ['get', 'anchor'], 'bottom'], ['==', ['get', 'pinned'], true]],
        ['literal', [0, -2.9]],
        ['match', ['get', 'anchor'], 'bottom', ['literal', [0, -0.9]], ['literal', [0, 0.9]]],
      ],
      'text-max-width': 12,
      'text-allow-overlap': true,
    },
    paint: { 'text-color': NEAREST_START.text, 'text-halo-color': NEAREST_START.halo, 'text-halo-width': NEAREST_START.haloWidth },
  };
}

/**
 * The ring of a selected point (selection-style.ts) round the feature found, above every layer's points (`ON_TOP`), so
 * that it shows where the layer is clustered and where another layer's symbol stands at the same place. Style-layer
 * names `nearest-ring`, `nearest-ring-halo`.
 */
export function nearestRing(input: LayerStyleInput): LayerSpecification[] {
  return selectionRing(input, input.id('nearest'), NEAREST_END, 'nearest-ring').map((ring) => ({ ...ring, metadata: ON_TOP }));
}
