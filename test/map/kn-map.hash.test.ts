import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/define.js';
import '../../src/kn-feature-details.js';
import '../../src/kn-nearest.js';
import type { KnNearest } from '../../src/controls/nearest/nearest.js';
import type { KnErrorEvent } from '../../src/events/kn-error-event.js';
import type { KnDataLayer } from '../../src/layers/data-layer.js';
import type { KnMap } from '../../src/map/kn-map.js';
import { hashParam } from '../../src/map/view-hash.js';
import { CHOSEN_MOVE, fromPositionAfter, POSITION_MOVE } from '../../src/map/move-tags.js';
import { mountMap, until, within } from '../helpers/harness.js';

const START = location.href;
const param = (name: string) => hashParam(location.hash, name);
/** Sets the fragment without a history entry or a hashchange, as a page opened from a link has it. */
const openWith = (fragment: string) => history.replaceState(null, '', `${START.split('#')[0]}${fragment}`);
const feature = (layer: KnDataLayer, name: string) => layer.features.find((f) => f.properties?.name === name)!;
const centre = (map: KnMap) => map.map!.getCenter().toArray();
const notices = (map: KnMap) => [...map.shadowRoot!.querySelectorAll('[part="notice"]')].map((n) => n.textContent!.replace(/\s+/g, ' ').trim());

async function mountWlan(attributes: { hash?: string } = {}) {
  const { map, layers, root } = await mountMap<HTMLElement>(html`
    <div>
      <kn-map
        hash=${attributes.hash ?? ''}
        style="width:640px;height:400px"
        center="9.1757,47.6597"
        zoom="14"
        cooperative-gestures="false"
      >
        <kn-wlan-layer></kn-wlan-layer>
        <kn-feature-details slot="top-left"></kn-feature-details>
      </kn-map>
    </div>
  `);
  return { map, wlan: layers[0], details: root.querySelector('kn-feature-details')! };
}

/** Counts `history.pushState` calls from now on (they still happen). */
function countPushes(): { count: number; restore(): void } {
  const original = history.pushState;
  const counter = {
    count: 0,
    restore: () => {
      history.pushState = original;
    },
  };
  history.pushState = function (...args: Parameters<History['pushState']>) {
    counter.count++;
    return original.apply(this, args);
  };
  return counter;
}

