import type * as Maplibre from 'maplibre-gl';

export type MaplibreModule = typeof Maplibre;

export interface MaplibreBundle {
  maplibre: MaplibreModule;
  /** maplibre's own CSS, adopted into each map's shadow root. */
  styles: CSSStyleSheet;
  /** maplibre's UI strings in our languages (only needed once maplibre is there, so loaded with it). */
  locale: typeof import('../i18n/maplibre-locale.js').maplibreLocale;
}

let loading: Promise<MaplibreBundle> | undefined;

/** Loads maplibre and its CSS once, on the first map that comes near the viewport. */
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
  return loading;
}
