/** Registers `<kn-feature-details>`. */
import { defineElement } from './define-element.js';
import { KnFeatureDetails } from './controls/feature-details/feature-details.js';

export { KnFeatureDetails };

defineElement('kn-feature-details', KnFeatureDetails);

declare global {
  interface HTMLElementTagNameMap {
    'kn-feature-details': KnFeatureDetails;
  }
}
