import { expect, fixture } from '@open-wc/testing';
import type { Feature, Point } from 'geojson';
import { html } from 'lit';
import { readFlatgeobuf } from '../../src/data/formats/flatgeobuf.js';
import { paddedBox, type LonLatBox } from '../../src/data/lonlat-box.js';
import type { KnErrorEvent } from '../../src/events/kn-error-event.js';
import type { KnDataLayer } from '../../src/layers/data-layer.js';
import { t as loadErrorText } from '../../src/layers/load-error.messages.js';
import type { KnMap } from '../../src/map/kn-map.js';
import { countFetches, fetchCounter } from '../helpers/fetch-counter.js';
import { reloadClock } from '../helpers/reload-clock.js';
import { geoServerOrigin } from '../helpers/geo-server.js';
import { until } from '../helpers/harness.js';
import { idle, nextEvent } from '../helpers/map.js';
import { mapWithLayer, styleIds } from './themed-helpers.js';

/**
 * `<kn-geojson-layer src="….fgb">` on a real map: the features of the view are read from the file with range
 * requests through its spatial index (lighttpd, test/server/geo-server.js, serving test/server/fgb-fixtures.js's
 * files under /static/fgb/), and read again after the map moved, as for an OGC API Features endpoint.
 */

const names = (features: readonly Feature[]) => features.map((f) => String(f.properties!.name)).sort();
const errors = (target: EventTarget) => {
  const seen: KnErrorEvent[] = [];
  target.addEventListener('kn-error', (event) => seen.push(event as KnErrorEvent));
  return seen;
};
const inBox = ([west, south, east, north]: LonLatBox) => (f: Feature) => {
  const [x, y] = (f.geometry as Point).coordinates;
  return x >= west && x <= east && y >= south && y <= north;
};

/** The map's view, padded by a fifth on each side as the layer loads it. */
const loadedBox = (map: KnMap): LonLatBox => {
  const bounds = map.map!.getBounds();
  return paddedBox([bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()], 0.2);
};

