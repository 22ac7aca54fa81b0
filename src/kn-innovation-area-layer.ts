/** Registers `<kn-innovation-area-layer>`. */
import { defineElement } from './define-element.js';
import { KnInnovationAreaLayer } from './layers/innovation/kn-innovation-area-layer.js';

export { KnInnovationAreaLayer };

defineElement('kn-innovation-area-layer', KnInnovationAreaLayer);

declare global {
  interface HTMLElementTagNameMap {
    'kn-innovation-area-layer': KnInnovationAreaLayer;
  }
}
