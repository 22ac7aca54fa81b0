import { expect } from '@open-wc/testing';
import { html } from 'lit';
import type { KnDataLayer } from '../../src/layers/data-layer.js';
import type { KnMap } from '../../src/map/kn-map.js';
import { mountMap, until } from '../helpers/harness.js';

const legendText = (legend: HTMLElement) => legend.shadowRoot!.textContent!.replace(/\s+/g, ' ');

// The editors' guide tells editors to give the fibre layer the city's own file with `src`: the layer is still the
// fibre layer, for its legend, its switcher and the map's name, not "glasfaser.geojson".
describe('a layer’s name with its own src', () => {
  it('a themed layer keeps its name; a generic layer is named after its file', async () => {
    const { map, layers } = await mountMap(html`<div>
      <kn-map lang="de">
        <kn-fibre-layer src="/test/fixtures/fibre-status.geojson" category-field="Ausbau"></kn-fibre-layer>
        <kn-wlan-layer src="/test/fixtures/hotspots-25832.geojson"></kn-wlan-layer>
        <kn-geojson-layer src="/test/fixtures/hotspots-25832.geojson?v=2"></kn-geojson-layer>
        <kn-legend slot="top-left"></kn-legend>
      </kn-map>
    </div>`);
    const [fibre, wlan, own] = layers as KnDataLayer[];
    expect(fibre.displayName('de')).to.equal('Glasfaserausbau');
    expect(fibre.displayName('en')).to.equal('Fibre rollout');
    expect(wlan.displayName('de')).to.equal('Konstanz-WLAN');
    expect(own.displayName('de')).to.equal('hotspots-25832.geojson');

    const legend = (map as KnMap).querySelector('kn-legend')!;
    await until(() => legendText(legend).includes('Konstanz-WLAN'), 'the legend with the WLAN layer');
    expect(legendText(legend)).to.contain('Glasfaserausbau');
    expect(legendText(legend)).not.to.contain('fibre-status.geojson');
    const canvasName = (map as KnMap).shadowRoot!.querySelector('canvas.maplibregl-canvas')!.getAttribute('aria-label') ?? '';
    expect(canvasName).to.contain('Konstanz-WLAN');
    expect(canvasName).not.to.contain('hotspots-25832.geojson,');
  });

  it('two layers of the same kind, each with its own file and no label, are told apart by their files while both are there', async () => {
    const { map, layers } = await mountMap(html`<div>
      <kn-map lang="de">
        <kn-wlan-layer src="/test/fixtures/hotspots-25832.geojson"></kn-wlan-layer>
        <kn-wlan-layer src="/test/fixtures/hotspots.csv"></kn-wlan-layer>
        <kn-layer-switcher slot="top-left"></kn-layer-switcher>
      </kn-map>
    </div>`);
    const [first, second] = layers as KnDataLayer[];
    expect(first.displayName('de')).to.equal('Konstanz-WLAN (hotspots-25832.geojson)');
    const switcher = (map as KnMap).querySelector('kn-layer-switcher')!;
    const names = () => [...switcher.shadowRoot!.querySelectorAll('label')].map((label) => label.textContent!.replace(/\s+/g, ' ').trim());
    await until(() => names().length === 2, 'both layers in the switcher');
    expect(names()).to.deep.equal(['Konstanz-WLAN (hotspots-25832.geojson)', 'Konstanz-WLAN (hotspots.csv)']);

    // The second one labelled: both names are plain again, the first one's described anew.
    second.setAttribute('label', 'WLAN ab 2027');
    await until(() => names()[0] === 'Konstanz-WLAN', 'the first layer’s plain name', 5000);
    expect(names()[1]).to.equal('WLAN ab 2027');
    // Gone: the other keeps its plain name.
    second.removeAttribute('label');
    await until(() => names()[0] === 'Konstanz-WLAN (hotspots-25832.geojson)', 'told apart again', 5000);
    second.remove();
    await until(() => names().length === 1 && names()[0] === 'Konstanz-WLAN', 'the plain name once alone', 5000);
  });
});
