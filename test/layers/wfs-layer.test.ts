import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import type { Point } from 'geojson';
import { clearWfsCapabilities } from '../../src/data/wfs/wfs-reader.js';
import type { KnErrorEvent } from '../../src/events/kn-error-event.js';
import type { KnDataLayer } from '../../src/layers/data-layer.js';
import type { KnWlanLayer } from '../../src/layers/wlan/kn-wlan-layer.js';
import type { KnMap } from '../../src/map/kn-map.js';
import { t as loadErrorText } from '../../src/layers/load-error.messages.js';
import { geoServerOrigin } from '../helpers/geo-server.js';
import { fetchUrls } from '../helpers/fetch-counter.js';
import { until } from '../helpers/harness.js';
import { idle, nextEvent } from '../helpers/map.js';
import { reloadClock } from '../helpers/reload-clock.js';
import { mapWithLayer, styleIds } from './themed-helpers.js';

/** Records the GetFeature URLs the page asks for. */
const recordGetFeature = () => fetchUrls(/request=getfeature/i);

const names = (layer: KnDataLayer) => layer.features.map((f) => String(f.properties!.name)).sort();
const errors = (target: EventTarget) => {
  const seen: KnErrorEvent[] = [];
  target.addEventListener('kn-error', (event) => seen.push(event as KnErrorEvent));
  return seen;
};
const param = (url: string, name: string) => new URL(url).searchParams.get(name);
const MARKTSTAETTE = [9.175563, 47.660373];

describe('WFS in the data layers (against MapServer 8)', () => {
  let wfs: string;
  let requests: ReturnType<typeof recordGetFeature>;
  before(async () => {
    wfs = `${await geoServerOrigin()}/cgi-bin/mapserv/wfs?SERVICE=WFS`;
  });
  beforeEach(() => {
    clearWfsCapabilities();
    requests = recordGetFeature();
  });
  afterEach(() => requests.restore());

  const altstadt = (src: string, attributes: { typeName?: string; crs?: string; maxFeatures?: number } = {}) =>
    mapWithLayer<KnDataLayer>(html`
      <div>
        <kn-map center="9.1775,47.6605" zoom="15.5" style="width:800px;height:600px">
          <kn-geojson-layer src=${src} type-name=${attributes.typeName ?? ''} crs=${attributes.crs ?? ''} max-features=${attributes.maxFeatures ?? 5000}></kn-geojson-layer>
        </kn-map>
      </div>
    `);

  const positionOf = (layer: KnDataLayer, name: string) => (layer.features.find((f) => f.properties!.name === name)!.geometry as Point).coordinates;

  for (const [label, query, attributes] of [
    ['2.0.0, GeoJSON, EPSG:4326', '', { typeName: 'wlan' }],
    ['2.0.0, GeoJSON, EPSG:25832', '', { typeName: 'wlan', crs: 'EPSG:25832' }],
    ['2.0.0, GML 3.2, EPSG:25832', '', { typeName: 'ms:wlan_gml', crs: 'EPSG:25832' }],
    ['1.1.0, GeoJSON, EPSG:4326', '&VERSION=1.1.0', { typeName: 'wlan' }],
    ['1.1.0, GML 3.1.1, EPSG:4326', '&VERSION=1.1.0&typeName=wlan_gml', {}],
  ] as const) {
    it(`shows the hotspots of the view in WGS84 at the right place (${label})`, async () => {
      const { map, layer } = await altstadt(`${wfs}${query}`, attributes);
      expect(names(layer)).to.include.members(['Marktstätte', 'Stadtgarten Kiosk']);
      expect(names(layer)).to.not.include('Fähre Vorplatz Meersburg'); // outside the view's box
      const [lon, lat] = positionOf(layer, 'Marktstätte');
      expect(lon).to.be.closeTo(MARKTSTAETTE[0], 1e-5);
      expect(lat).to.be.closeTo(MARKTSTAETTE[1], 1e-5);
      await idle(map.map!);
      const rendered = map.map!.queryRenderedFeatures({ layers: [styleIds(layer).point] }).map((f) => f.properties.name);
      expect(rendered).to.include('Marktstätte');
      // The service's credit (its provider), as text.
      expect(map.shadowRoot!.querySelector('.maplibregl-ctrl-attrib')?.textContent).to.include('Stadt Konstanz (Testdaten)');
    });
  }

  it('shows polygons of a WFS', async () => {
    const { map, layer } = await altstadt(wfs, { typeName: 'stadtteile' });
    expect(names(layer)).to.include('Altstadt');
    await idle(map.map!);
    expect(map.map!.queryRenderedFeatures({ layers: [styleIds(layer).fill] }).map((f) => f.properties.name)).to.include('Altstadt');
  });

  it('loads the other view’s features after the map is panned elsewhere', async () => {
    const clock = reloadClock();
    try {
      const { map, layer } = await altstadt(wfs, { typeName: 'wlan' });
      const loaded = nextEvent(layer, 'kn-data-load');
      map.map!.jumpTo({ center: [9.265, 47.6946], zoom: 15.5 }); // the ferry landing in Meersburg
      clock.elapse();
      await loaded;
      expect(names(layer)).to.deep.equal(['Fähre Vorplatz Meersburg']);
      expect(requests.urls).to.have.length(2);
      expect(param(requests.urls[1], 'BBOX')).to.not.equal(param(requests.urls[0], 'BBOX'));
    } finally {
      clock.restore();
    }
  });

  it('pages through the server’s 1,000-feature answers and shows at most max-features, saying so once', async () => {
    const container = await fixture<HTMLDivElement>(html`
      <div><kn-map style="width:800px;height:600px"><kn-geojson-layer src=${wfs} type-name="punkte" max-features="2500"></kn-geojson-layer></kn-map></div>
    `);
    const map = container.querySelector<KnMap>('kn-map')!;
    const layer = map.querySelector<KnDataLayer>('kn-geojson-layer')!;
    const reported = errors(layer);
    await nextEvent(layer, 'kn-data-load');
    expect(layer.features).to.have.length(2500);
    expect(requests.urls.map((url) => param(url, 'STARTINDEX') ?? '0')).to.deep.equal(['0', '1000', '2000']);
    await until(() => reported.length > 0);
    expect(reported.map((event) => event.detail)).to.deep.equal([
      { code: 'data-truncated', message: loadErrorText('de', 'data-truncated', { layer: 'wfs', shown: 2500, total: '' }) },
    ]);
  });

  it('works for the themed WLAN layer', async () => {
    const { map, layer } = await mapWithLayer<KnWlanLayer>(html`
      <div><kn-map center="9.1765,47.664" zoom="14.5" style="width:800px;height:600px"><kn-wlan-layer src=${wfs} type-name="wlan"></kn-wlan-layer></kn-map></div>
    `);
    expect(layer.showsBundledData).to.equal(false);
    expect(layer.features.length).to.be.within(2, 15);
    expect(new Set(layer.features.map((f) => f.properties!.status))).to.deep.equal(new Set(['aktiv', 'geplant']));
    map.map!.jumpTo({ center: [9.1746, 47.669], zoom: 17 });
    await idle(map.map!);
    expect(map.map!.queryRenderedFeatures({ layers: [styleIds(layer).planned] }).map((f) => f.properties.name)).to.deep.equal(['Herosépark']);
  });

  it('says so when the type-name is not offered, listing the types', async () => {
    const container = await fixture<HTMLDivElement>(html`
      <div><kn-map lang="en"><kn-geojson-layer src=${wfs} type-name="schulen"></kn-geojson-layer></kn-map></div>
    `);
    const layer = container.querySelector<KnDataLayer>('kn-geojson-layer')!;
    const { detail } = await nextEvent<KnErrorEvent>(layer, 'kn-error');
    expect(detail.code).to.equal('data-invalid');
    expect(detail.message).to.contain('The WFS offers no feature type “schulen” (attribute type-name). It offers: “ms:wlan”, “ms:stadtteile”');
  });
});

