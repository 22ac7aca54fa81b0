/** The library's classes, events and settings. Importing this registers no element: import `define.js` or one `kn-*.js`. */
export { KnMap } from './map/kn-map.js';
export { KnGeojsonLayer } from './layers/kn-geojson-layer.js';
export { MapLayerController, type MapLayerHost } from './layers/map-layer-controller.js';
export { mapContext, type KnMapContextValue } from './map/map-context.js';
export { configure, getConfig, type KnConfig } from './config.js';
export { KnErrorEvent, type KnErrorCode, type KnErrorDetail } from './events/kn-error-event.js';
export { KnReadyEvent } from './events/kn-ready-event.js';
export { KnMoveEndEvent, type KnMoveEndDetail } from './events/kn-move-end-event.js';
export { KnDataLoadEvent, type KnDataLoadDetail } from './events/kn-data-load-event.js';
export { BASEMAP_NAMES } from './map/basemaps/registry.js';
export type { Lang } from './i18n/lang.js';
