/** Registers `<kn-basemap-switcher>`. */
import { defineElement } from './define-element.js';
import { KnBasemapSwitcher } from './controls/basemap-switcher/basemap-switcher.js';

export { KnBasemapSwitcher };

defineElement('kn-basemap-switcher', KnBasemapSwitcher);

declare global {
  interface HTMLElementTagNameMap {
    'kn-basemap-switcher': KnBasemapSwitcher;
  }
}
