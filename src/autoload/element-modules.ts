/**
 * Which module defines each element of the library: the autoloader (src/autoload.ts) imports one the first time its
 * tag appears on the page. Each `import()` here becomes a lazy chunk of the CDN build. The same names as
 * `LIBRARY_ELEMENTS` in src/map/unknown-elements.ts (test/package/autoload.test.ts checks that they agree).
 */
export const ELEMENT_MODULES: Readonly<Record<string, () => Promise<unknown>>> = {
  'kn-map': () => import('../kn-map.js'),
  'kn-geojson-layer': () => import('../kn-geojson-layer.js'),
  'kn-wlan-layer': () => import('../kn-wlan-layer.js'),
  'kn-fibre-layer': () => import('../kn-fibre-layer.js'),
  'kn-innovation-area-layer': () => import('../kn-innovation-area-layer.js'),
  'kn-projects-layer': () => import('../kn-projects-layer.js'),
  'kn-wms-layer': () => import('../kn-wms-layer.js'),
  'kn-legend': () => import('../kn-legend.js'),
  'kn-layer-switcher': () => import('../kn-layer-switcher.js'),
  'kn-basemap-switcher': () => import('../kn-basemap-switcher.js'),
  'kn-year-slider': () => import('../kn-year-slider.js'),
  'kn-filter-chips': () => import('../kn-filter-chips.js'),
  'kn-feature-list': () => import('../kn-feature-list.js'),
  'kn-feature-details': () => import('../kn-feature-details.js'),
  'kn-search': () => import('../kn-search.js'),
  'kn-nearest': () => import('../kn-nearest.js'),
};
