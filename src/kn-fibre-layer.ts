/** Registers `<kn-fibre-layer>`. */
import { defineElement } from './define-element.js';
import { KnFibreLayer } from './layers/fibre/kn-fibre-layer.js';

export { KnFibreLayer };

defineElement('kn-fibre-layer', KnFibreLayer);

declare global {
  interface HTMLElementTagNameMap {
    'kn-fibre-layer': KnFibreLayer;
  }
}
