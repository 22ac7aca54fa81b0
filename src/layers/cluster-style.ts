import type { LayerSpecification } from 'maplibre-gl';
import { colourKey, type ImageRecipe } from '../symbols/provide-images.js';
import { RIM } from '../symbols/palette.js';
import type { LayerStyleInput } from './data-layer.js';

/** A cluster badge's shape: round (hotspots, any point layer) or square (projects, so they are not taken for hotspots). */
export type ClusterShape = 'circle' | 'square';

/** A badge's size in CSS pixels: its height is fitted to the count (see `clusterLayers`), its width is the image's. */
const BADGE = 32;
/** The count's size; with MapLibre's line height of 1.2 the count's box is 15.6 px high, padded to BADGE. */
const COUNT_SIZE = 13;
const FIT_PADDING = (BADGE - 1.2 * COUNT_SIZE) / 2;
/**
 * How far a badge's count moves off its point when another symbol is there, in ems of the count: enough for its box
 * (the count's, grown by FIT_PADDING) to clear a badge of the same size on that point, with its rim and a gap.
 */
const MOVE_EM = 2.4;

/** The name of a layer's cluster badge image (it carries the colour: a new colour names a new image). */
export const clusterBadgeName = (id: (name: string) => string, shape: ClusterShape, color: string): string => id(`cluster-${shape}-${colourKey(color)}`);

/** A cluster's badge: the shape filled in the layer's colour with a white rim, drawn on demand (see `provideImages`). */
export const clusterBadge = (shape: ClusterShape, color: string): ImageRecipe => ({
  size: BADGE,
  draw(context, size) {
    const middle = size / 2;
    context.beginPath();
    if (shape === 'circle') context.arc(middle, middle, middle - 1, 0, Math.PI * 2);
    else context.rect(3, 3, size - 6, size - 6);
    context.lineJoin = 'round';
    context.fillStyle = color;
    context.strokeStyle = RIM;
    context.lineWidth = 2;
    context.fill();
    context.stroke();
  },
});

/**
 * Clusters as one symbol each: the count on its badge (the image `input.clusterBadge`, fitted to the count's height
 * so that both move as one). A badge stays on its point unless a symbol was placed there first (a cluster of a layer
 * above, a project's symbol or a single hotspot's room, at the same address or close by; MapLibre's `circle` points
 * without such a room, as a GeoJSON layer's, take no part in this): then it moves beside it, to the first side that is free (`text-variable-anchor`), and only
 * where every side is taken does it overlap. No cluster hides another's count, and none is left out. MapLibre tries
 * a moved badge's side first again at the next placement, so it may stay beside a spot that has since become free
 * (until the zoom level changes). Its box, grown to about the badge (`text-padding`), keeps labels below (a
 * district's name) beside it. Style-layer name: `clusters`.
 */
export function clusterLayers({ id, source, opacity, visible, clusterBadge: badge }: LayerStyleInput): LayerSpecification[] {
  return [
    {
      id: id('clusters'),
      type: 'symbol',
      source,
      filter: ['has', 'point_count'],
      layout: {
        visibility: visible ? 'visible' : 'none',
        'icon-image': badge,
        'icon-text-fit': 'height',
        'icon-text-fit-padding': [FIT_PADDING, 0, FIT_PADDING, 0],
        'icon-allow-overlap': true,
        'text-field': ['get', 'point_count_abbreviated'],
        'text-font': ['Noto Sans Medium'],
        'text-size': COUNT_SIZE,
        'text-allow-overlap': true,
        'text-padding': FIT_PADDING,
        'text-variable-anchor': ['center', 'top', 'bottom', 'right', 'left', 'top-right', 'top-left', 'bottom-right', 'bottom-left'],
        'text-radial-offset': MOVE_EM,
      },
      paint: { 'icon-opacity': opacity, 'text-color': '#ffffff', 'text-opacity': opacity },
    },
  ];
}
