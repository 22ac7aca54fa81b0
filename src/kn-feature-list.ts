/** Registers `<kn-feature-list>`. */
import { defineElement } from './define-element.js';
import { KnFeatureList } from './controls/feature-list/feature-list.js';

export { KnFeatureList };

defineElement('kn-feature-list', KnFeatureList);

declare global {
  interface HTMLElementTagNameMap {
    'kn-feature-list': KnFeatureList;
  }
}
