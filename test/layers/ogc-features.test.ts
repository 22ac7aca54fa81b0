import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import type { KnErrorEvent } from '../../src/events/kn-error-event.js';
import type { KnDataLayer } from '../../src/layers/data-layer.js';
import type { KnWlanLayer } from '../../src/layers/wlan/kn-wlan-layer.js';
import type { KnMap } from '../../src/map/kn-map.js';
import { reloadClock } from '../helpers/reload-clock.js';
import { geoServerOrigin, itemsUrl, matchedIn, PAGE_SIZE } from '../helpers/geo-server.js';
import { until } from '../helpers/harness.js';
import { idle, nextEvent } from '../helpers/map.js';
import { mapWithLayer, styleIds } from './themed-helpers.js';
import { t as loadErrorText } from '../../src/layers/load-error.messages.js';

/**
 * Stands between the page and the items endpoint: records every URL asked for when it is asked for (aborted
 * ones too), then lets the request go on to MapServer, unless `failing` is set (unreachable) or the answers are
 * held (`hold()`: a slow server, until `release()`).
 */
function throughTestNetwork(items: string) {
  const original = window.fetch;
  let gate = Promise.resolve();
  let open = () => {};
  const network = {
    /** The URLs asked for so far (the test's own `matchedIn` requests too, once it makes them). */
    urls: [] as string[],
    failing: false,
    hold() {
      gate = new Promise((resolve) => (open = resolve));
    },
    release: () => open(),
    restore: () => (window.fetch = original),
  };
  window.fetch = (async (resource: RequestInfo | URL, init?: RequestInit) => {
    if (!String(resource).startsWith(`${items}?`)) return original(resource, init);
    network.urls.push(String(resource));
    if (network.failing) throw new TypeError('Failed to fetch');
    await gate;
    return original(resource, init);
  }) as typeof fetch;
  return network;
}


const firstPages = (urls: string[]) => urls.filter((url) => !new URL(url).searchParams.has('offset'));
const bboxOf = (url: string) => new URL(url).searchParams.get('bbox')!;
const names = (layer: KnDataLayer) => layer.features.map((f) => String(f.properties!.name)).sort();
const errors = (target: EventTarget) => {
  const seen: KnErrorEvent[] = [];
  target.addEventListener('kn-error', (event) => seen.push(event as KnErrorEvent));
  return seen;
};

