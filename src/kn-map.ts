/** Registers `<kn-map>`. */
import { defineElement } from './define-element.js';
import { KnMap } from './map/kn-map.js';

export { KnMap };

defineElement('kn-map', KnMap);

declare global {
  interface HTMLElementTagNameMap {
    'kn-map': KnMap;
  }
}
