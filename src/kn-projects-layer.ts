/** Registers `<kn-projects-layer>`. */
import { defineElement } from './define-element.js';
import { KnProjectsLayer } from './layers/projects/kn-projects-layer.js';

export { KnProjectsLayer };

defineElement('kn-projects-layer', KnProjectsLayer);

declare global {
  interface HTMLElementTagNameMap {
    'kn-projects-layer': KnProjectsLayer;
  }
}
