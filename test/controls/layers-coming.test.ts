// The controls while a map's layer elements are still being defined (the CDN loader's chunks on their way): they say
// that layers are being loaded, not that there is none, nor list the first to arrive as all there is (citizen tester:
// "Keine Ebene mit Jahresstand auf der Karte" and a layer switcher with 2 of 4 layers while the page loaded).
import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/define.js';
import { KnFibreLayer } from '../../src/layers/fibre/kn-fibre-layer.js';
import type { KnMap } from '../../src/map/kn-map.js';
import { until, within } from '../helpers/harness.js';
import { part, parts, text } from './control-helpers.js';

/** A tag of the layer pattern no one has defined yet, new for each call (a page's registry defines a name once). */
const laterTag = (() => {
  let n = 0;
  return (what: string) => `kn-later${++n}-${what}-layer`;
})();

const muted = (control: Element) => parts(control, 'p.muted').map(text);

/** `controls` bound to a map far below the view: it does not start, so it is not ready, as a map while its page loads. */
async function farMap(id: string, controls: readonly string[]) {
  window.scrollTo(0, 0); // (a test before may have scrolled a map into view)
  const root = await fixture<HTMLElement>(html`<div></div>`);
  root.innerHTML = `${controls.map((tag) => `<${tag} for="${id}"></${tag}>`).join('')}<div style="height: 5000px"></div>
    <kn-map id="${id}" style="display: block; width: 400px; height: 300px"></kn-map>`;
  return { map: root.querySelector<KnMap>('kn-map')!, controls: controls.map((tag) => root.querySelector(tag)!) };
}

describe('controls while layer elements are still being defined', () => {
  it('say "Ebenen werden geladen …" and "Weitere Ebenen werden geladen …", then show the layers as they come, until the map is ready', async function () {
    this.timeout(60_000);
    const fibreTag = laterTag('fibre');
    const { map, controls } = await farMap('coming-map', ['kn-year-slider', 'kn-layer-switcher', 'kn-legend', 'kn-nearest']);
    const [slider, switcher, legend, nearest] = controls;
    map.innerHTML = `<${fibreTag}></${fibreTag}><kn-wlan-layer></kn-wlan-layer>`;
    const names = (control: Element) => parts(control, 'li label').map(text);

    // The WLAN layer is there, the fibre layer's element not yet defined.
    await until(() => names(switcher).length === 1, 'the WLAN layer in the switcher');
    expect(map.registry.layersComing).to.equal(true);
    expect(muted(slider)).to.deep.equal(['Ebenen werden geladen …']);
    expect(muted(switcher)).to.deep.equal(['Weitere Ebenen werden geladen …']);
    expect(muted(legend)).to.include('Weitere Ebenen werden geladen …');
    // The general heading, not "Nächsten Hotspot finden" after the first layer to arrive.
    expect(text(part(nearest, 'h2'))).to.equal('In der Nähe finden');

    customElements.define(fibreTag, class extends KnFibreLayer {});
    await until(() => names(switcher).length === 2, 'the fibre layer in the switcher once defined');
    expect(map.registry.layersComing).to.equal(false);
    await until(() => !muted(slider).length, 'the year slider without its note');
    expect(part<HTMLInputElement>(slider, 'input[type="range"]').disabled).to.equal(false);
    expect(muted(switcher)).to.deep.equal([]);
    expect(muted(legend)).to.not.include('Weitere Ebenen werden geladen …');
    expect(text(part(nearest, 'h2'))).to.equal('Nächsten Hotspot finden');

    // A layer element that is never defined (its script missing) counts as coming only until the map is ready.
    const never = document.createElement(laterTag('never'));
    map.append(never);
    await until(() => muted(switcher).includes('Weitere Ebenen werden geladen …'), 'the switcher waiting for the undefined layer');
    map.scrollIntoView();
    await within(map.ready, 'the map ready once scrolled to', 30_000);
    await until(() => !muted(switcher).length, 'the switcher no longer waiting once the map is ready');
    expect(map.registry.layersComing).to.equal(false);
    expect(names(switcher)).to.have.length(2);
  });

  it('say "Ebenen werden geladen …" where no layer is there yet: filter chips, nearest, legend, layer switcher, feature list', async function () {
    this.timeout(30_000);
    const tag = laterTag('wlan');
    const { map, controls } = await farMap('empty-map', ['kn-filter-chips', 'kn-nearest', 'kn-legend', 'kn-layer-switcher', 'kn-feature-list']);
    const [chips, nearest, legend, switcher, list] = controls;
    map.innerHTML = `<${tag}></${tag}>`;
    await until(() => muted(switcher).includes('Ebenen werden geladen …'), 'the switcher waiting for the layer');
    expect(text(part(chips, '[part="hint"]'))).to.equal('Ebenen werden geladen …');
    expect(muted(nearest)).to.include('Ebenen werden geladen …');
    expect(muted(legend)).to.deep.equal(['Ebenen werden geladen …']);
    expect(muted(switcher)).to.deep.equal(['Ebenen werden geladen …']);
    await until(() => (list.shadowRoot?.textContent ?? '').includes('Einträge werden geladen …'), 'the feature list waiting for its layers');
    expect(list.shadowRoot!.textContent).to.not.include('Keine Einträge');
  });

  it('stop waiting for a layer element that is never defined when the map does not get ready (its script missing)', async () => {
    const tag = laterTag('missing');
    const { map, controls } = await farMap('waiting-map', ['kn-legend']);
    const [legend] = controls;
    map.innerHTML = `<${tag}></${tag}>`;
    await until(() => muted(legend).includes('Ebenen werden geladen …'), 'the legend waiting for the layer');
    // The bound (20 s on a page) made short only now, counted from the next change of the map's content: on a busy
    // machine the first wait is not over before it was seen.
    map.registry.comingAtMostMs = 200;
    map.append(document.createElement(laterTag('missing')));
    await until(() => muted(legend).includes('Keine Datenebenen auf der Karte.'), 'the legend no longer waiting for a layer that does not come');
    expect(map.registry.layersComing).to.equal(false);
  });
});
