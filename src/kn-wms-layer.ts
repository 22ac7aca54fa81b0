/** Registers `<kn-wms-layer>`. */
import { defineElement } from './define-element.js';
import { KnWmsLayer } from './layers/wms/kn-wms-layer.js';

export { KnWmsLayer };

defineElement('kn-wms-layer', KnWmsLayer);

declare global {
  interface HTMLElementTagNameMap {
    'kn-wms-layer': KnWmsLayer;
  }
}
