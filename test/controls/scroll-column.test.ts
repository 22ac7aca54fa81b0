// A citizen tester found the demo's page scrolling by 320 px on a desktop once the details opened: the year slider's
// hidden status line (position: absolute) escaped the scrolling side column and made the page taller than the
// window. No control's hidden text may reach out of the column it scrolls in.
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/define.js';
import '../../src/kn-layer-switcher.js';
import '../../src/kn-year-slider.js';
import '../../src/kn-filter-chips.js';
import '../../src/kn-legend.js';
import '../../src/kn-search.js';
import '../../src/kn-nearest.js';
import '../../src/kn-feature-list.js';
import '../../src/kn-feature-details.js';
import '../../src/kn-basemap-switcher.js';
import { mountMap, until } from '../helpers/harness.js';

const CONTROLS = [
  'kn-layer-switcher',
  'kn-year-slider',
  'kn-filter-chips',
  'kn-legend',
  'kn-search',
  'kn-nearest',
  'kn-feature-list',
  'kn-feature-details',
  'kn-basemap-switcher',
];

describe('controls in a scrolling side column', () => {
  it('keep their hidden texts inside it: the page does not grow beyond the window', async function () {
    this.timeout(60_000);
    const { root } = await mountMap<HTMLElement>(html`
      <div>
        <kn-map id="spalte" style="display:block;width:300px;height:200px">
          <kn-fibre-layer></kn-fibre-layer>
          <kn-wlan-layer></kn-wlan-layer>
          <kn-projects-layer></kn-projects-layer>
        </kn-map>
        <div class="column" style="height:240px;overflow:auto">
          <div style="height:3000px"></div>
          ${CONTROLS.map((tag) => html`<div .innerHTML=${`<${tag} for="spalte"></${tag}>`}></div>`)}
        </div>
      </div>
    `);
    const controls = CONTROLS.map((tag) => root.querySelector(tag)!);
    await until(() => controls.every((control) => !!control.shadowRoot), 'every control defined');
    await Promise.all(controls.map((control) => (control as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
    // Something selected: the details open (their hidden texts too).
    const wlan = root.querySelector('kn-wlan-layer')!;
    wlan.focusFeature(wlan.features[0]);
    await until(() => !!root.querySelector('kn-feature-details')!.shadowRoot!.querySelector('.heading'), 'the details open');
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const page = document.scrollingElement!;
    expect(page.scrollHeight, 'the page no taller than the window').to.be.at.most(innerHeight);
  });
});
