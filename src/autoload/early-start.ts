import { loadMaplibre } from '../map/load-maplibre.js';
import { distanceToViewport } from '../map/viewport.js';

/** How close to the viewport a map must be for maplibre to be worth fetching at once (kn-map starts at 300 px). */
const NEAR_PX = 300;

/**
 * A `<kn-map>` in or near the viewport when the page starts will need maplibre (about 290 KB gzip) within the
 * next second: start that download now, alongside `<kn-map>`'s own module, instead of after that module has
 * arrived and run (on a slow phone network, the round trips and bandwidth of the map's own chunks). The promise is
 * the one the map itself awaits (load-maplibre.ts loads once). Maps further down the page load maplibre as before,
 * when they come near the viewport; a page without a map loads nothing.
 */
/**
 * Whether the map is rendered at all: one in a closed tab, `<details>` or `display: none` box is not (and
 * `distanceToViewport` would count its empty rectangle as in view); it starts once it is shown. A map not yet
 * defined is an empty inline box, which counts as rendered.
 */
function shown(map: Element): boolean {
  return typeof map.checkVisibility === 'function' ? map.checkVisibility() : true;
}

export function startMaplibreEarly(root: ParentNode): void {
  const near = [...root.querySelectorAll('kn-map')].some((map) => shown(map) && distanceToViewport(map) <= NEAR_PX);
  if (near) loadMaplibre().catch(() => undefined); // a failure is the map's to report when it starts
}
