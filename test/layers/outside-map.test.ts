// A layer outside every <kn-map> (src/layers/outside-map-gate.ts, outside-map.ts): a CMS that sets the code in a paragraph closes the map at
// the paragraph's end, and the layers after it stand in the page on their own. They say so where they stand.
import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/define.js';
import type { KnErrorEvent } from '../../src/events/kn-error-event.js';
import type { KnDataLayer } from '../../src/layers/data-layer.js';
import type { KnMap } from '../../src/map/kn-map.js';
import { expectAccessible } from '../helpers/a11y.js';
import { until } from '../helpers/harness.js';

const WAIT_MS = 20_000;
const text = (layer: Element) => layer.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();

describe('a layer outside every map', () => {
  it('shows where it stands that it is outside a map, and how to mend it, and fires kn-error (layer-outside-map)', async function () {
    this.timeout(40_000);
    const root = await fixture<HTMLDivElement>(html`<div></div>`);
    const errors: KnErrorEvent[] = [];
    root.addEventListener('kn-error', (event) => errors.push(event as KnErrorEvent));
    // What a rich-text editor makes of the guide's code: the map in a paragraph; the fallback paragraph inside the map
    // closes it (and the map with it), so the layers stand after the map.
    root.innerHTML =
      '<p><kn-map style="width:400px;height:300px"><kn-fibre-layer></kn-fibre-layer><p>Die Karte braucht JavaScript.</p><kn-wlan-layer></kn-wlan-layer></kn-map></p>';
    const map = root.querySelector<KnMap>('kn-map')!;
    const [inside, outside] = [root.querySelector<KnDataLayer>('kn-fibre-layer')!, root.querySelector<KnDataLayer>('kn-wlan-layer')!];
    expect([map.contains(inside), map.contains(outside)], 'the parser put the WLAN layer after the map').to.deep.equal([true, false]);

    await until(() => errors.some((error) => error.target === outside), 'the outside layer’s kn-error', WAIT_MS);
    const error = errors.find((e) => e.target === outside)!;
    expect(error.detail.code).to.equal('layer-outside-map');
    expect(error.detail.message).to.contain('<kn-wlan-layer> steht außerhalb einer Karte').and.to.contain('zwischen <kn-map> und </kn-map>');
    await outside.updateComplete;
    expect(outside.checkVisibility(), 'the message is on the page').to.equal(true);
    expect(outside.getBoundingClientRect().height).to.be.above(20);
    expect(text(outside)).to.equal(error.detail.message);
    expect(errors.filter((e) => e.target === inside), 'the layer inside the map says nothing').to.deep.equal([]);
    expect(inside.checkVisibility(), 'the layer inside the map has no box').to.equal(false);
    await expectAccessible(root, { what: 'a layer outside the map with its message' });

    // Put into the map, it is shown there and its message goes.
    map.append(outside);
    await until(() => !outside.hasAttribute('data-kn-outside-map'), 'the message withdrawn', WAIT_MS);
    await outside.updateComplete;
    expect(outside.checkVisibility(), 'no box in the map').to.equal(false);
    expect(text(outside)).to.equal('');
    await until(() => !!map.registry.layers.find((layer) => layer === (outside as unknown)), 'the layer on the map', WAIT_MS);
  });

  it('says it in English on an English page', async function () {
    this.timeout(40_000);
    const root = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
    const said = new Promise<KnErrorEvent>((resolve) => root.addEventListener('kn-error', (event) => resolve(event as KnErrorEvent), { once: true }));
    root.innerHTML = '<kn-wms-layer src="/wms" layers="a"></kn-wms-layer>';
    const { detail } = await said;
    expect(detail.code).to.equal('layer-outside-map');
    expect(detail.message).to.contain('<kn-wms-layer> is outside any map');
  });
});
