/** Registers `<kn-year-slider>`. */
import { defineElement } from './define-element.js';
import { KnYearSlider } from './controls/year-slider/year-slider.js';

export { KnYearSlider };

defineElement('kn-year-slider', KnYearSlider);

declare global {
  interface HTMLElementTagNameMap {
    'kn-year-slider': KnYearSlider;
  }
}
