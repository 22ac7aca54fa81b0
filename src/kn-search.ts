/** Registers `<kn-search>`. */
import { defineElement } from './define-element.js';
import { KnSearch } from './controls/search/search.js';

export { KnSearch };

defineElement('kn-search', KnSearch);

declare global {
  interface HTMLElementTagNameMap {
    'kn-search': KnSearch;
  }
}
