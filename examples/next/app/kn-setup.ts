import { configure } from 'kn-map-elements';

/**
 * Sets up the library once, in the browser: the offline basemap's data and glyphs and MapLibre's worker are copied
 * to public/kn-assets/ by copy-kn-assets.js. The worker's URL is a string, so nothing imports maplibre-gl here and
 * MapLibre loads only when the first map nears the viewport.
 */
export function setUpKnMap(): void {
  const base = `${location.origin}${process.env.NEXT_PUBLIC_BASE_PATH ?? ''}/kn-assets/`;
  configure({ assetBaseUrl: base, workerUrl: `${base}maplibre-gl-worker.mjs` });
}