describe('OGC API Features in the data layers (against MapServer)', () => {
  let wlan: string;
  let network: ReturnType<typeof throughTestNetwork>;
  before(async () => {
    wlan = itemsUrl(await geoServerOrigin(), 'wlan');
  });
  beforeEach(() => {
    network = throughTestNetwork(wlan);
  });
  afterEach(() => network.restore());

  /** A map of the Altstadt with a layer of the WLAN endpoint, its data shown. */
  const altstadt = () =>
    mapWithLayer<KnDataLayer>(html`
      <div>
        <kn-map center="9.1775,47.6605" zoom="15.5" style="width:800px;height:600px">
          <kn-geojson-layer src=${wlan}></kn-geojson-layer>
        </kn-map>
      </div>
    `);

  it('loads the features in view across several pages', async () => {
    const { map, layer } = await altstadt();
    const requested = [...network.urls];
    const bbox = bboxOf(requested[0]);
    const matched = await matchedIn(wlan, bbox);
    expect(matched).to.be.above(PAGE_SIZE); // more than one page
    expect(matched).to.be.below(16); // not the whole collection: the view's bbox
    expect(layer.features).to.have.length(matched);
    expect(requested).to.have.length(Math.ceil(matched / PAGE_SIZE));
    expect(requested.every((url) => bboxOf(url) === bbox)).to.equal(true);
    expect(names(layer)).to.include.members(['Marktstätte', 'Bahnhof Parkleitsystem', 'Stadtgarten Kiosk']);
    expect(names(layer)).to.not.include('Fähre Vorplatz Meersburg');
    // The view, padded: [w, s, e, n] around the map's centre.
    const [w, s, e, n] = bbox.split(',').map(Number);
    const { lng, lat } = map.map!.getCenter();
    expect(w < lng && lng < e && s < lat && lat < n).to.equal(true);
    await idle(map.map!);
    expect(map.map!.queryRenderedFeatures({ layers: [styleIds(layer).point] }).length).to.be.above(0);
  });

  it('loads the other view’s features after the map is panned elsewhere', async () => {
    const { map, layer } = await altstadt();
    const loaded = nextEvent(layer, 'kn-data-load');
    map.map!.jumpTo({ center: [9.265, 47.6946], zoom: 15.5 }); // the ferry landing in Meersburg
    await loaded;
    expect(names(layer)).to.deep.equal(['Fähre Vorplatz Meersburg']);
    const requested = firstPages(network.urls);
    expect(requested).to.have.length(2);
    expect(bboxOf(requested[1])).to.not.equal(bboxOf(requested[0]));
  });

  it('loads once after a quick series of moves, not once per move', async () => {
    const clock = reloadClock();
    try {
      const { map, layer } = await altstadt();
      const before = network.urls.length;
      const loaded = nextEvent(layer, 'kn-data-load');
      for (const lng of [9.2, 9.22, 9.24, 9.265]) map.map!.jumpTo({ center: [lng, 47.6946], zoom: 15.5 });
      // Each move put off the reload of the move before: one reload waits, for 300 ms after the last move.
      expect(clock.waiting).to.equal(1);
      expect(clock.delays.at(-1)).to.equal(300);
      clock.elapse();
      await loaded;
      await idle(map.map!);
      expect(clock.waiting, 'nothing else follows').to.equal(0);
      expect(network.urls.slice(before)).to.have.length(1);
      expect(names(layer)).to.deep.equal(['Fähre Vorplatz Meersburg']);
    } finally {
      clock.restore();
    }
  });

  it('loads nothing new for a small pan inside what it already loaded', async () => {
    const clock = reloadClock();
    try {
      const { map, layer } = await altstadt();
      const before = network.urls.length;
      map.map!.panBy([40, 30], { duration: 0 });
      expect(clock.waiting).to.equal(1);
      clock.elapse(); // the pause after the pan is over: a reload would start now
      await idle(map.map!);
      // A move elsewhere loads: its request is the first one after the pan's.
      const loaded = nextEvent(layer, 'kn-data-load');
      map.map!.jumpTo({ center: [9.265, 47.6946], zoom: 15.5 });
      clock.elapse();
      await loaded;
      const after = network.urls.slice(before);
      expect(after).to.have.length(1);
      expect(names(layer)).to.deep.equal(['Fähre Vorplatz Meersburg']);
    } finally {
      clock.restore();
    }
  });

  it('lets a slow download finish while the map is nudged inside the area being loaded', async () => {
    const clock = reloadClock();
    try {
      const { map, layer } = await altstadt();
      const before = network.urls.length;
      network.hold(); // a slow server: no answer until released
      const loaded = nextEvent(layer, 'kn-data-load');
      map.map!.jumpTo({ center: [9.265, 47.6946], zoom: 15.5 });
      clock.elapse();
      await until(() => network.urls.length > before, 'the request for the new view');
      for (let nudge = 0; nudge < 3; nudge++) {
        map.map!.panBy([30, 20], { duration: 0 }); // 90 × 60 px in all: within the padding (160 × 120 px)
        clock.elapse(); // each one past the pause, while the download still runs
      }
      network.release();
      // A download cancelled and started again would be a second request, and the data shown would come from it.
      await loaded;
      expect(names(layer)).to.deep.equal(['Fähre Vorplatz Meersburg']);
      expect(network.urls.slice(before)).to.have.length(1); // not cancelled and started again
      expect(clock.waiting).to.equal(0);
    } finally {
      network.release();
      clock.restore();
    }
  });

  it('loads the same view again after its download failed', async () => {
    const { map, layer } = await altstadt();
    network.failing = true;
    const failed = nextEvent<KnErrorEvent>(layer, 'kn-error');
    map.map!.jumpTo({ center: [9.265, 47.6946], zoom: 15.5 });
    expect((await failed).detail.code).to.equal('data-network');
    network.failing = false;
    const loaded = nextEvent(layer, 'kn-data-load');
    map.map!.resize(); // a moveend that leaves the view as it was
    await loaded;
    expect(names(layer)).to.deep.equal(['Fähre Vorplatz Meersburg']);
  });

  it('asks for both sides of the antimeridian, west > east, when the map is centred near 180°', async () => {
    await fixture(html`
      <div><kn-map center="179.9,10" zoom="7" style="width:800px;height:600px"><kn-geojson-layer src=${wlan}></kn-geojson-layer></kn-map></div>
    `);
    await until(() => network.urls.length > 0, 'the request for the view');
    // The view is about 4.4° wide: its padded box reaches from about 176.8° to −177° (183° unwrapped).
    const [west, south, east, north] = bboxOf(network.urls[0]).split(',').map(Number);
    expect(west).to.be.within(176, 178);
    expect(east).to.be.within(-178, -176);
    expect(south < 10 && 10 < north).to.equal(true);
    // (MapServer 8.0 answers such a bbox with 400 "Bad value for bbox."; the request is what is tested here.)
  });

  it('reports a failing endpoint like a failing file, in the map’s language, and keeps the data shown', async () => {
    const { map, layer } = await altstadt();
    const shown = names(layer);
    const failed = nextEvent<KnErrorEvent>(layer, 'kn-error');
    const nope = wlan.replace('/wlan/', '/nope/');
    layer.src = nope;
    const { detail } = await failed;
    expect(detail.code).to.equal('data-http');
    expect(detail.message).to.equal(`${loadErrorText('de', 'data-http', { layer: 'nope', status: 404, url: nope })} Die Datei gibt es unter dieser Adresse nicht (mehr).`);
    expect(names(layer)).to.deep.equal(shown);
    await idle(map.map!);
    expect(map.map!.queryRenderedFeatures({ layers: [styleIds(layer).point] }).length).to.be.above(0);
    expect(map.shadowRoot!.textContent).to.include(detail.message);

    map.lang = 'en';
    await map.updateComplete;
    const unreachable = nextEvent<KnErrorEvent>(layer, 'kn-error');
    layer.src = 'http://127.0.0.1:9/ogcapi/collections/wlan/items';
    const network = (await unreachable).detail;
    expect(network.code).to.equal('data-network');
    expect(network.message).to.equal(`${loadErrorText('en', 'data-network', { layer: 'wlan', url: layer.src })} Please try again later.`);
    expect(names(layer)).to.deep.equal(shown);
  });

  it('says clearly when an endpoint given as format="ogc-features" is not one', async () => {
    const collection = wlan.replace(/\/items$/, '');
    const container = await fixture<HTMLDivElement>(html`
      <div><kn-map><kn-geojson-layer format="ogc-features" src=${collection}></kn-geojson-layer></kn-map></div>
    `);
    const layer = container.querySelector<KnDataLayer>('kn-geojson-layer')!;
    const { detail } = await nextEvent<KnErrorEvent>(layer, 'kn-error');
    expect(detail.code).to.equal('data-invalid');
    expect(detail.message).to.match(/^Die Daten „wlan“ können nicht angezeigt werden: Der Dienst antwortete nicht mit einer GeoJSON-FeatureCollection/);
  });

  it('shows at most max-features and says so once', async () => {
    const container = await fixture<HTMLDivElement>(html`
      <div><kn-map style="width:800px;height:600px"><kn-geojson-layer max-features="7" src=${wlan}></kn-geojson-layer></kn-map></div>
    `);
    const map = container.querySelector<KnMap>('kn-map')!;
    const layer = map.querySelector<KnDataLayer>('kn-geojson-layer')!;
    const reported = errors(layer);
    await nextEvent(layer, 'kn-data-load');
    const requested = [...network.urls];
    expect(requested).to.have.length(2); // 5 + 5, cut to 7
    const matched = await matchedIn(wlan, bboxOf(requested[0]));
    expect(matched).to.be.above(7);
    expect(layer.features).to.have.length(7);
    expect(reported.map((event) => event.detail)).to.deep.equal([
      { code: 'data-truncated', message: loadErrorText('de', 'data-truncated-total', { layer: 'wlan', shown: 7, total: matched }) },
    ]);
    // A notice on the map, as information rather than as an error.
    await map.updateComplete;
    const notice = [...map.shadowRoot!.querySelectorAll('.notices .notice')].find((item) => item.textContent!.includes('max-features'))!;
    expect(notice.classList.contains('notice--info')).to.equal(true);
    expect(notice.textContent).to.contain('Hinweis:').and.not.to.contain('Fehler:');
    // Still too many after a move: loaded again, but not said again.
    const again = nextEvent(layer, 'kn-data-load');
    map.map!.panBy([60, 0], { duration: 0 });
    await again;
    expect(layer.features).to.have.length(7);
    expect(reported).to.have.length(1);
  });

  it('shows polygons of another collection', async () => {
    const stadtteile = itemsUrl(await geoServerOrigin(), 'stadtteile');
    const requests = throughTestNetwork(stadtteile);
    const { map, layer } = await mapWithLayer<KnDataLayer>(html`
      <div><kn-map center="9.1775,47.6605" zoom="15" style="width:800px;height:600px"><kn-geojson-layer src=${stadtteile}></kn-geojson-layer></kn-map></div>
    `).finally(() => requests.restore());
    const requested = [...requests.urls];
    expect(layer.features).to.have.length(await matchedIn(stadtteile, bboxOf(requested[0])));
    expect(names(layer)).to.include('Altstadt');
    expect(map.map!.queryRenderedFeatures({ layers: [styleIds(layer).fill] }).map((f) => f.properties.name)).to.include('Altstadt');
  });

  it('works for the themed WLAN layer: active and planned hotspots from the endpoint, not the bundled data', async () => {
    const { map, layer } = await mapWithLayer<KnWlanLayer>(html`
      <div><kn-map center="9.1765,47.664" zoom="14.5" style="width:800px;height:600px"><kn-wlan-layer src=${wlan}></kn-wlan-layer></kn-map></div>
    `);
    const requested = [...network.urls];
    expect(requested.length).to.be.above(1);
    expect(layer.features).to.have.length(await matchedIn(wlan, bboxOf(requested[0])));
    expect(layer.features.length).to.be.below(16);
    const statuses = new Set(layer.features.map((f) => f.properties!.status));
    expect([...statuses].sort()).to.deep.equal(['aktiv', 'geplant']);
    expect(layer.showsBundledData).to.equal(false);
    // A themed layer keeps its own name with any source (a generic layer is named after the collection).
    expect(layer.displayName()).to.equal('Konstanz-WLAN');
    map.map!.jumpTo({ center: [9.1746, 47.669], zoom: 17 });
    await idle(map.map!);
    const ids = styleIds(layer);
    expect(map.map!.queryRenderedFeatures({ layers: [ids.planned] }).map((f) => f.properties.name)).to.deep.equal(['Herosépark']);
  });
});
