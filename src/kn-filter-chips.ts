/** Registers `<kn-filter-chips>`. */
import { defineElement } from './define-element.js';
import { KnFilterChips } from './controls/filter-chips/filter-chips.js';

export { KnFilterChips };

defineElement('kn-filter-chips', KnFilterChips);

declare global {
  interface HTMLElementTagNameMap {
    'kn-filter-chips': KnFilterChips;
  }
}
