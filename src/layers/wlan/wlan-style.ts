import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { LAYER_COLOURS, RIM } from '../../symbols/palette.js';
import { clusterLayers } from '../cluster-style.js';
import type { LayerStyleInput } from '../data-layer.js';
import type { ImageRecipe } from '../../symbols/provide-images.js';
import { NEAREST_END, nearestBelow, nearestLabel, nearestRing } from '../nearest/nearest-style.js';
import { ON_TOP } from '../stacking.js';
import { PLANNED_VALUES } from './planned.js';

/** The layer's colour (blue, see symbols/palette.ts): hotspots, clusters and coverage circles, nothing else. */
export const WLAN_COLOR = LAYER_COLOURS.wlan;

/**
 * Coverage circles: a faint tint inside a dashed edge, so they read as a reach and not as water or an area. The
 * edge lies on a half-white casing: on the light basemap it hardly shows, on the dark one it carries the circle
 * (the blue alone has less than 3:1 there).
 */
export const COVERAGE_LOOK = { fill: 0.08, edge: 1, casing: 0.5 } as const;

export interface WlanStyleInput extends LayerStyleInput {
  statusField: string;
  nameField: string;
}

/** The room a single hotspot's dot takes (a symbol with an empty image, as wide as the dot and its rim at zoom 12). */
const ROOM_SIZE = 16;
const roomName = (id: (name: string) => string) => id('room-image');

/**
 * The images the style names: the room of a hotspot's dot, drawn empty. A symbol with it (`room`) puts each single
 * hotspot into MapLibre's collision index (circles take no part in it), so that the clusters of a layer below (a
 * project cluster) move beside a hotspot's dot instead of lying under it, and basemap labels keep clear of it.
 */
export function wlanImages(id: (name: string) => string): Record<string, ImageRecipe> {
  return { [roomName(id)]: { size: ROOM_SIZE, draw: () => undefined } };
}

/**
 * Hotspots: clusters with counts at low zoom; active hotspots as filled dots, planned ones as hollow rings (white
 * inside) — told apart by shape, not colour alone, each keeping its room from other layers' clusters and the basemap's
 * labels (`room`); names from zoom 15; dashed coverage circles and the line to the nearest hotspot, its starting point
 * labelled.
 */
export function wlanStyle(input: WlanStyleInput): LayerSpecification[] {
  const { id, source, color, opacity, visible, statusField, nameField } = input;
  const layout = { visibility: visible ? 'visible' : 'none' } as const;
  const planned: ExpressionSpecification = ['in', ['downcase', ['to-string', ['get', statusField]]], ['literal', PLANNED_VALUES]];
  const single: ExpressionSpecification = ['!', ['has', 'point_count']];
  return [
    {
      id: id('coverage-fill'),
      type: 'fill',
      source: id('coverage'),
      layout,
      paint: { 'fill-color': color, 'fill-opacity': COVERAGE_LOOK.fill * opacity },
    },
    {
      id: id('coverage-casing'),
      type: 'line',
      source: id('coverage'),
      layout,
      paint: { 'line-color': RIM, 'line-opacity': COVERAGE_LOOK.casing * opacity, 'line-width': 3.5 },
    },
    {
      id: id('coverage-edge'),
      type: 'line',
      source: id('coverage'),
      layout,
      paint: { 'line-color': color, 'line-opacity': COVERAGE_LOOK.edge * opacity, 'line-width': 1.5, 'line-dasharray': [2, 2] },
    },
    ...nearestBelow(input),
    ...clusterLayers(input),
    {
      id: id('active'),
      type: 'circle',
      source,
      filter: ['all', single, ['!', planned]],
      layout,
      paint: {
        'circle-color': color,
        'circle-opacity': opacity,
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 12, 5, 17, 9],
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 2,
        'circle-stroke-opacity': opacity,
      },
    },
    {
      id: id('planned'),
      type: 'circle',
      source,
      filter: ['all', single, planned],
      layout,
      paint: {
        'circle-color': '#ffffff',
        'circle-opacity': opacity,
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 12, 4, 17, 7],
        'circle-stroke-color': color,
        'circle-stroke-width': 3,
        'circle-stroke-opacity': opacity,
      },
    },
    {
      // Nothing to see: each single hotspot's room in the collision index (see `wlanImages`), as large as its dot.
      id: id('room'),
      type: 'symbol',
      source,
      filter: single,
      layout: {
        ...layout,
        'icon-image': roomName(id),
        'icon-allow-overlap': true,
        'icon-padding': 0,
        'icon-size': ['interpolate', ['linear'], ['zoom'], 12, 1, 17, 22 / ROOM_SIZE],
      },
    },
    {
      id: id('names'),
      type: 'symbol',
      source,
      filter: single,
      minzoom: 15,
      layout: {
        ...layout,
        'text-field': ['to-string', ['get', nameField]],
        'text-font': ['Noto Sans Regular'],
        'text-size': 12,
        'text-offset': [0, 1.1],
        'text-anchor': 'top',
        'text-max-width': 9,
        'text-optional': true,
      },
      paint: { 'text-color': '#1f1f1f', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5, 'text-opacity': opacity },
    },
    {
      // The nearest hotspot found, drawn on its own so that it shows even where the hotspots are clustered and above
      // every layer's points (`ON_TOP`): a dot as an active hotspot's, in the ring of a selected feature (with its
      // white halo, which carries it on the dark basemap).
      id: id('nearest-to'),
      type: 'circle',
      source: id('nearest'),
      metadata: ON_TOP,
      filter: NEAREST_END,
      layout,
      paint: { 'circle-radius': 8, 'circle-color': color, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 2 },
    },
    ...nearestRing(input),
    nearestLabel(input),
  ];
}
