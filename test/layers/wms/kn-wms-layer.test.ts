import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { html } from 'lit';
import type { KnErrorEvent } from '../../../src/events/kn-error-event.js';
import type { KnSelectEvent } from '../../../src/events/kn-select-event.js';
import type { KnWmsLayer } from '../../../src/layers/wms/kn-wms-layer.js';
import type { KnMap } from '../../../src/map/kn-map.js';
import type { KnLegend } from '../../../src/controls/legend/legend.js';
import type { KnFeatureDetails } from '../../../src/controls/feature-details/feature-details.js';
import type { KnLayerSwitcher } from '../../../src/controls/layer-switcher/layer-switcher.js';
import { fetchUrls } from '../../helpers/fetch-counter.js';
import { geoServerOrigin } from '../../helpers/geo-server.js';
import { idle, readyMap, until } from '../../helpers/harness.js';
import { pixelsAround, readFrame } from '../../helpers/pixels.js';
import { t } from '../../../src/layers/wms/wms.messages.js';
import { scaleToZoom } from '../../../src/layers/wms/wms-url.js';

/** The WMS of test/fixtures/mapserver/wms.map on the test run's MapServer. */
const wmsUrl = (origin: string) => `${origin}/cgi-bin/mapserv?map=wms`;

/** Records the `kn-error`s fired inside `target` from now on. */
function recordErrors(target: EventTarget = document) {
  const seen: KnErrorEvent[] = [];
  const listener = (event: Event) => seen.push(event as KnErrorEvent);
  target.addEventListener('kn-error', listener);
  return { seen, stop: () => target.removeEventListener('kn-error', listener) };
}

const wmsOf = (map: KnMap) => map.querySelector('kn-wms-layer') as KnWmsLayer;
const noticeText = (map: KnMap) => map.shadowRoot!.querySelector('.notices')!.textContent!.replace(/\s+/g, ' ');

/** Waits until every tile of the layer's source in the view has loaded (or failed), and maplibre is idle. */
async function tilesLoaded(map: KnMap, layer: KnWmsLayer): Promise<void> {
  const id = layer.mapIds().sources[0];
  await until(() => !!map.map?.getSource(id), () => `the source ${id}`);
  await until(() => map.map!.isSourceLoaded(id), () => `the tiles of ${id}`);
  await idle(map.map!);
}

