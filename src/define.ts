/** Registers every element of the library. The CDN build's entry point. */
import './kn-map.js';
import './kn-geojson-layer.js';

export * from './index.js';
