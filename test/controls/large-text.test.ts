import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/define.js';
import '../../src/kn-year-slider.js';
import '../../src/kn-layer-switcher.js';
import '../../src/kn-filter-chips.js';
import { mountMap, until } from '../helpers/harness.js';

/**
 * Text at 200 % in a phone's column (WCAG 1.4.4, 1.4.10): found by a citizen tester at 390 and 320 px with the
 * page's text at 200 %. The year beside the slider was cut to "20", layer names ran out of their panel
 * ("Glasfaserausba"), and the panels scrolled sideways.
 */

const inside = (outer: DOMRect, inner: DOMRect) => inner.left >= outer.left - 1 && inner.right <= outer.right + 1;

describe('controls at 200 % text in a 272 px column', () => {
  afterEach(() => document.documentElement.style.removeProperty('font-size'));

  it('keep the year whole and every name inside its panel, without sideways scrolling', async function () {
    this.timeout(60_000);
    const { root } = await mountMap<HTMLElement>(html`
      <div>
        <kn-map id="gross" style="width:300px;height:200px">
          <kn-fibre-layer></kn-fibre-layer>
          <kn-innovation-area-layer></kn-innovation-area-layer>
          <kn-projects-layer></kn-projects-layer>
        </kn-map>
        <div style="width:272px">
          <kn-layer-switcher for="gross"></kn-layer-switcher>
          <kn-year-slider for="gross"></kn-year-slider>
          <kn-filter-chips for="gross"></kn-filter-chips>
        </div>
      </div>
    `);
    document.documentElement.style.fontSize = '200%';
    const controls = ['kn-layer-switcher', 'kn-year-slider', 'kn-filter-chips'].map((tag) => root.querySelector(tag)!);
    await until(() => controls.every((control) => control.shadowRoot?.querySelector('.panel')), 'the three panels');
    await new Promise((resolve) => requestAnimationFrame(resolve));
    for (const control of controls) {
      const panel = control.shadowRoot!.querySelector<HTMLElement>('.panel')!;
      expect(panel.scrollWidth, `${control.localName}: no sideways scrolling`).to.be.at.most(panel.clientWidth + 1);
      const box = panel.getBoundingClientRect();
      for (const text of control.shadowRoot!.querySelectorAll<HTMLElement>('label, output, [part="value"], legend')) {
        expect(inside(box, text.getBoundingClientRect()), `${control.localName}: "${text.textContent!.trim()}" inside the panel`).to.equal(true);
      }
    }
    const year = controls[1].shadowRoot!.querySelector<HTMLElement>('[part="value"]')!;
    expect(year.scrollWidth, 'the year not cut').to.be.at.most(year.clientWidth + 1);
    expect(year.textContent!.trim()).to.match(/^\d{4}$/);
  });
});
