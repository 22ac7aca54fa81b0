/** Registers `<kn-geojson-layer>`. */
import { defineElement } from './define-element.js';
import { KnGeojsonLayer } from './layers/kn-geojson-layer.js';

export { KnGeojsonLayer };

defineElement('kn-geojson-layer', KnGeojsonLayer);

declare global {
  interface HTMLElementTagNameMap {
    'kn-geojson-layer': KnGeojsonLayer;
  }
}
