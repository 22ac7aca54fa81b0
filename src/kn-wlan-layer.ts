/** Registers `<kn-wlan-layer>`. */
import { defineElement } from './define-element.js';
import { KnWlanLayer } from './layers/wlan/kn-wlan-layer.js';

export { KnWlanLayer };

defineElement('kn-wlan-layer', KnWlanLayer);

declare global {
  interface HTMLElementTagNameMap {
    'kn-wlan-layer': KnWlanLayer;
  }
}
