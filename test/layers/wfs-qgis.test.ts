// Issue 13: a second WFS implementation, because WFS servers differ in exactly the details that break clients.
// Debian's QGIS Server 3.22 (test/server/qgis-project.js, FastCGI under the loopback lighttpd) differs from
// MapServer 8 in three ways the reader must live with: it has no WFS 2.0 (asked for 2.0.0 it answers with 1.1.0
// capabilities), it calls its GeoJSON `application/vnd.geo+json`, and its GeoJSON is WGS84 whatever SRSNAME asks.
import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import type { Point } from 'geojson';
import { clearWfsCapabilities } from '../../src/data/wfs/wfs-reader.js';
import type { KnErrorEvent } from '../../src/events/kn-error-event.js';
import type { KnDataLayer } from '../../src/layers/data-layer.js';
import { fetchUrls } from '../helpers/fetch-counter.js';
import { geoServerOrigin } from '../helpers/geo-server.js';
import { idle, nextEvent } from '../helpers/map.js';
import { mapWithLayer, styleIds } from './themed-helpers.js';

const MARKTSTAETTE = [9.175563, 47.660373];
const names = (layer: KnDataLayer) => layer.features.map((f) => String(f.properties!.name)).sort();

/** Records the WFS requests the page sends to QGIS Server. */
const recordRequests = () => fetchUrls(/\/qgis\/ows/);

describe('WFS in the data layers (against QGIS Server 3.22, a second implementation)', () => {
  let wfs: string;
  let requests: ReturnType<typeof recordRequests>;
  before(async function () {
    wfs = `${await geoServerOrigin()}/qgis/ows?SERVICE=WFS`;
    const answer = await fetch(`${wfs}&REQUEST=GetCapabilities`).catch(() => undefined);
    // Without Debian's qgis-server-wfs (npm test installs it) these tests fail with this reason rather than skip.
    expect(answer?.ok, `QGIS Server at ${wfs} (apt-get install --no-install-recommends qgis-server-bin qgis-server-wfs)`).to.equal(true);
  });
  beforeEach(() => {
    clearWfsCapabilities();
    requests = recordRequests();
  });
  afterEach(() => requests.restore());

  const altstadt = (attributes: { typeName: string; crs?: string }) =>
    mapWithLayer<KnDataLayer>(html`
      <div>
        <kn-map center="9.1775,47.6605" zoom="15.5" style="width:800px;height:600px">
          <kn-geojson-layer src=${wfs} type-name=${attributes.typeName} crs=${attributes.crs ?? ''}></kn-geojson-layer>
        </kn-map>
      </div>
    `);

  for (const crs of ['', 'EPSG:25832']) {
    it(`shows the hotspots of the view at the right place, through WFS 1.1.0 and its GeoJSON${crs ? ` (crs="${crs}" asked)` : ''}`, async () => {
      const { map, layer } = await altstadt({ typeName: 'wlan', crs });
      expect(names(layer)).to.include.members(['Marktstätte', 'Stadtgarten Kiosk']);
      expect(names(layer)).to.not.include('Fähre Vorplatz Meersburg'); // outside the view's box: the BBOX was understood
      const [lon, lat] = (layer.features.find((f) => f.properties!.name === 'Marktstätte')!.geometry as Point).coordinates;
      expect(lon).to.be.closeTo(MARKTSTAETTE[0], 1e-5);
      expect(lat).to.be.closeTo(MARKTSTAETTE[1], 1e-5);
      const getFeature = requests.urls.filter((url) => /request=getfeature/i.test(url));
      expect(getFeature.length).to.be.greaterThan(0);
      const params = new URL(getFeature[0]).searchParams;
      expect(params.get('VERSION') ?? params.get('version'), 'the version QGIS offers, not 2.0.0').to.equal('1.1.0');
      expect(params.get('OUTPUTFORMAT') ?? params.get('outputFormat'), 'QGIS’ name for its GeoJSON').to.equal('application/vnd.geo+json');
      await idle(map.map!);
      const rendered = map.map!.queryRenderedFeatures({ layers: [styleIds(layer).point] }).map((f) => f.properties.name);
      expect(rendered).to.include('Marktstätte');
    });
  }

  it('shows the Stadtteile as polygons', async () => {
    const container = await fixture<HTMLDivElement>(html`
      <div><kn-map center="9.18,47.69" zoom="11.5" style="width:800px;height:600px"><kn-geojson-layer src=${wfs} type-name="stadtteile"></kn-geojson-layer></kn-map></div>
    `);
    const layer = container.querySelector<KnDataLayer>('kn-geojson-layer')!;
    await nextEvent(layer, 'kn-data-load');
    expect(layer.features.length).to.equal(15);
    expect([...new Set(layer.features.map((f) => f.geometry.type))].sort()).to.deep.equal(['MultiPolygon', 'Polygon']);
  });

  it('says so when the type-name is not offered, listing what QGIS publishes', async () => {
    const container = await fixture<HTMLDivElement>(html`
      <div><kn-map lang="en"><kn-geojson-layer src=${wfs} type-name="schulen"></kn-geojson-layer></kn-map></div>
    `);
    const layer = container.querySelector<KnDataLayer>('kn-geojson-layer')!;
    const { detail } = await nextEvent<KnErrorEvent>(layer, 'kn-error');
    expect(detail.code).to.equal('data-invalid');
    expect(detail.message).to.contain('“schulen”').and.to.contain('“wlan”').and.to.contain('“stadtteile”');
  });
});
