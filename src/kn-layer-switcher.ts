/** Registers `<kn-layer-switcher>`. */
import { defineElement } from './define-element.js';
import { KnLayerSwitcher } from './controls/layer-switcher/layer-switcher.js';

export { KnLayerSwitcher };

defineElement('kn-layer-switcher', KnLayerSwitcher);

declare global {
  interface HTMLElementTagNameMap {
    'kn-layer-switcher': KnLayerSwitcher;
  }
}
