import { getConfig } from '../config.js';
import { loadMaplibre } from '../map/load-maplibre.js';
import { EARLY_PICTURE_CLASS, cornersShapeFirstView, leftToTheMap } from '../map/still/early-mark.js';
import { distanceToViewport, NEAR_PX } from '../map/viewport.js';

/**
 * Whether the map is rendered at all: one in a closed tab, `<details>` or `display: none` box is not (and
 * `distanceToViewport` would count its empty rectangle as in view); it starts once it is shown. A map not yet
 * defined is an empty inline box, which counts as rendered.
 */
function shown(map: Element): boolean {
  return typeof map.checkVisibility === 'function' ? map.checkVisibility() : true;
}

/** The `<kn-map>` elements in or near the viewport now (as near as `<kn-map>` starts itself). */
export function nearMaps(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('kn-map')].filter((map) => shown(map) && distanceToViewport(map) <= NEAR_PX);
}

/** The maps that get an early picture (the others draw their first picture themselves). */
function earlyMaps(maps: HTMLElement[]): HTMLElement[] {
  const site = getConfig().basemap;
  return maps.filter((map) => !leftToTheMap((name) => map.getAttribute(name), location.hash, site) && !cornersShapeFirstView(map));
}

/**
 * After the autoloader tried to load the elements: a map whose module could not be loaded (a file missing on the
 * server, a lost connection) loses its early picture, so that the page's own content inside it shows again instead
 * of a picture that never becomes a map (the loader has said which module on the console).
 */
export function dropOrphanedPictures(root: ParentNode): void {
  if (customElements.get('kn-map')) return;
  for (const map of root.querySelectorAll('kn-map')) map.shadowRoot?.querySelector(`canvas.${EARLY_PICTURE_CLASS}`)?.remove(); // its slot stays
}

/** MapLibre's download, started early; a failure is the map's to report when it starts (load-maplibre.ts loads once). */
const startMaplibre = (): void => void loadMaplibre().catch(() => undefined);

/**
 * The longest the rest of the page's map code waits for the first picture (a slow or lost basemap file must not hold
 * the map up): about what the picture's chunk and files take on a slow phone network.
 */
const EARLY_WAIT_MS = 1500;

/**
 * For the `<kn-map>` elements in or near the viewport when the page starts (CDN autoloader), two things `<kn-map>`
 * would otherwise only begin once its own module has arrived and run, which on a slow phone network costs the round
 * trips and bandwidth of the map's chunks:
 *
 * 1. its first picture (map/still/early-picture.ts: one chunk and the offline basemap's files, which the map and
 *    MapLibre are then given, so nothing is downloaded twice): Konstanz on screen while the rest downloads;
 * 2. MapLibre's download (about 290 KB gzip), asked for as soon as the picture's chunk is there, beside its files.
 *
 * The elements' modules wait: the returned promise resolves once the picture's files are in (or could not be had,
 * or after EARLY_WAIT_MS), and only then does the autoloader import them; the picture is drawn while they download.
 * Measured with `BENCH_ONLY=throttled node bench/run.js` (first_pixels_ratio, ttfi_throttled_ratio): asking for
 * MapLibre only after the files put the live map 0.5 s later on a slow phone network, asking for it with the
 * picture's chunk put the picture later. The maplibre promise is the one the map itself awaits (load-maplibre.ts
 * loads once). Maps further down the page start as before, when they come near the viewport; a page without a map
 * near the viewport waits for nothing.
 */
export function startMapsEarly(root: ParentNode): Promise<void> {
  const near = nearMaps(root);
  const maps = earlyMaps(near);
  if (!maps.length) {
    // No early picture to wait for: MapLibre at once, the elements' modules at once.
    if (near.length) startMaplibre();
    return Promise.resolve();
  }
  const loaded = import('../map/still/early-picture.js')
    .then(({ earlyPicture }) => {
      const pictures = maps.map((map) => earlyPicture(map));
      startMaplibre();
      return Promise.all(pictures.map((picture) => picture.loaded));
    })
    .catch((error: unknown) => console.warn('[kn-map-elements] The first picture of the map could not be drawn early', error));
  let timer = 0;
  const waited = new Promise<void>((resolve) => (timer = window.setTimeout(resolve, EARLY_WAIT_MS)));
  return Promise.race([loaded, waited]).then(() => {
    clearTimeout(timer);
    startMaplibre(); // started already unless the picture's chunk failed
  });
}
