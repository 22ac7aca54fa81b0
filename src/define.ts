/** Registers every element of the library. The CDN build's entry point. */
import './kn-map.js';
import './kn-geojson-layer.js';
import './kn-wlan-layer.js';
import './kn-fibre-layer.js';
import './kn-innovation-area-layer.js';
import './kn-projects-layer.js';
import './kn-wms-layer.js';
import './kn-legend.js';
import './kn-layer-switcher.js';
import './kn-basemap-switcher.js';
import './kn-year-slider.js';
import './kn-filter-chips.js';
import './kn-feature-list.js';
import './kn-feature-details.js';
import './kn-search.js';
import './kn-nearest.js';

export * from './index.js';