describe('<kn-wms-layer> (against MapServer)', () => {
  let src: string;
  let errors: ReturnType<typeof recordErrors>;
  before(async () => {
    src = wmsUrl(await geoServerOrigin());
  });
  beforeEach(() => (errors = recordErrors()));
  afterEach(() => errors.stop());

  it('draws the service’s images on the map, below the labels, with its title as name and its attribution as credit', async () => {
    const map = await readyMap(html`<kn-map style="width:512px;height:512px" center="9.175,47.67" zoom="13">
      <kn-wms-layer src=${src} layers="stadtteile"></kn-wms-layer>
    </kn-map>`);
    const layer = wmsOf(map);
    await tilesLoaded(map, layer);
    expect(errors.seen.map((e) => e.detail.code)).to.deep.equal([]);
    const [rasterId] = layer.mapIds().layers;
    expect(map.map!.getLayer(rasterId)?.type).to.equal('raster');
    // The polygons' blue tint (11 92 173 at 35 %) lies over the basemap where the layer is drawn.
    const frame = readFrame(map.map!);
    const pixels = pixelsAround(frame, [256, 256], 60);
    const bluish = pixels.filter(([r, g, b]) => b > r + 25 && b > g);
    expect(bluish.length / pixels.length).to.be.above(0.5);
    // Below the basemap's labels: the raster comes before the first symbol layer of the basemap.
    const order = map.map!.getLayersOrder();
    const firstLabel = order.findIndex((id) => map.map!.getLayer(id)?.type === 'symbol');
    expect(order.indexOf(rasterId)).to.be.below(firstLabel);
    // And still so after the basemap was replaced (the dark theme is a new style; the data layers are carried over).
    const restyled = new Promise((resolve) => map.map!.once('style.load', resolve));
    map.theme = 'dark';
    await restyled;
    await idle(map.map!);
    const after = map.map!.getLayersOrder();
    expect(after.indexOf(rasterId), 'the WMS image below the labels after a basemap switch').to.be.within(0, after.findIndex((id) => map.map!.getLayer(id)?.type === 'symbol') - 1);
    expect(layer.describe('de').name).to.equal('Stadtteile Konstanz');
    const credit = map.shadowRoot!.querySelector('.maplibregl-ctrl-attrib')!.textContent!;
    expect(credit).to.contain('Stadt Konstanz, Statistik und Steuerungsunterstützung');
  });

  it('takes its zoom range from the layer’s scale limits', async () => {
    const map = await readyMap(html`<kn-map style="width:400px;height:300px" center="9.175,47.67" zoom="13">
      <kn-wms-layer src=${src} layers="wlan" label="WLAN (WMS)"></kn-wms-layer>
    </kn-map>`);
    const layer = wmsOf(map);
    await tilesLoaded(map, layer);
    const raster = map.map!.getLayer(layer.mapIds().layers[0])!;
    expect(raster.minzoom).to.be.closeTo(scaleToZoom(50000), 1e-3);
    expect(raster.maxzoom).to.be.closeTo(scaleToZoom(500), 1e-3);
    expect(layer.describe('de').name).to.equal('WLAN (WMS)');
  });

  it('speaks WMS 1.1.1 when `version` says so, and sends `time` to a layer with a time dimension', async () => {
    const map = await readyMap(html`<kn-map style="width:400px;height:300px" center="9.175,47.67" zoom="13">
      <kn-wms-layer src=${src} layers="zeitreihe" version="1.1.1" time="2024"></kn-wms-layer>
    </kn-map>`);
    const layer = wmsOf(map);
    await tilesLoaded(map, layer);
    const source = map.map!.getSource(layer.mapIds().sources[0]) as unknown as { tiles: string[] };
    const url = new URL(source.tiles[0].replace('{bbox-epsg-3857}', '0,0,1,1'));
    expect([url.searchParams.get('VERSION'), url.searchParams.get('SRS'), url.searchParams.get('CRS'), url.searchParams.get('TIME')]).to.deep.equal(['1.1.1', 'EPSG:3857', null, '2024']);
    expect(errors.seen.map((e) => e.detail.code)).to.deep.equal([]);
    layer.time = '2020';
    // The source is put on the map anew; until maplibre has read it, it has no `tiles` yet.
    await until(() => (map.map!.getSource(layer.mapIds().sources[0]) as unknown as { tiles?: string[] } | undefined)?.tiles?.[0]?.includes('TIME=2020') ?? false, () => 'tiles for 2020');
  });

  it('says which layers the service has when `layers` names one it does not have', async () => {
    const map = await readyMap(html`<kn-map style="width:300px;height:200px">
      <kn-wms-layer src=${src} layers="stadtteile,schulen"></kn-wms-layer>
    </kn-map>`);
    await until(() => errors.seen.length > 0, () => 'a kn-error');
    const [error] = errors.seen;
    expect(error.detail.code).to.equal('wms-layer-unknown');
    expect(error.detail.message).to.contain('„schulen“').and.to.contain('stadtteile, wlan, stadtteile-umriss, nur-utm');
    expect(map.map!.getSource(wmsOf(map).mapIds().sources[0])).to.equal(undefined);
    await map.updateComplete;
    expect(noticeText(map)).to.contain('kennt die Ebene „schulen“ nicht');
  });

  it('names the projections a layer is offered in when EPSG:3857 is not one of them', async () => {
    const map = await readyMap(html`<kn-map style="width:300px;height:200px" lang="en">
      <kn-wms-layer src=${src} layers="nur-utm"></kn-wms-layer>
    </kn-map>`);
    await until(() => errors.seen.length > 0, () => 'a kn-error');
    expect(errors.seen[0].detail.code).to.equal('wms-crs-unsupported');
    expect(errors.seen[0].detail.message).to.equal(
      t('en', 'crs-unsupported', { layer: 'Map service (WMS)', names: '„nur-utm“', offered: 'EPSG:4326, EPSG:25832' }),
    );
    expect(map.map!.getSource(wmsOf(map).mapIds().sources[0])).to.equal(undefined);
  });

  it('quotes the server’s ServiceException as text when its tiles come as an error message', async () => {
    const map = await readyMap(html`<kn-map style="width:300px;height:200px" center="9.175,47.67" zoom="13">
      <kn-wms-layer src=${src} layers="stadtteile" styles="gibt-es-nicht"></kn-wms-layer>
    </kn-map>`);
    await until(() => errors.seen.length > 0, () => 'a kn-error', 20_000);
    expect(errors.seen[0].detail.code).to.equal('wms-service-exception');
    expect(errors.seen[0].detail.message).to.match(/liefert statt Kartenbildern eine Fehlermeldung: msWMSLoadGetMapParams\(\)/);
    // The map goes on: once said, a failing tile is not said again, and maplibre keeps drawing the rest.
    await idle(map.map!);
    expect(errors.seen.length).to.equal(1);
    expect(map.map!.getStyle().layers.length).to.be.above(5);
  });

  it('shows the ServiceException of GetCapabilities as text, markup and all', async () => {
    const origin = await geoServerOrigin();
    const map = await readyMap(html`<kn-map style="width:300px;height:200px">
      <kn-wms-layer src=${`${origin}/static/wms/exception.xml`} layers="x" label="Bebauungspläne"></kn-wms-layer>
    </kn-map>`);
    await until(() => errors.seen.length > 0, () => 'a kn-error');
    expect(errors.seen[0].detail).to.deep.equal({
      code: 'wms-service-exception',
      message: 'Der Kartendienst „Bebauungspläne“ meldet einen Fehler: Dienst gesperrt: <script>alert(1)</script> Bitte später erneut versuchen.',
    });
    await map.updateComplete;
    const notices = map.shadowRoot!.querySelector('.notices')!;
    expect(notices.querySelector('script')).to.equal(null);
    expect(notices.textContent).to.contain('<script>alert(1)</script>');
  });

  it('says that an address is no WMS, and reports HTTP errors as for data files', async () => {
    const origin = await geoServerOrigin();
    const map = await readyMap(html`<kn-map style="width:300px;height:200px">
      <kn-wms-layer src=${`${origin}/static/wms/not-wms.html`} layers="x" label="A"></kn-wms-layer>
      <kn-wms-layer src=${`${origin}/static/wms/gibt-es-nicht`} layers="x" label="B"></kn-wms-layer>
    </kn-map>`);
    await until(() => errors.seen.length >= 2, () => 'two kn-errors');
    const byLayer = Object.fromEntries(errors.seen.map((e) => [(e.target as KnWmsLayer).label, e.detail.code]));
    expect(byLayer).to.deep.equal({ A: 'wms-capabilities-invalid', B: 'data-http' });
    expect(map.map).to.not.equal(undefined);
  });

  it('shows a hostile title and attribution as text, in the layer switcher, the legend and the credit line', async () => {
    const map = await readyMap(html`<kn-map style="width:500px;height:400px" center="9.175,47.67" zoom="12">
      <kn-wms-layer src=${src} layers="feindlich"></kn-wms-layer>
      <kn-layer-switcher slot="top-left"></kn-layer-switcher>
      <kn-legend slot="bottom-left"></kn-legend>
    </kn-map>`);
    const layer = wmsOf(map);
    await tilesLoaded(map, layer);
    const switcher = map.querySelector('kn-layer-switcher') as KnLayerSwitcher;
    const legend = map.querySelector('kn-legend') as KnLegend;
    await switcher.updateComplete;
    await legend.updateComplete;
    expect(switcher.shadowRoot!.querySelector('[part="label"]')!.textContent).to.equal('<img src=x onerror=alert(1)>');
    expect(switcher.shadowRoot!.querySelectorAll('img').length).to.equal(0);
    expect(legend.shadowRoot!.querySelector('.layer-name')!.textContent).to.contain('<img src=x onerror=alert(1)>');
    const images = [...legend.shadowRoot!.querySelectorAll('img')];
    expect(images.map((img) => img.getAttribute('alt'))).to.deep.equal(['Legendenbild: <img src=x onerror=alert(1)>']);
    const credit = map.shadowRoot!.querySelector('.maplibregl-ctrl-attrib')!;
    expect(credit.textContent).to.contain('<b onmouseover=alert(2)>Fett</b> & Co');
    expect(credit.querySelector('b')).to.equal(null);
  });

  it('shows the service’s legend picture in <kn-legend>, with the layer’s title as its text alternative', async () => {
    const map = await readyMap(html`<kn-map style="width:500px;height:400px" center="9.175,47.67" zoom="13">
      <kn-wms-layer src=${src} layers="wlan"></kn-wms-layer>
      <kn-legend slot="top-left"></kn-legend>
    </kn-map>`);
    const legend = map.querySelector('kn-legend') as KnLegend;
    await legend.updateComplete;
    const image = legend.shadowRoot!.querySelector<HTMLImageElement>('img[part="image"]')!;
    expect(image.alt).to.equal('Legendenbild: Konstanz-WLAN');
    expect(new URL(image.src).searchParams.get('request')).to.equal('GetLegendGraphic');
    await until(() => image.complete, () => 'the legend picture');
    expect(image.naturalWidth).to.be.above(20);
  });

  it('asks GetFeatureInfo on a click and shows the answer in <kn-feature-details> as text', async () => {
    const map = await readyMap(html`<kn-map style="width:500px;height:400px" center="9.17,47.686" zoom="14">
      <kn-wms-layer src=${src} layers="stadtteile"></kn-wms-layer>
      <kn-feature-details slot="top-right"></kn-feature-details>
    </kn-map>`);
    const layer = wmsOf(map);
    await tilesLoaded(map, layer);
    const selected = new Promise<KnSelectEvent>((resolve) => layer.addEventListener('kn-select', (event) => resolve(event as KnSelectEvent), { once: true }));
    const rect = map.map!.getCanvas().getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(rect.left + rect.width / 2), Math.round(rect.top + rect.height / 2)] });
    const { detail } = await selected;
    expect(detail.feature.properties).to.deep.equal({ stt_nr: '070', name: 'Fürstenberg' });
    const details = map.querySelector('kn-feature-details') as KnFeatureDetails;
    await until(() => details.open, () => 'the details panel');
    await details.updateComplete;
    expect(details.shadowRoot!.querySelector('[part="heading"]')!.textContent!.trim()).to.equal('Fürstenberg');
    expect(details.shadowRoot!.querySelector('[part="layer"]')!.textContent!.trim()).to.equal('Stadtteile Konstanz');
  });

  it('asks in the next format the service offers when it fails at GeoJSON (MapServer, several layers at once)', async () => {
    const map = await readyMap(html`<kn-map style="width:500px;height:400px" center="9.17,47.686" zoom="14">
      <kn-wms-layer src=${src} layers="stadtteile,wlan"></kn-wms-layer>
    </kn-map>`);
    const layer = wmsOf(map);
    await tilesLoaded(map, layer);
    const selected = new Promise<KnSelectEvent>((resolve) => layer.addEventListener('kn-select', (event) => resolve(event as KnSelectEvent), { once: true }));
    expect(layer.clickedBeside([9.17, 47.686])).to.equal(true);
    const { detail } = await selected;
    expect(detail.feature.properties).to.deep.equal({ stt_nr: '070', name: 'Fürstenberg' });
    expect(errors.seen).to.deep.equal([]);
  });

  it('asks on Enter on the focused map too, and the details then take the focus', async () => {
    const map = await readyMap(html`<kn-map style="width:500px;height:400px" center="9.17,47.686" zoom="14">
      <kn-wms-layer src=${src} layers="stadtteile"></kn-wms-layer>
      <kn-feature-details slot="top-right"></kn-feature-details>
    </kn-map>`);
    const layer = wmsOf(map);
    await tilesLoaded(map, layer);
    const selected = new Promise<KnSelectEvent>((resolve) => layer.addEventListener('kn-select', (event) => resolve(event as KnSelectEvent), { once: true }));
    map.map!.getCanvas().focus();
    await until(() => !!(map as unknown as { walk?: unknown }).walk, () => 'the keyboard walk');
    await sendKeys({ press: 'Enter' });
    const { detail } = await selected;
    expect(detail.feature.properties!.name).to.equal('Fürstenberg');
    const details = map.querySelector('kn-feature-details') as KnFeatureDetails;
    await until(() => details.open, () => 'the details panel');
    expect(map.registry.selection?.via).to.equal('keyboard');
  });

  it('leaves a click on a data layer’s area (drawn above the WMS image) to that area, and asks the service nothing', async () => {
    const map = await readyMap(html`<kn-map style="width:500px;height:400px" center="9.1700,47.6764" zoom="16">
      <kn-wms-layer src=${src} layers="stadtteile"></kn-wms-layer>
      <kn-innovation-area-layer></kn-innovation-area-layer>
    </kn-map>`);
    const layer = wmsOf(map);
    await tilesLoaded(map, layer);
    const area = map.querySelector('kn-innovation-area-layer')!;
    const recorder = fetchUrls();
    const asked = recorder.urls;
    try {
      const selected = new Promise<KnSelectEvent>((resolve) => area.addEventListener('kn-select', (event) => resolve(event as KnSelectEvent), { once: true }));
      const rect = map.map!.getCanvas().getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(rect.left + rect.width / 2), Math.round(rect.top + rect.height / 2)] });
      const { detail } = await selected;
      expect(detail.feature.geometry.type).to.equal('Polygon');
    } finally {
      recorder.restore();
    }
    expect(asked.filter((url) => /GetFeatureInfo/i.test(url))).to.deep.equal([]);
  });

  it('asks nothing of a layer that is not queryable', async () => {
    const map = await readyMap(html`<kn-map style="width:500px;height:400px" center="9.17,47.686" zoom="14">
      <kn-wms-layer src=${src} layers="stadtteile-umriss"></kn-wms-layer>
    </kn-map>`);
    const layer = wmsOf(map);
    await tilesLoaded(map, layer);
    const recorder = fetchUrls();
    const asked = recorder.urls;
    try {
      const rect = map.map!.getCanvas().getBoundingClientRect();
      const clicked = new Promise((resolve) => map.map!.once('click', resolve));
      await sendMouse({ type: 'click', position: [Math.round(rect.left + rect.width / 2), Math.round(rect.top + rect.height / 2)] });
      await clicked;
      expect(layer.clickedBeside([9.17, 47.686])).to.equal(false);
    } finally {
      recorder.restore();
    }
    expect(asked.filter((url) => /GetFeatureInfo/i.test(url))).to.deep.equal([]);
  });

  it('hides with `hidden`, and the layer switcher lists it and turns it on again', async () => {
    const map = await readyMap(html`<kn-map style="width:500px;height:400px" center="9.175,47.67" zoom="13">
      <kn-wms-layer src=${src} layers="stadtteile" hidden></kn-wms-layer>
      <kn-layer-switcher slot="top-left"></kn-layer-switcher>
      <kn-legend slot="bottom-left"></kn-legend>
    </kn-map>`);
    const layer = wmsOf(map);
    await until(() => !!map.map!.getLayer(layer.mapIds().layers[0]), () => 'the raster layer');
    const rasterId = layer.mapIds().layers[0];
    expect(map.map!.getLayoutProperty(rasterId, 'visibility')).to.equal('none');
    const switcher = map.querySelector('kn-layer-switcher') as KnLayerSwitcher;
    const legend = map.querySelector('kn-legend') as KnLegend;
    await switcher.updateComplete;
    const label = switcher.shadowRoot!.querySelector('label')!;
    expect(label.textContent!.trim()).to.equal('Stadtteile Konstanz');
    const checkbox = label.querySelector('input')!;
    expect(checkbox.checked).to.equal(false);
    await legend.updateComplete;
    expect(legend.shadowRoot!.querySelector('img')).to.equal(null);
    checkbox.click();
    await layer.updateComplete;
    expect(layer.hidden).to.equal(false);
    expect(map.map!.getLayoutProperty(rasterId, 'visibility')).to.equal('visible');
    await legend.updateComplete;
    expect(legend.shadowRoot!.querySelector('img')!.alt).to.equal('Legendenbild: Stadtteile Konstanz');
  });

  it('lies below the points of a data layer, whatever the order in the page', async () => {
    const map = await readyMap(html`<kn-map style="width:400px;height:300px" center="9.175,47.67" zoom="13">
      <kn-wlan-layer></kn-wlan-layer>
      <kn-wms-layer src=${src} layers="stadtteile"></kn-wms-layer>
    </kn-map>`);
    const layer = wmsOf(map);
    await tilesLoaded(map, layer);
    const order = map.map!.getLayersOrder();
    const wlanPoints = order.filter((id) => id.startsWith('kn-wlan') && map.map!.getLayer(id)!.type !== 'fill' && map.map!.getLayer(id)!.type !== 'line');
    expect(wlanPoints.length).to.be.above(0);
    for (const id of wlanPoints) expect(order.indexOf(layer.mapIds().layers[0])).to.be.below(order.indexOf(id));
  });
});
