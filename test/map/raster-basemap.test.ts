import { expect } from '@open-wc/testing';
import { html } from 'lit';
import type { KnErrorEvent } from '../../src/events/kn-error-event.js';
import type { KnDataLayer } from '../../src/layers/data-layer.js';
import type { KnMap } from '../../src/map/kn-map.js';
import { RASTER_SOURCE } from '../../src/map/basemaps/raster-style.js';
import { resolveBasemap } from '../../src/map/basemaps/registry.js';
import { geoServerOrigin } from '../helpers/geo-server.js';
import { idle, idPrefix, readyMap, until } from '../helpers/harness.js';
import { clearForeignRequests, foreignRequests } from '../helpers/network.js';
import { pixelsAround, readFrame } from '../helpers/pixels.js';

/** The WMS of test/fixtures/mapserver/wms.map on the test run's MapServer. */
const wmsUrl = (origin: string) => `${origin}/cgi-bin/mapserv?map=wms&`;
/** A tile template on this server: every tile is the same 256 px square of rgb(200, 40, 120). */
const TEMPLATE = '/test/fixtures/raster/tile.png?z={z}&x={x}&y={y}';

function recordErrors() {
  const seen: KnErrorEvent[] = [];
  const listener = (event: Event) => seen.push(event as KnErrorEvent);
  document.addEventListener('kn-error', listener);
  return { seen, stop: () => document.removeEventListener('kn-error', listener) };
}

const noticeText = (map: KnMap) => map.shadowRoot!.querySelector('.notices')?.textContent?.replace(/\s+/g, ' ') ?? '';
const credit = (map: KnMap) => map.shadowRoot!.querySelector('.maplibregl-ctrl-attrib')?.textContent ?? '';

async function rasterLoaded(map: KnMap): Promise<void> {
  await until(() => !!map.map?.getSource(RASTER_SOURCE), () => `the source ${RASTER_SOURCE}`);
  await until(() => map.map!.isSourceLoaded(RASTER_SOURCE), () => 'the basemap tiles');
  await idle(map.map!);
}