describe('<kn-map hash>: the view and the selection in the URL', () => {
  afterEach(() => history.replaceState(null, '', START));

  it("leaves the page's own anchors alone: following #kontakt keeps the selection, and the map does not append to it", async () => {
    const { map, wlan } = await mountWlan();
    wlan.select(feature(wlan, 'Marktstätte'));
    await until(() => param('auswahl') === 'wlan/fc-kn-ap007', 'the selection in the URL');
    const changed = new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
    location.hash = '#kontakt';
    await changed;
    expect(map.registry.selection?.feature.properties?.name, 'the selection kept').to.equal('Marktstätte');
    const moved = new Promise((resolve) => map.addEventListener('kn-move-end', resolve, { once: true }));
    map.map!.jumpTo({ center: [9.18, 47.665], zoom: 14 });
    await moved;
    expect(location.hash, 'the anchor still works').to.equal('#kontakt');
  });

  it('writes the view after a move (no new history entry) and the selected feature (a new one)', async () => {
    const { map, wlan } = await mountWlan();
    // Counted by call: history.length stops at 50 entries in Chromium, which a long test run reaches.
    const pushes = countPushes();
    expect(param('karte'), 'the first view (fitted to this screen) is not written').to.equal(undefined);
    map.map!.jumpTo({ center: [9.1757, 47.6597], zoom: 15.2 });
    await until(() => param('karte') === '15.2/47.6597/9.1757', () => `the view in the URL (it is "${location.hash}")`);
    expect(pushes.count, 'a move pushes no history entry').to.equal(0);
    expect(param('auswahl')).to.equal(undefined);

    wlan.select(feature(wlan, 'Marktstätte'));
    await until(() => param('auswahl') === 'wlan/fc-kn-ap007', () => `the selection in the URL (it is "${location.hash}")`);
    expect(pushes.count, 'a selection pushes one history entry').to.equal(1);
    pushes.restore();
    expect(param('karte')).to.equal('15.2/47.6597/9.1757');
  });

  it('keeps the selected district in the URL, with no new history entry, while the fibre layer\'s year moves', async () => {
    const { layers } = await mountMap<HTMLElement>(html`
      <div>
        <kn-map hash style="width:640px;height:400px" center="9.1757,47.6597" zoom="13"><kn-fibre-layer></kn-fibre-layer></kn-map>
      </div>
    `);
    const fibre = layers[0] as (typeof layers)[number] & { year: number };
    fibre.select(feature(fibre, 'Altstadt'));
    await until(() => !!param('auswahl'), () => `the selection in the URL (it is "${location.hash}")`);
    const selected = param('auswahl');
    const pushes = countPushes();
    try {
      fibre.year = 2016;
      await until(() => fibre.features.some((f) => f.properties?.ausbau_jahr === 2016));
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(pushes.count, 'the same district, derived anew: no step back to it').to.equal(0);
      expect(param('auswahl')).to.equal(selected);
    } finally {
      pushes.restore();
    }
  });

  it('opened from a link, shows its view and selects its feature once the data is there', async () => {
    openWith('#karte=16.5/47.66037/9.17556&auswahl=wlan/fc-kn-ap007');
    const { map, details } = await mountWlan();
    await until(() => map.registry.selection?.feature.properties?.id === 'fc-kn-ap007', 'the linked feature to be selected');
    expect(map.map!.getZoom()).to.be.closeTo(16.5, 1e-6);
    expect(centre(map)[0]).to.be.closeTo(9.17556, 1e-5);
    expect(centre(map)[1]).to.be.closeTo(47.66037, 1e-5);
    await details.updateComplete;
    expect(details.open).to.equal(true);
    expect(details.shadowRoot!.querySelector('[part="heading"]')!.textContent!.trim()).to.equal('Marktstätte');
    expect(notices(map)).to.deep.equal([]);
  });

  it('frames a linked feature when the link names no view', async () => {
    openWith('#auswahl=wlan/Herosépark');
    const { map } = await mountWlan();
    await until(() => map.registry.selection?.feature.properties?.name === 'Herosépark', 'the linked feature to be selected');
    await until(() => !map.map!.isMoving() && map.map!.getZoom() >= 16 - 1e-6, 'the view to frame the feature');
    expect(map.map!.getBounds().contains([9.17457428, 47.66905485])).to.equal(true);
  });

  it("keeps a view moved to the visitor's position out of the address and of a copied link, until the visitor moves the map", async () => {
    const { map, root } = await mountMap<HTMLElement>(html`
      <div>
        <kn-map hash style="width:640px;height:400px" center="9.1757,47.6597" zoom="14" cooperative-gestures="false">
          <kn-wlan-layer></kn-wlan-layer>
          <kn-feature-details slot="top-left"></kn-feature-details>
          <kn-nearest slot="bottom-left"></kn-nearest>
        </kn-map>
      </div>
    `);
    const details = root.querySelector('kn-feature-details')!;
    const nearest = root.querySelector('kn-nearest') as KnNearest;
    map.map!.jumpTo({ center: [9.17, 47.665], zoom: 15 });
    await until(() => param('karte') === '15/47.665/9.17', () => `the view in the URL (it is "${location.hash}")`);

    // A position in Petershausen, answered by a stand-in for the browser's geolocation.
    const HOME: [number, number] = [9.1843, 47.6712];
    const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'geolocation')!;
    const answering = {
      getCurrentPosition: (ok: PositionCallback) =>
        ok({ coords: { longitude: HOME[0], latitude: HOME[1], accuracy: 30 }, timestamp: Date.now() } as GeolocationPosition),
    };
    Object.defineProperty(navigator, 'geolocation', { configurable: true, get: () => answering });
    try {
      const fromMe = [...nearest.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="button"]')][0];
      fromMe.click();
      await until(() => map.registry.viewFromPosition, 'the view moved to the position and the hotspot');
      expect(map.map!.getBounds().contains(HOME), 'the position framed').to.equal(true);
      await until(() => param('auswahl') !== undefined && param('karte') === undefined, () => `the hotspot in the URL without the view (it is "${location.hash}")`);
      const shared = new URL(await details.shareUrl());
      expect(hashParam(shared.hash, 'karte'), 'no view in the copied link').to.equal(undefined);
      expect(hashParam(shared.hash, 'auswahl'), 'the hotspot in the copied link').to.equal(param('auswahl'));

      // The map resized (a phone's address bar hides, the phone turns) and refitted: still not written.
      const resized = new Promise((resolve) => map.map!.once('resize', resolve));
      map.style.height = '360px';
      await resized;
      await until(() => !map.map!.isMoving(), 'the resized map to settle');
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(map.registry.viewFromPosition, 'a resize keeps the view out').to.equal(true);
      expect(param('karte'), 'no view in the URL after the resize').to.equal(undefined);

      // The visitor moves the map (the pan button): their own view is written again.
      const east = map.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-label="Karte nach Osten verschieben"]')!;
      east.click();
      await until(() => param('karte') !== undefined, () => `the visitor's view in the URL (it is "${location.hash}")`);
      expect(map.registry.viewFromPosition).to.equal(false);

      // Maplibre's "my position" button tags its move the same way.
      const button = map.shadowRoot!.querySelector<HTMLButtonElement>('.maplibregl-ctrl-geolocate')!;
      button.click();
      await until(() => map.registry.viewFromPosition && param('karte') === undefined, () => `the geolocate button's view kept out of the URL (it is "${location.hash}")`);
      expect(map.map!.getBounds().contains(HOME)).to.equal(true);
    } finally {
      delete (navigator as unknown as Record<string, unknown>).geolocation;
      Object.defineProperty(Navigator.prototype, 'geolocation', original);
    }
  });

  it('steps back to the view and the selection before, and forward again', async () => {
    const { map, wlan } = await mountWlan();
    map.map!.jumpTo({ center: [9.17, 47.665], zoom: 15 });
    await until(() => param('karte') === '15/47.665/9.17', 'the first view in the URL');
    wlan.select(feature(wlan, 'Marktstätte'));
    await until(() => param('auswahl') === 'wlan/fc-kn-ap007', 'the selection in the URL');
    map.map!.jumpTo({ center: [9.18, 47.66], zoom: 16 });
    await until(() => param('karte') === '16/47.66/9.18', 'the second view in the URL');

    history.back();
    await until(() => param('auswahl') === undefined && map.registry.selection === undefined, 'the selection to be gone after back');
    await until(() => Math.abs(map.map!.getZoom() - 15) < 1e-6, 'the first view after back');
    expect(centre(map)[0]).to.be.closeTo(9.17, 1e-6);
    expect(centre(map)[1]).to.be.closeTo(47.665, 1e-6);

    history.forward();
    await until(() => map.registry.selection?.feature.properties?.id === 'fc-kn-ap007', 'the selection again after forward');
    await until(() => Math.abs(map.map!.getZoom() - 16) < 1e-6, 'the second view after forward');
  });

  it('ignores an invalid view and a feature that is gone, with a notice and a kn-error each, and shows the default view', async () => {
    openWith('#karte=99/Konstanz/9&auswahl=wlan/fc-kn-ap999');
    const errors: KnErrorEvent['detail'][] = [];
    const onError = (event: Event) => errors.push((event as KnErrorEvent).detail);
    document.addEventListener('kn-error', onError);
    try {
      const { map } = await mountWlan();
      await until(() => errors.filter((e) => e.code === 'invalid-link').length === 2, () => `two invalid-link errors (${JSON.stringify(errors)})`);
      expect(map.map!.getZoom()).to.be.closeTo(14, 1e-6);
      expect(centre(map)[0]).to.be.closeTo(9.1757, 1e-6);
      expect(map.registry.selection).to.equal(undefined);
      await map.updateComplete;
      expect(notices(map)).to.have.length(2);
      expect(notices(map)[0]).to.contain('keine gültige Kartenansicht („99/Konstanz/9“)');
      expect(notices(map)[1]).to.contain('Das Objekt „fc-kn-ap999“ aus dem Link wurde in „Konstanz-WLAN“ nicht gefunden');
    } finally {
      document.removeEventListener('kn-error', onError);
    }
  });

  it('with a key of its own keeps to its parameters and leaves the rest of the fragment alone', async () => {
    openWith('#abschnitt-2&tab=karten');
    const { map } = await mountWlan({ hash: 'plan' });
    map.map!.jumpTo({ center: [9.17, 47.665], zoom: 15 });
    await until(() => location.hash === '#abschnitt-2&tab=karten&plan=15/47.665/9.17', () => `the fragment (it is "${location.hash}")`);
  });

  it('without the attribute leaves the URL as it is', async () => {
    const fixtureMap = await mountMap<HTMLElement>(html`
      <kn-map style="width:640px;height:400px" center="9.1757,47.6597" zoom="14"><kn-wlan-layer></kn-wlan-layer></kn-map>
    `);
    const map = fixtureMap.map;
    const moved = new Promise((resolve) => map.addEventListener('kn-move-end', resolve, { once: true }));
    map.map!.jumpTo({ center: [9.17, 47.665], zoom: 15 });
    await moved;
    fixtureMap.layers[0].select(feature(fixtureMap.layers[0], 'Marktstätte'));
    expect(location.href).to.equal(START);
  });

  it('without the attribute, opened without a fragment, follows a link the visitor opens later on the page', async () => {
    const { map } = await mountMap<HTMLElement>(html`
      <kn-map style="width:640px;height:400px" center="9.1757,47.6597" zoom="14"><kn-wlan-layer></kn-wlan-layer></kn-map>
    `);
    location.hash = '#karte=16.5/47.66037/9.17556&auswahl=wlan/fc-kn-ap007';
    await until(() => map.registry.selection?.feature.properties?.id === 'fc-kn-ap007', 'the linked feature to be selected');
    await until(() => Math.abs(map.map!.getZoom() - 16.5) < 1e-6, () => `the linked view (zoom ${map.map!.getZoom()})`);
    expect(centre(map)[0]).to.be.closeTo(9.17556, 1e-5);
    expect(notices(map)).to.deep.equal([]);
  });

  it('given the attribute once the map is shown, writes the feature chosen at once (a new history entry)', async () => {
    const { map, layers } = await mountMap<HTMLElement>(html`
      <kn-map style="width:640px;height:400px" center="9.1757,47.6597" zoom="14"><kn-wlan-layer></kn-wlan-layer></kn-map>
    `);
    const pushes = countPushes();
    try {
      map.hash = true;
      layers[0].select(feature(layers[0], 'Marktstätte'));
      await until(() => param('auswahl') === 'wlan/fc-kn-ap007', () => `the selection in the URL (it is "${location.hash}")`);
      expect(param('karte')).to.equal('14/47.6597/9.1757');
      expect(pushes.count, 'the selection pushes one history entry').to.equal(1);
    } finally {
      pushes.restore();
    }
  });

  it('beside a map with `hash`, a map without it leaves that map’s links alone', async () => {
    openWith('#karte=16/47.66037/9.17556&auswahl=wlan/fc-kn-ap007');
    const { root, map } = await mountMap<HTMLElement>(html`
      <div>
        <kn-map hash style="width:480px;height:240px" center="9.1757,47.6597" zoom="14"><kn-wlan-layer></kn-wlan-layer></kn-map>
        <kn-map id="other" style="width:480px;height:240px" center="9.18,47.67" zoom="13"><kn-projects-layer></kn-projects-layer></kn-map>
      </div>
    `);
    const other = root.querySelector<KnMap>('#other')!;
    await within(other.ready, 'the second map');
    await until(() => map.registry.selection?.feature.properties?.id === 'fc-kn-ap007', 'the linked feature on the map with `hash`');
    expect(other.map!.getZoom()).to.be.closeTo(13, 1e-6);
    expect(other.registry.selection).to.equal(undefined);
    expect(notices(other)).to.deep.equal([]);
  });

  it('says so when its key cannot be a parameter name', async () => {
    const { map } = await mountWlan({ hash: 'zwei Karten' });
    await map.updateComplete;
    expect(notices(map).join(' ')).to.contain('Das Attribut „hash“ hat einen ungültigen Wert „zwei Karten“');
  });
});

describe('whether a view shows the visitor’s position (move-tags.ts)', () => {
  it('starts with a move there, ends with one the visitor made or asked for, and outlasts any other', () => {
    expect(fromPositionAfter(POSITION_MOVE, false)).to.equal(true);
    expect(fromPositionAfter({ geolocateSource: true }, false), "maplibre's geolocate button").to.equal(true);
    expect(fromPositionAfter(CHOSEN_MOVE, true)).to.equal(false);
    expect(fromPositionAfter({ originalEvent: new MouseEvent('mousemove') }, true), 'a gesture').to.equal(false);
    expect(fromPositionAfter({}, true), 'a resize, a refit, a script').to.equal(true);
    expect(fromPositionAfter({}, false)).to.equal(false);
  });
});