describe('WFS in the data layers: broken servers', () => {
  const broken = (kind: string) => `${location.origin}/__test/wfs/${kind}?SERVICE=WFS`;
  beforeEach(() => clearWfsCapabilities());

  const mount = async (kind: string) => {
    const container = await fixture<HTMLDivElement>(html`
      <div><kn-map center="9.18,47.665" zoom="13" style="width:800px;height:600px"><kn-geojson-layer src=${broken(kind)}></kn-geojson-layer></kn-map></div>
    `);
    return { map: container.querySelector<KnMap>('kn-map')!, layer: container.querySelector<KnDataLayer>('kn-geojson-layer')! };
  };

  it('says, instead of drawing them in the ocean, that a server answered latitude/longitude', async () => {
    const { layer } = await mount('swapped');
    const { detail } = await nextEvent<KnErrorEvent>(layer, 'kn-error');
    expect(detail.code).to.equal('data-coordinates');
    expect(layer.features).to.have.length(0);
  });

  it('shows the server’s exception text as text', async () => {
    const { map, layer } = await mount('exception');
    const { detail } = await nextEvent<KnErrorEvent>(layer, 'kn-error');
    expect(detail.code).to.equal('data-invalid');
    expect(detail.message).to.contain('Der WFS meldet einen Fehler: „Die Datenbank <b>geodaten</b> ist nicht erreichbar & antwortet nicht.“');
    await map.updateComplete;
    expect(map.shadowRoot!.querySelector('b')).to.equal(null);
  });

  it('shows an empty answer as an empty layer, without error', async () => {
    const { layer } = await mount('empty');
    const reported = errors(layer);
    await nextEvent(layer, 'kn-data-load');
    expect(layer.features).to.have.length(0);
    expect(reported.filter((event) => event.detail.code !== 'data-empty')).to.deep.equal([]);
  });

  it('shows a hostile provider name in the credit line as text', async () => {
    const { map, layer } = await mount('hostile');
    await nextEvent(layer, 'kn-data-load');
    await idle(map.map!);
    const credit = map.shadowRoot!.querySelector('.maplibregl-ctrl-attrib')!;
    expect(credit.textContent).to.include('<img src=x onerror="window.__wfsHacked=1">Stadt <b>Konstanz</b>');
    expect(credit.querySelector('img, b')).to.equal(null);
    expect((window as { __wfsHacked?: number }).__wfsHacked).to.equal(undefined);
  });
});