describe('FlatGeobuf in the data layers (range requests to lighttpd)', () => {
  let fgb: string;
  let hotspots: Feature[];
  before(async () => {
    fgb = `${await geoServerOrigin()}/static/fgb`;
    hotspots = (await readFlatgeobuf(new Uint8Array(await (await fetch(`${fgb}/wlan.fgb`)).arrayBuffer()))).features as Feature[];
  });

  /** A map of the Altstadt with a layer of a FlatGeobuf file, its data shown. */
  const altstadt = (src: string, attributes = '') =>
    mapWithLayer<KnDataLayer>(html`
      <div>
        <kn-map center="9.1775,47.6605" zoom="15.5" style="width:800px;height:600px">
          <kn-geojson-layer src=${src} max-features=${attributes || '5000'}></kn-geojson-layer>
        </kn-map>
      </div>
    `);

  it('shows only the features in the view, and draws them', async () => {
    const { map, layer } = await altstadt(`${fgb}/wlan.fgb`);
    const expected = hotspots.filter(inBox(loadedBox(map)));
    expect(expected.length).to.be.within(3, 15); // some of the 16, not all
    expect(names(layer.features)).to.deep.equal(names(expected));
    expect(names(layer.features)).to.include.members(['Marktstätte', 'Bahnhof Parkleitsystem']);
    expect(names(layer.features)).to.not.include('Fähre Vorplatz Meersburg');
    await idle(map.map!);
    expect(map.map!.queryRenderedFeatures({ layers: [styleIds(layer).point] }).length).to.be.above(0);
  });

  it('loads the other view’s features after the map is panned elsewhere', async () => {
    const { map, layer } = await altstadt(`${fgb}/wlan.fgb`);
    const loaded = nextEvent(layer, 'kn-data-load');
    map.map!.jumpTo({ center: [9.265, 47.6946], zoom: 15.5 }); // the ferry landing in Meersburg
    await loaded;
    expect(names(layer.features)).to.deep.equal(['Fähre Vorplatz Meersburg']);
  });

  it('downloads a small part of a large file: its header, part of its index and the view’s features', async () => {
    const url = `${fgb}/punkte.fgb`;
    const size = Number((await fetch(url, { method: 'HEAD' })).headers.get('content-length'));
    const { result, requests, bytes } = await countFetches(url, () => altstadt(url));
    const { map, layer } = result;
    const box = loadedBox(map);
    // 20,000 points over Konstanz; the view holds some hundreds, and every one of them arrived.
    expect(layer.features.length).to.be.within(100, 2000);
    expect(layer.features.every(inBox(box))).to.equal(true);
    expect(requests).to.be.within(2, 20);
    expect(bytes).to.be.below(size / 10);
    await idle(map.map!);
    expect(map.map!.queryRenderedFeatures({ layers: [styleIds(layer).point] }).length).to.be.above(50);

    // Panned to the next part of town: loaded again, a little more downloaded, other points shown.
    const counter = fetchCounter(url);
    try {
      const before = new Set(names(layer.features));
      const loaded = nextEvent(layer, 'kn-data-load');
      map.map!.jumpTo({ center: [9.19, 47.675], zoom: 15.5 });
      await loaded;
      expect(counter.requests).to.be.above(0);
      expect(counter.ranges.filter((range) => range.startsWith('bytes=0-'))).to.deep.equal([]); // the header was kept
      expect(counter.bytes).to.be.below(size / 10);
      expect(layer.features.length).to.be.above(100);
      expect(names(layer.features).filter((name) => !before.has(name)).length).to.be.above(50);
    } finally {
      counter.restore();
    }
  });

  it('shows at most max-features and says so once, with how many the view holds', async () => {
    const container = await fixture<HTMLDivElement>(html`
      <div><kn-map center="9.1775,47.6605" zoom="15.5" style="width:800px;height:600px"><kn-geojson-layer max-features="40" src=${`${fgb}/punkte.fgb`}></kn-geojson-layer></kn-map></div>
    `);
    const map = container.querySelector<KnMap>('kn-map')!;
    const layer = map.querySelector<KnDataLayer>('kn-geojson-layer')!;
    const reported = errors(layer);
    await nextEvent(layer, 'kn-data-load');
    expect(layer.features).to.have.length(40);
    // Spread over the view, not 40 neighbours in one corner of it (the file's order is its index's).
    const box = loadedBox(map);
    const [west, south, east, north] = box;
    const quarters = new Set(
      layer.features.map((f) => {
        const [x, y] = (f.geometry as Point).coordinates;
        return `${y < (south + north) / 2 ? 'S' : 'N'}${x < (west + east) / 2 ? 'W' : 'E'}`;
      }),
    );
    expect([...quarters].sort()).to.deep.equal(['NE', 'NW', 'SE', 'SW']);
    expect(layer.features.every(inBox(box))).to.equal(true);
    await until(() => reported.length > 0, 'the notice'); // its words come from a chunk of their own
    expect(reported).to.have.length(1);
    const { code, message } = reported[0].detail;
    expect(code).to.equal('data-truncated');
    const total = Number(/von (\d+)\./.exec(message)?.[1]);
    expect(total).to.be.above(100);
    expect(message).to.equal(loadErrorText('de', 'data-truncated-total', { layer: 'punkte.fgb', shown: 40, total }));
    await map.updateComplete;
    expect(map.shadowRoot!.textContent).to.include(message);
    // Still too many after a move: loaded again, but not said again.
    const again = nextEvent(layer, 'kn-data-load');
    map.map!.panBy([200, 0], { duration: 0 });
    await again;
    expect(layer.features).to.have.length(40);
    expect(reported).to.have.length(1);
  });

  it('reads a file in EPSG:25832 for the view and shows its features where they are', async () => {
    const { layer } = await altstadt(`${fgb}/wlan-25832.fgb`);
    const markt = layer.features.find((f) => f.properties!.name === 'Marktstätte') as Feature<Point>;
    const expected = hotspots.find((f) => f.properties!.name === 'Marktstätte') as Feature<Point>;
    expect(markt.geometry.coordinates[0]).to.be.closeTo(expected.geometry.coordinates[0], 1e-6);
    expect(markt.geometry.coordinates[1]).to.be.closeTo(expected.geometry.coordinates[1], 1e-6);
    expect(layer.features.length).to.be.below(16);
  });

  it('shows a file without a spatial index whole, says so once, and loads nothing more on a pan', async () => {
    const url = `${fgb}/wlan-ohne-index.fgb`;
    const reported: KnErrorEvent[] = [];
    const listen = (event: Event) => reported.push(event as KnErrorEvent);
    document.addEventListener('kn-error', listen, true);
    const clock = reloadClock();
    try {
      const { result, requests } = await countFetches(url, () => altstadt(url));
      const { map, layer } = result;
      expect(layer.features).to.have.length(16);
      expect(requests).to.equal(1); // 5 KB: the first request (32 KB asked for) brought all of it
      await until(() => reported.length > 0, 'the notice');
      expect(reported.map((event) => event.detail.code)).to.deep.equal(['data-notice']);
      expect(reported[0].detail.message).to.contain('Die FlatGeobuf-Datei hat keinen räumlichen Index');
      const counter = fetchCounter(url);
      try {
        map.map!.jumpTo({ center: [9.265, 47.6946], zoom: 15.5 });
        expect(clock.waiting).to.equal(1);
        clock.elapse(); // the pause after the move is over: a reload would start now
        // Something that does load again: the only load after the move.
        const loaded = nextEvent(layer, 'kn-data-load');
        layer.maxFeatures = 100;
        await loaded;
        expect(counter.requests).to.equal(0); // and even that needs no request: the first one brought the whole file, kept
        expect(layer.features).to.have.length(16);
        expect(reported).to.have.length(1); // said once for the source
      } finally {
        counter.restore();
      }
    } finally {
      clock.restore();
      document.removeEventListener('kn-error', listen, true);
    }
  });

  it('shows districts (polygons)', async () => {
    const { map, layer } = await altstadt(`${fgb}/stadtteile.fgb`);
    expect(names(layer.features)).to.include('Altstadt');
    expect(layer.features.length).to.be.below(15);
    expect(map.map!.queryRenderedFeatures({ layers: [styleIds(layer).fill] }).map((f) => f.properties.name)).to.include('Altstadt');
  });

  it('reads a file whose name does not say FlatGeobuf for the view with format="flatgeobuf", and whole without', async () => {
    const url = `${fgb}/daten.bin`;
    const view = await fixture<HTMLDivElement>(html`
      <div><kn-map center="9.1775,47.6605" zoom="15.5" style="width:800px;height:600px"><kn-geojson-layer format="flatgeobuf" src=${url}></kn-geojson-layer></kn-map></div>
    `);
    const viewLayer = view.querySelector<KnDataLayer>('kn-geojson-layer')!;
    await nextEvent(viewLayer, 'kn-data-load');
    expect(viewLayer.features.length).to.be.within(3, 15);
    const whole = await fixture<HTMLDivElement>(html`
      <div><kn-map center="9.1775,47.6605" zoom="15.5" style="width:800px;height:600px"><kn-geojson-layer src=${url}></kn-geojson-layer></kn-map></div>
    `);
    const wholeLayer = whole.querySelector<KnDataLayer>('kn-geojson-layer')!;
    await nextEvent(wholeLayer, 'kn-data-load'); // detected by its magic bytes, downloaded and read whole
    expect(wholeLayer.features).to.have.length(16);
  });

  describe('says what is wrong, in the map’s language', () => {
    const failing = async (src: string, lang: 'de' | 'en' = 'de') => {
      const container = await fixture<HTMLDivElement>(html`
        <div><kn-map lang=${lang} center="9.1775,47.6605" zoom="15.5" style="width:800px;height:600px"><kn-geojson-layer src=${src}></kn-geojson-layer></kn-map></div>
      `);
      const map = container.querySelector<KnMap>('kn-map')!;
      const layer = map.querySelector<KnDataLayer>('kn-geojson-layer')!;
      const { detail } = await nextEvent<KnErrorEvent>(layer, 'kn-error');
      await map.updateComplete;
      expect(map.shadowRoot!.textContent).to.include(detail.message);
      expect(layer.features).to.have.length(0);
      return detail;
    };

    it('a file that is not FlatGeobuf', async () => {
      const detail = await failing(`${fgb}/kein-fgb.fgb`);
      expect(detail.code).to.equal('data-invalid');
      expect(detail.message).to.match(
        /^Die Daten „kein-fgb\.fgb“ können nicht angezeigt werden: Die Datei ist keine FlatGeobuf-Datei, sondern Text; sie beginnt mit „\{/,
      );
    });

    it('a missing file', async () => {
      const url = `${fgb}/fehlt.fgb`;
      const detail = await failing(url);
      expect(detail).to.deep.equal({
        code: 'data-http',
        message: `${loadErrorText('de', 'data-http', { layer: 'fehlt.fgb', status: 404, url })} Die Datei gibt es unter dieser Adresse nicht (mehr).`,
      });
    });

    it('a server without range requests, in English', async () => {
      // The test server (koa) answers a Range request with the whole file.
      const detail = await failing('/test/fixtures/fgb/punkte.fgb', 'en');
      expect(detail.code).to.equal('data-invalid');
      expect(detail.message).to.equal(
        'The data “punkte.fgb” cannot be shown: The server sends the file only whole, not in parts (HTTP range requests, answer 206); a FlatGeobuf file is read only for the map’s view and needs that. ' +
          'The server must answer partial requests (HTTP Range) and, for another origin, allow the Range header by CORS (Access-Control-Allow-Headers: Range); Apache, nginx and object storage can do that.',
      );
    });
  });
});
