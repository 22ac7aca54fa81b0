/** Registers `<kn-nearest>`. */
import { defineElement } from './define-element.js';
import { KnNearest } from './controls/nearest/nearest.js';

export { KnNearest };

defineElement('kn-nearest', KnNearest);

declare global {
  interface HTMLElementTagNameMap {
    'kn-nearest': KnNearest;
  }
}
