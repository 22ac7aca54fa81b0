import type * as Maplibre from 'maplibre-gl';
import { getConfig } from '../config.js';

export type MaplibreModule = typeof Maplibre;

export interface MaplibreBundle {
  maplibre: MaplibreModule;
  /** maplibre's own CSS, adopted into each map's shadow root. */
  styles: CSSStyleSheet;
  /** maplibre's UI strings in our languages (only needed once maplibre is there, so loaded with it). */
  locale: typeof import('../i18n/maplibre-locale.js').maplibreLocale;
}

let loading: Promise<MaplibreBundle> | undefined;

/**
 * Loads maplibre and its CSS once, on the first map that comes near the viewport, and gives it the configured
 * worker URL each time a map starts (maplibre reads it when it starts its workers).
 */
export function loadMaplibre(): Promise<MaplibreBundle> {
  loading ??= Promise.all([import('maplibre-gl'), import('../generated/maplibre-css.js'), import('../i18n/maplibre-locale.js')]).then(
    ([maplibre, css, { maplibreLocale }]) => {
      const styles = new CSSStyleSheet();
      styles.replaceSync(css.default);
      return { maplibre, styles, locale: maplibreLocale };
    },
    (error: unknown) => {
      loading = undefined; // a later map may try again (e.g. after a network hiccup)
      throw error;
    },
  );
  return loading.then((bundle) => {
    applyWorkerUrl(bundle.maplibre);
    return bundle;
  });
}

/** The worker URL maplibre had before `configure({ workerUrl })` first changed it (an app's own `setWorkerUrl`). */
let before: string | undefined;

/**
 * `configure({ workerUrl })` into maplibre's `setWorkerUrl`; once the setting is taken away again, maplibre's own
 * URL (or the one the app gave maplibre itself) comes back.
 */
function applyWorkerUrl(maplibre: MaplibreModule): void {
  const configured = getConfig().workerUrl;
  if (configured) {
    before ??= maplibre.getWorkerUrl();
    maplibre.setWorkerUrl(absolute(configured));
  } else if (before !== undefined) {
    maplibre.setWorkerUrl(before);
    before = undefined;
  }
}

function absolute(url: string): string {
  try {
    return new URL(url, document.baseURI).href;
  } catch {
    return url; // not a URL: maplibre's worker fails to start, which the map reports
  }
}
