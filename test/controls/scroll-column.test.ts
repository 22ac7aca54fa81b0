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

/** Every control for the map "spalte", in a column of 240 px that scrolls, below 3000 px of other content. */
async function mountColumn(): Promise<{ root: HTMLElement; controls: HTMLElement[]; column: HTMLElement }> {
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
  const controls = CONTROLS.map((tag) => root.querySelector<HTMLElement>(tag)!);
  await until(() => controls.every((control) => !!control.shadowRoot), 'every control defined');
  await Promise.all(controls.map((control) => (control as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
  return { root, controls, column: root.querySelector<HTMLElement>('.column')! };
}

describe('controls in a scrolling side column', () => {
  it('keep their hidden texts inside it: the page does not grow beyond the window', async function () {
    this.timeout(60_000);
    const { root } = await mountColumn();
    // Something selected: the details open (their hidden texts too).
    const wlan = root.querySelector('kn-wlan-layer')!;
    wlan.focusFeature(wlan.features[0]);
    await until(() => !!root.querySelector('kn-feature-details')!.shadowRoot!.querySelector('.heading'), 'the details open');
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const page = document.scrollingElement!;
    expect(page.scrollHeight, 'the page no taller than the window').to.be.at.most(innerHeight);
  });

  it('bring a control focused at the column’s edge far enough in for its focus ring to show (tester: “Auf der Karte zeigen” at the window’s bottom)', async function () {
    this.timeout(60_000);
    const { controls, column } = await mountColumn();
    const cut: string[] = [];
    let checked = 0;
    const measured: string[] = [];
    // The chips come with the projects' data: measured only once they are there.
    const chips = controls.find((control) => control.localName === 'kn-filter-chips')!;
    await until(() => !!chips.shadowRoot!.querySelector('.chip input'), 'the filter chips');
    for (const control of controls) {
      const target = control.shadowRoot!.querySelector<HTMLElement>('button, input, select, a[href], [tabindex]:not([tabindex="-1"])');
      if (!target || !target.getClientRects().length) continue;
      // What shows the ring: the control, or the chip round a filter's box (tester: a chip's ring cut at the window's bottom).
      const ringed = target.closest<HTMLElement>('.chip') ?? target;
      column.scrollTop = 0;
      // Its last 2 px below the column's edge, as a control half in view when the visitor tabs to it.
      column.scrollTop += ringed.getBoundingClientRect().bottom - column.getBoundingClientRect().bottom + 2;
      target.focus();
      const room = column.getBoundingClientRect().bottom - ringed.getBoundingClientRect().bottom;
      checked++;
      measured.push(control.localName);
      // The ring: 3 px, 2 px beyond the control.
      if (room < 5) cut.push(`${control.localName} ${target.localName}: ${room.toFixed(1)} px`);
      target.blur();
    }
    expect(checked, 'controls with something to focus').to.be.at.least(5);
    expect(measured, 'a filter chip measured').to.include('kn-filter-chips');
    expect(cut, 'rings cut at the edge').to.deep.equal([]);
  });
});