describe('raster and WMS basemaps (issue 10 §2)', () => {
  let origin: string;
  let errors: ReturnType<typeof recordErrors>;
  before(async () => {
    origin = await geoServerOrigin();
  });
  beforeEach(() => (errors = recordErrors()));
  afterEach(() => {
    errors.stop();
    localStorage.clear();
  });

  it('reads tile templates, WMS addresses and the named basemap.de raster services', () => {
    const base = 'http://127.0.0.1:8000/seite/';
    const xyz = resolveBasemap('https://tiles.example.de/{z}/{x}/{y}.png', base, { attribution: '<b>Stadt</b>' });
    expect(xyz?.kind === 'external' && xyz.raster).to.deep.equal({ service: 'xyz', url: 'https://tiles.example.de/{z}/{x}/{y}.png', layers: [], attribution: '<b>Stadt</b>' });
    const wms = resolveBasemap('https://geo.example.de/wms?SERVICE=WMS&LAYERS=a,b', base);
    expect(wms?.kind === 'external' && wms.raster).to.deep.include({ service: 'wms', layers: ['a', 'b'] });
    const byAttribute = resolveBasemap('https://geo.example.de/wms', base, { layers: 'karte' });
    expect(byAttribute?.kind === 'external' && byAttribute.raster).to.deep.include({ service: 'wms', layers: ['karte'] });
    const named = resolveBasemap('basemap-de-raster-grau', base);
    expect(named?.kind === 'external' && named.raster?.url).to.equal(
      'https://sgx.geodatenzentrum.de/wmts_basemapde/tile/1.0.0/de_basemapde_web_raster_grau/default/GLOBAL_WEBMERCATOR/{z}/{y}/{x}.png',
    );
    expect(named?.kind === 'external' && named.raster?.attribution).to.match(/^© GeoBasis-DE \/ BKG \(\d{4}\) CC BY 4\.0$/);
    // A style URL stays a style URL.
    expect(resolveBasemap('https://example.de/style.json', base)).to.not.have.property('raster');
  });

  it('draws a WMS as the basemap, opaque, with its attribution, and the data layers above it', async () => {
    const map = await readyMap(html`<kn-map style="width:512px;height:512px" center="9.175,47.67" zoom="13"
        basemap=${wmsUrl(origin)} basemap-layers="stadtteile">
      <kn-geojson-layer src="/__test/points.geojson?n=40"></kn-geojson-layer>
    </kn-map>`);
    await rasterLoaded(map);
    expect(errors.seen.map((e) => e.detail.code)).to.deep.equal([]);
    const tiles = (map.map!.getStyle().sources[RASTER_SOURCE] as { tiles: string[] }).tiles[0];
    expect(tiles).to.contain('REQUEST=GetMap').and.to.contain('TRANSPARENT=FALSE').and.to.contain('BBOX={bbox-epsg-3857}').and.to.contain('LAYERS=stadtteile');
    // The districts' blue tint (MapServer's drawing), not the offline basemap's colours.
    const pixels = pixelsAround(readFrame(map.map!), [256, 256], 60);
    const bluish = pixels.filter(([r, g, b]) => b > r + 25 && b > g);
    expect(bluish.length / pixels.length).to.be.above(0.5);
    expect(map.map!.getLayer('basemap-district-labels'), 'no offline basemap').to.equal(undefined);
    expect(credit(map)).to.contain('Stadt Konstanz, Statistik und Steuerungsunterstützung');
    const layer = map.querySelector('kn-geojson-layer') as KnDataLayer;
    await until(() => layer.mapIds().layers.some((id) => map.map!.getLayer(id)), () => 'the data layer on the map');
    const order = map.map!.getLayersOrder();
    const prefix = idPrefix(layer);
    const dataIndexes = order.map((id, i) => (id.startsWith(prefix) ? i : -1)).filter((i) => i >= 0);
    expect(dataIndexes.length).to.be.above(0);
    expect(Math.min(...dataIndexes), 'data above the raster basemap').to.be.above(order.indexOf(RASTER_SOURCE));
  });

  it('falls back to the offline basemap and says so when the WMS does not know the layer', async () => {
    const map = await readyMap(html`<kn-map basemap=${wmsUrl(origin)} basemap-layers="gibt-es-nicht"></kn-map>`);
    await until(() => errors.seen.length > 0, () => 'a kn-error');
    expect(errors.seen.map((e) => e.detail.code)).to.deep.equal(['basemap-unavailable']);
    expect(errors.seen[0].detail.message).to.contain('„gibt-es-nicht“').and.to.contain('stadtteile').and.to.contain('Offline-Karte');
    await until(() => !!map.map?.getLayer('basemap-district-labels'), () => 'the offline basemap');
    await until(() => noticeText(map).includes('gibt-es-nicht'), () => 'the notice');
  });

  it('says which CRSs a layer without EPSG:3857 has, in English too', async () => {
    const map = await readyMap(html`<kn-map lang="en" basemap=${`${wmsUrl(origin)}SERVICE=WMS&LAYERS=nur-utm`}></kn-map>`);
    await until(() => errors.seen.length > 0, () => 'a kn-error');
    const message = errors.seen[0].detail.message;
    expect(errors.seen[0].detail.code).to.equal('basemap-unavailable');
    expect(message).to.contain('EPSG:3857').and.to.contain('EPSG:25832').and.to.contain('„nur-utm“').and.to.contain('offline map');
    await until(() => noticeText(map).includes('EPSG:25832'), () => 'the notice');
    expect(map.map!.getLayer('basemap-district-labels')).to.not.equal(undefined);
  });

  it('shows a ServiceException in the server’s own words', async () => {
    // A ServiceExceptionReport with markup in its message (test/fixtures/wms/exception.xml), where capabilities are expected.
    const map = await readyMap(html`<kn-map basemap=${`${origin}/static/wms/exception.xml?SERVICE=WMS&LAYERS=x`}></kn-map>`);
    await until(() => errors.seen.length > 0, () => 'a kn-error');
    expect(errors.seen[0].detail.code).to.equal('basemap-unavailable');
    expect(errors.seen[0].detail.message).to.contain('der Kartendienst meldet: Dienst gesperrt: <script>alert(1)</script> Bitte später erneut versuchen.');
    await until(() => noticeText(map).includes('<script>alert(1)</script>'), () => 'the notice, with the markup as text');
    expect(map.shadowRoot!.querySelector('.notices b, .notices script, .notices img'), 'markup shown as text').to.equal(null);
    await until(() => !!map.map?.getLayer('basemap-district-labels'), () => 'the offline basemap');
  });

  it('draws an XYZ tile template with the credit of basemap-attribution, as text', async () => {
    const map = await readyMap(html`<kn-map style="width:400px;height:300px" center="9.175,47.67" zoom="12"
        basemap=${TEMPLATE} basemap-attribution="<img src=x onerror=alert(1)> Stadt Konstanz"></kn-map>`);
    await rasterLoaded(map);
    expect(errors.seen).to.deep.equal([]);
    const pixels = pixelsAround(readFrame(map.map!), [200, 150], 80);
    const tile = pixels.filter(([r, g, b]) => Math.abs(r - 200) < 6 && Math.abs(g - 40) < 6 && Math.abs(b - 120) < 6);
    expect(tile.length / pixels.length).to.be.above(0.9);
    expect(credit(map)).to.contain('<img src=x onerror=alert(1)> Stadt Konstanz');
    expect(map.shadowRoot!.querySelector('.maplibregl-ctrl-attrib img')).to.equal(null);
  });

  it('asks before basemap-de-raster with consent, and requests nothing from basemap.de before', async () => {
    await clearForeignRequests();
    const map = await readyMap(html`<kn-map basemap="basemap-de-raster" consent></kn-map>`);
    await map.updateComplete;
    const card = map.shadowRoot!.querySelector('.consent');
    expect(card, 'the consent card').to.not.equal(null);
    expect(card!.textContent).to.contain('basemap.de Web Raster');
    expect(map.map!.getLayer('basemap-district-labels'), 'the offline basemap meanwhile').to.not.equal(undefined);
    await idle(map.map!);
    expect(await foreignRequests()).to.deep.equal([]);
    card!.querySelector<HTMLButtonElement>('.consent-load')!.click();
    await until(() => !!map.map?.getSource(RASTER_SOURCE), () => 'the raster basemap after consent');
    await until(async () => (await foreignRequests()).some((url) => new URL(url).hostname === 'sgx.geodatenzentrum.de'), () => 'a tile asked of basemap.de');
    expect(credit(map)).to.match(/GeoBasis-DE \/ BKG \(\d{4}\) CC BY 4\.0/);
  });
});
