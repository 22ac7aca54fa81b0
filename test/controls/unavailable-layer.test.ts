// A layer whose data could not be loaded says so where a visitor looks once the notice is closed: in the layer
// switcher ("nicht verfügbar") and in the legend (a note), until its data loads after all (tester: it looked like an
// ordinary, empty layer).
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/define.js';
import '../../src/kn-layer-switcher.js';
import '../../src/kn-legend.js';
import type { KnDataLayer } from '../../src/layers/data-layer.js';
import { expectAccessible } from '../helpers/a11y.js';
import { mountMap, until } from '../helpers/harness.js';

const words = (element: Element) => element.shadowRoot!.textContent!.replace(/\s+/g, ' ');

describe('a layer whose data could not be loaded', () => {
  it('is "nicht verfügbar" in the switcher and has a note in the legend, until its data loads', async () => {
    const { map, root } = await mountMap<HTMLDivElement>(
      html`<div><kn-map lang="de" style="display:block;width:700px;height:450px"
        ><kn-wlan-layer></kn-wlan-layer><kn-geojson-layer label="Baustellen" src="/fehlt/baustellen.geojson"></kn-geojson-layer
        ><kn-layer-switcher slot="top-right"></kn-layer-switcher><kn-legend slot="bottom-left"></kn-legend
      ></kn-map></div>`,
    );
    const switcher = map.querySelector('kn-layer-switcher')!;
    const legend = map.querySelector('kn-legend')!;
    const layer = map.querySelector<KnDataLayer>('kn-geojson-layer')!;
    await until(() => words(switcher).includes('Baustellen (nicht verfügbar)'), () => `the switcher says so: ${words(switcher)}`);
    expect(words(switcher), 'only the failed layer').to.not.include('Konstanz-WLAN (nicht verfügbar)');
    await until(() => words(legend).includes('Die Daten konnten nicht geladen werden'), () => `the legend says so: ${words(legend)}`);
    expect(layer.describe('de').notes[0].kind).to.equal('unavailable');
    expect(map.querySelector<KnDataLayer>('kn-wlan-layer')!.describe('de').notes.some((note) => note.kind === 'unavailable')).to.equal(false);
    await expectAccessible(root, { what: 'the switcher and legend with an unavailable layer' });

    map.lang = 'en';
    await until(() => words(switcher).includes('Baustellen (not available)'), 'in English too');

    layer.src = '/test/fixtures/mixed.geojson';
    await until(() => !words(switcher).includes('not available'), 'the mark gone once the data loads');
    expect(words(legend)).to.not.include('could not be loaded');
    expect(layer.features.length).to.be.greaterThan(0);
  });

  it('keeps the data it shows, without the mark, when a later source fails', async () => {
    const { map } = await mountMap<HTMLDivElement>(
      html`<div><kn-map lang="de" style="display:block;width:700px;height:450px"
        ><kn-geojson-layer label="Baustellen" src="/test/fixtures/mixed.geojson"></kn-geojson-layer
        ><kn-layer-switcher slot="top-right"></kn-layer-switcher
      ></kn-map></div>`,
    );
    const layer = map.querySelector<KnDataLayer>('kn-geojson-layer')!;
    const shown = layer.features.length;
    expect(shown).to.be.greaterThan(0);
    const failed = new Promise((resolve) => layer.addEventListener('kn-error', resolve, { once: true }));
    layer.src = '/fehlt/baustellen.geojson';
    await failed;
    await map.updateComplete;
    expect(layer.features, 'the data shown is kept').to.have.length(shown);
    expect(layer.describe('de').notes.some((note) => note.kind === 'unavailable'), 'not marked: it shows data').to.equal(false);
  });
});
