import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import type { Point } from 'geojson';
import type { KnErrorEvent } from '../../src/events/kn-error-event.js';
import type { KnDataLayer } from '../../src/layers/data-layer.js';
import type { KnWlanLayer } from '../../src/layers/wlan/kn-wlan-layer.js';
import type { KnMap } from '../../src/map/kn-map.js';
import { injectedImagesFailed, until } from '../helpers/harness.js';
import { clearKoopRequests, featureQueries, koopLayer, koopOrigin, koopRequests } from '../helpers/koop-server.js';
import { idle, nextEvent } from '../helpers/map.js';
import { reloadClock } from '../helpers/reload-clock.js';
import { mapWithLayer, renderedNames, styleIds } from './themed-helpers.js';

const names = (layer: KnDataLayer) => layer.features.map((f) => String(f.properties!.name)).sort();
const credit = (map: KnMap) => map.shadowRoot!.querySelector('.maplibregl-ctrl-attrib')!;
const envelopes = (requests: string[], origin: string) => featureQueries(requests).map((url) => new URL(url, origin).searchParams.get('geometry'));

describe('ArcGIS Feature Services in the data layers (against Koop)', () => {
  let origin: string;
  before(async () => {
    origin = await koopOrigin();
  });
  beforeEach(() => clearKoopRequests(origin));

  it('shows every feature of a small layer at its place, read in pages, with the layer’s credit line', async () => {
    const { map, layer } = await mapWithLayer<KnDataLayer>(html`
      <div><kn-map center="9.2,47.67" zoom="12" style="width:800px;height:600px"><kn-geojson-layer src=${koopLayer(origin, 'wlan')}></kn-geojson-layer></kn-map></div>
    `);
    expect(layer.features).to.have.length(16);
    const pages = featureQueries(await koopRequests(origin));
    expect(pages.map((url) => new URL(url, origin).searchParams.get('resultOffset'))).to.deep.equal(['0', '10']); // maxRecordCount 10
    // At its place: the Marktstätte is drawn where its coordinates are.
    await idle(map.map!);
    const marktstaette = layer.features.find((f) => f.properties!.name === 'Marktstätte')!;
    const at = map.map!.project((marktstaette.geometry as Point).coordinates as [number, number]);
    const hit = map.map!.queryRenderedFeatures([[at.x - 3, at.y - 3], [at.x + 3, at.y + 3]], { layers: [styleIds(layer).point] });
    expect(hit.map((f) => f.properties.name)).to.include('Marktstätte');
    expect(credit(map).textContent).to.contain('Stadtwerke Konstanz (Koop-Test)');
    expect(layer.displayName()).to.equal('wlan');
  });

  it('loads nothing new after a move when the whole layer was read', async () => {
    const clock = reloadClock();
    try {
      const { map, layer } = await mapWithLayer<KnDataLayer>(html`
        <div><kn-map center="9.2,47.67" zoom="12" style="width:800px;height:600px"><kn-geojson-layer src=${koopLayer(origin, 'wlan')}></kn-geojson-layer></kn-map></div>
      `);
      const before = (await koopRequests(origin)).length;
      map.map!.jumpTo({ center: [9.5, 47.8], zoom: 13 });
      clock.elapse();
      await idle(map.map!);
      expect(clock.waiting).to.equal(0);
      expect((await koopRequests(origin)).length).to.equal(before);
      expect(layer.features).to.have.length(16);
    } finally {
      clock.restore();
    }
  });

  it('shows a themed layer (WLAN) and polygons from a Feature Service', async () => {
    const { map, layer } = await mapWithLayer<KnWlanLayer>(html`
      <div><kn-map center="9.2,47.67" zoom="12" style="width:800px;height:600px"><kn-wlan-layer src=${koopLayer(origin, 'wlan')}></kn-wlan-layer></kn-map></div>
    `);
    expect(layer.features.filter((f) => f.properties!.status === 'aktiv')).to.have.length(10);
    map.map!.jumpTo({ center: [9.1768, 47.6597], zoom: 17.5 }); // the whole layer was read: no reload, hotspots one by one
    await idle(map.map!);
    expect(renderedNames(map, styleIds(layer).active)).to.include.members(['Marktstätte', 'Bahnhof Parkleitsystem']);
    expect(credit(map).textContent).to.contain('Stadtwerke Konstanz (Koop-Test)');

    const districts = await mapWithLayer<KnDataLayer>(html`
      <div><kn-map center="9.18,47.68" zoom="11" style="width:800px;height:600px"><kn-geojson-layer src=${koopLayer(origin, 'stadtteile')}></kn-geojson-layer></kn-map></div>
    `);
    expect(districts.layer.features).to.have.length(15);
    expect(names(districts.layer)).to.include.members(['Altstadt', 'Petershausen-West']);
  });

  it('reads a larger layer by the view’s envelope and again after a pan', async () => {
    const clock = reloadClock();
    try {
      const { map, layer } = await mapWithLayer<KnDataLayer>(html`
        <div><kn-map center="9.12,47.66" zoom="15" style="width:800px;height:600px"><kn-geojson-layer max-features="100" src=${koopLayer(origin, 'punkte')}></kn-geojson-layer></kn-map></div>
      `);
      const first = envelopes(await koopRequests(origin), origin);
      expect(first.length).to.be.at.least(1);
      expect(first.every((box) => box && box === first[0])).to.equal(true);
      const [w, s, e, n] = first[0]!.split(',').map(Number);
      const { lng, lat } = map.map!.getCenter();
      expect(w < lng && lng < e && s < lat && lat < n).to.equal(true);
      expect(layer.features.length).to.be.below(120);
      const shown = names(layer);

      await clearKoopRequests(origin);
      const loaded = nextEvent(layer, 'kn-data-load');
      map.map!.jumpTo({ center: [9.22, 47.69], zoom: 15 });
      clock.elapse();
      await loaded;
      const second = envelopes(await koopRequests(origin), origin);
      expect(second.length).to.be.at.least(1);
      expect(second[0]).to.not.equal(first[0]);
      expect(names(layer)).to.not.deep.equal(shown);
      expect(layer.features.every((f) => {
        const [x, y] = (f.geometry as Point).coordinates;
        const [bw, bs, be, bn] = second[0]!.split(',').map(Number);
        return x >= bw && x <= be && y >= bs && y <= bn;
      })).to.equal(true);
    } finally {
      clock.restore();
    }
  });

  it('shows a hostile layer name and copyright text as text', async () => {
    const { map, layer } = await mapWithLayer<KnDataLayer>(html`
      <div><kn-map center="9.18,47.66" zoom="13" style="width:800px;height:600px"><kn-geojson-layer src=${koopLayer(origin, 'hostile')}></kn-geojson-layer></kn-map></div>
    `);
    expect(layer.features).to.have.length(2);
    await injectedImagesFailed();
    expect(credit(map).textContent).to.contain('<img src=x onerror="window.__koopHostile=1"><b>Fett</b> & Co');
    expect(credit(map).querySelector('img, b')).to.equal(null);
    expect((window as { __koopHostile?: unknown }).__koopHostile).to.equal(undefined);
  });

  it('says that a service address is not a layer and names its layers', async () => {
    const service = koopLayer(origin, 'wlan').replace(/\/0$/, '');
    const container = await fixture<HTMLDivElement>(html`
      <div><kn-map><kn-geojson-layer format="arcgis" label="WLAN" src=${service}></kn-geojson-layer></kn-map></div>
    `);
    const layer = container.querySelector<KnDataLayer>('kn-geojson-layer')!;
    const { detail } = await nextEvent<KnErrorEvent>(layer, 'kn-error');
    expect(detail.code).to.equal('data-invalid');
    expect(detail.message).to.equal(
      'Die Daten „WLAN“ können nicht angezeigt werden: Die Adresse ist ein ArcGIS-Dienst, kein einzelner Layer. Bitte die Nummer des Layers anhängen, z. B. „…/FeatureServer/0“. Layer des Dienstes: 0 „WLAN-Hotspots“.',
    );
    const map = container.querySelector<KnMap>('kn-map')!;
    await until(() => map.shadowRoot!.textContent!.includes('Layer des Dienstes'), 'the message on the map');
  });

  it('reports ArcGIS’s own error answer with the server’s words, in English', async () => {
    const container = await fixture<HTMLDivElement>(html`
      <div><kn-map lang="en"><kn-geojson-layer src=${koopLayer(origin, 'nope')}></kn-geojson-layer></kn-map></div>
    `);
    const layer = container.querySelector<KnDataLayer>('kn-geojson-layer')!;
    const { detail } = await nextEvent<KnErrorEvent>(layer, 'kn-error');
    expect(detail).to.deep.equal({ code: 'arcgis-error', message: 'The data “nope” cannot be shown: The ArcGIS service reports the error 404: “no service nope”' });
  });

  it('reads an ArcGIS Hub style download (a query answering GeoJSON) as a plain GeoJSON file', async () => {
    const download = `${koopLayer(origin, 'wlan')}/query?where=1%3D1&outFields=*&f=geojson`;
    const { layer } = await mapWithLayer<KnDataLayer>(html`
      <div><kn-map center="9.2,47.67" zoom="12" style="width:800px;height:600px"><kn-geojson-layer src=${download}></kn-geojson-layer></kn-map></div>
    `);
    expect(layer.features).to.have.length(16);
    const requests = await koopRequests(origin);
    expect(requests).to.have.length(1); // the file itself: no description, no count, no pages
    expect(requests[0]).to.contain('/query?where=1%3D1&outFields=*&f=geojson');
  });
});
