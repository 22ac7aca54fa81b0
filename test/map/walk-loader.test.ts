// Issue 15, item 1: the keyboard walk is a chunk a page loads only once a visitor turns to the map (that a page
// nobody used did not download it is checked on a CDN page: test/package/autoload.test.ts). Here: the walk still
// answers the visitor's first turn as if it had always been there.
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import type { KnMap } from '../../src/map/kn-map.js';
import { mountMap, until } from '../helpers/harness.js';

const said = (map: KnMap) => map.shadowRoot!.querySelector('[part="announcer"]')!.textContent!.trim();

async function mount(): Promise<KnMap> {
  const { map } = await mountMap<KnMap>(html`
    <kn-map center="9.1755,47.6604" zoom="15" style="display:block;width:640px;height:420px">
      <kn-wlan-layer></kn-wlan-layer>
    </kn-map>
  `);
  return map;
}

describe('the keyboard walk, loaded when a visitor turns to the map', () => {
  it('walks a key pressed on the canvas the moment it took the focus', async () => {
    const map = await mount();
    const canvas = map.map!.getCanvas();
    canvas.focus();
    canvas.dispatchEvent(new KeyboardEvent('keydown', { key: 'n', bubbles: true, cancelable: true }));
    await until(() => / 1 von \d+\.$/.test(said(map)), 'the first feature said after N');
    expect(said(map)).to.match(/^Konstanz-WLAN: .+\. 1 von \d+\.$/);
    expect(map.shadowRoot!.querySelector<HTMLElement>('[part="walk-marker"]')!.hidden).to.equal(false);
  });

  it('says what the map shows after a zoom with its button, the first thing the visitor did', async () => {
    const map = await mount();
    const zoom = map.map!.getZoom();
    // A click without pointer or focus (as a screen reader's may be): the move itself brings the walk.
    map.shadowRoot!.querySelector<HTMLButtonElement>('.maplibregl-ctrl-zoom-in')!.click();
    await until(() => said(map).includes('Maßstab'), 'the summary of the view after the zoom');
    expect(map.map!.getZoom()).to.be.above(zoom);
    expect(said(map)).to.match(/Im Ausschnitt: Konstanz-WLAN \d+\./);
  });

  it('answers describeView() before anyone turned to the map', async () => {
    const map = await mount();
    expect(await map.describeView()).to.match(/^Kartenmitte: .+ Maßstab: Straßen \(Zoomstufe 15\)\./);
  });
});
