import type { Feature } from 'geojson';
import type { Box, LngLat } from '../../data/anchor.js';
import { boxCentre, nearness, placeInView } from '../../data/in-view.js';

/** One feature the keyboard can step to: its layer, the feature, and the point that stands for it on the map. */
export interface WalkEntry<L> {
  layer: L;
  feature: Feature;
  /** The feature itself for a point; the label point of a line or area. */
  at: LngLat;
}

/** The features of one layer to walk through (those the map draws under the layer's filters). */
export interface WalkSource<L> {
  layer: L;
  features: readonly Feature[];
}

/**
 * The features in view, nearest to the centre first, so that the first step lands where the visitor is looking
 * and each further step goes a little farther out. Points stand for themselves, lines and areas for their label
 * point (or the centre, for an area around it; see `placeInView`, the rule the feature list keeps too). Of two at
 * the same distance, the layer first in the page comes first, then the feature first in its data.
 */
export function walkEntries<L>(sources: readonly WalkSource<L>[], view: Box, centre: LngLat): WalkEntry<L>[] {
  const near = nearness(centre);
  // In the view by the feature list's rule, which knows the view's box only (its centre the box's, the same as the
  // map's for a flat map); an area around that centre is marked at the map's centre.
  const middle = boxCentre(view);
  const entries: { entry: WalkEntry<L>; distance: number; order: number }[] = [];
  let order = 0;
  for (const { layer, features } of sources) {
    for (const feature of features) {
      order++;
      const found = placeInView(feature, view, middle);
      const at = found === middle ? centre : found;
      if (at) entries.push({ entry: { layer, feature, at }, distance: near(at), order });
    }
  }
  entries.sort((a, b) => a.distance - b.distance || a.order - b.order);
  return entries.map(({ entry }) => entry);
}

/** The next position when stepping by `step` (+1 or −1) from `index` through `count` entries, wrapping around. */
export function stepIndex(index: number, step: 1 | -1, count: number): number {
  if (count === 0) return -1;
  if (index < 0) return step > 0 ? 0 : count - 1;
  return (index + step + count) % count;
}

/**
 * The next choice of layers for the walk, cycling: all layers (null), then each layer alone from the top of the
 * drawing (the last in the page) down, then all again.
 */
export function nextChoice<L>(current: L | null, layers: readonly L[]): L | null {
  if (!layers.length) return null;
  if (current === null || !layers.includes(current)) return layers[layers.length - 1];
  const index = layers.indexOf(current);
  return index === 0 ? null : layers[index - 1];
}
