import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import type { KnLayerSwitcher } from '../../src/controls/layer-switcher/layer-switcher.js';
import { until } from '../helpers/harness.js';
import { mapWithControls, parts, text } from './control-helpers.js';

/** The layers a switcher offers, by the text of their labels. */
const offered = (switcher: KnLayerSwitcher) => parts(switcher, 'label').map((label) => text(label));

describe('binding a control to a map beside it (MapBinding)', () => {
  it('binds with data-map= as with for=, the form CMS editors keep, and shows the map\'s layers', async () => {
    const { root } = await mapWithControls(html`
      <div>
        <kn-map id="bound-by-data-map"><kn-wlan-layer></kn-wlan-layer></kn-map>
        <kn-layer-switcher data-map="bound-by-data-map"></kn-layer-switcher>
      </div>
    `);
    const switcher = root.querySelector<KnLayerSwitcher>('kn-layer-switcher')!;
    await until(() => offered(switcher).join() === 'Konstanz-WLAN', () => `the WLAN layer in the switcher (has ${offered(switcher).join() || 'none'})`);
  });

  it('follows a changed data-map=, and for= wins over data-map=', async () => {
    const root = await fixture<HTMLElement>(html`
      <div>
        <kn-map id="map-a" style="height: 200px"><kn-wlan-layer></kn-wlan-layer></kn-map>
        <kn-map id="map-b" style="height: 200px"><kn-projects-layer></kn-projects-layer></kn-map>
        <kn-layer-switcher data-map="map-a"></kn-layer-switcher>
      </div>
    `);
    const switcher = root.querySelector<KnLayerSwitcher>('kn-layer-switcher')!;
    const shows = (name: string) => until(() => offered(switcher).join() === name, () => `"${name}" in the switcher (has ${offered(switcher).join() || 'none'})`);
    await shows('Konstanz-WLAN');

    switcher.setAttribute('data-map', 'map-b');
    await shows('Smart-Green-City-Projekte');

    switcher.setAttribute('for', 'map-a'); // data-map still names map-b
    await shows('Konstanz-WLAN');
    switcher.removeAttribute('for');
    await shows('Smart-Green-City-Projekte');
    expect(switcher.getAttribute('data-map')).to.equal('map-b');
  });
});
