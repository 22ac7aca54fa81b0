/** Registers `<kn-legend>`. */
import { defineElement } from './define-element.js';
import { KnLegend } from './controls/legend/legend.js';

export { KnLegend };

defineElement('kn-legend', KnLegend);

declare global {
  interface HTMLElementTagNameMap {
    'kn-legend': KnLegend;
  }
}
