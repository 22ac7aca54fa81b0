import { expect } from '@open-wc/testing';
import { html } from 'lit';
import type { KnFeatureDetails } from '../../src/controls/feature-details/feature-details.js';
import type { KnErrorDetail } from '../../src/events/kn-error-event.js';
import type { KnGeojsonLayer } from '../../src/layers/kn-geojson-layer.js';
import type { KnMap } from '../../src/map/kn-map.js';
import { injectedImagesFailed, mountMap, styleIds } from '../helpers/harness.js';
import { renderedNames } from './themed-helpers.js';

/**
 * `<kn-geojson-layer src=…>` with the files city portals publish besides GeoJSON and CSV (issue 14): zipped
 * shapefiles, KML/KMZ and GPX, made by GDAL from the bundled Konstanz data (test/server/format-fixtures.js) and
 * served by the test server. Each test mounts a real `<kn-map>` and looks at what a visitor sees: the features
 * drawn, the details of one, the notices and errors in the map's notice area.
 */

const FILES = '/test/fixtures/formats';

/** Every `kn-error` a map's layers fire from now on. */
function errorsOf(): { list: KnErrorDetail[]; stop(): void } {
  const list: KnErrorDetail[] = [];
  const record = (event: Event) => list.push((event as CustomEvent<KnErrorDetail>).detail);
  document.addEventListener('kn-error', record, true);
  return { list, stop: () => document.removeEventListener('kn-error', record, true) };
}

async function mount(template: ReturnType<typeof html>) {
  const errors = errorsOf();
  try {
    const { root, map, layers } = await mountMap(template);
    return { root, map, layer: layers[0] as KnGeojsonLayer, errors: errors.list };
  } finally {
    errors.stop();
  }
}

const notices = (map: KnMap) => map.shadowRoot!.querySelector('.notices')!.textContent!.replace(/\s+/g, ' ');

/** The script modules of the file-format parsers the page has loaded so far. */
const parsersLoaded = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => /\/node_modules\/(shpjs|parsedbf|@tmcw\/togeojson)\//.test(name))
    .map((name) => name.replace(/^.*\/node_modules\/((@[^/]+\/)?[^/]+)\/.*$/, '$1'));

describe('data layers with shapefiles, KML and GPX (issue 14)', () => {
  // Room for every download of the run in the browser's list (the default is 250), from a clean start.
  before(() => {
    performance.clearResourceTimings();
    performance.setResourceTimingBufferSize(10_000);
  });

  it('shows a zipped shapefile in EPSG:25832 where it belongs, with its attributes in the details', async () => {
    expect(parsersLoaded(), 'parsers before any such file').to.deep.equal([]);
    const { root, map, layer, errors } = await mount(html`
      <div>
        <kn-map id="shp-map" center="9.1756,47.6604" zoom="17" style="width:640px;height:480px">
          <kn-geojson-layer label="WLAN (Shapefile)" src="${FILES}/wlan-25832.zip"></kn-geojson-layer>
        </kn-map>
        <kn-feature-details for="shp-map"></kn-feature-details>
      </div>
    `);
    expect(errors).to.deep.equal([]);
    expect(layer.features).to.have.length(16);
    expect(renderedNames(map, styleIds(layer).point)).to.include('Marktstätte');
    expect(parsersLoaded()).to.include.members(['shpjs', 'parsedbf']).and.not.include('@tmcw/togeojson');

    layer.select(layer.features.find((feature) => feature.properties!.name === 'Marktstätte')!);
    const details = root.querySelector<KnFeatureDetails>('kn-feature-details')!;
    await details.updateComplete;
    expect(details.shadowRoot!.textContent).to.contain('Marktstätte').and.contain('Stadtwerke Konstanz GmbH');
  });

  it('shows the first of several shapefiles with a notice naming the others, and another by source-layer', async () => {
    const first = await mount(html`
      <kn-map center="9.1756,47.6604" zoom="15" style="width:640px;height:480px">
        <kn-geojson-layer label="Konstanz" src="${FILES}/konstanz-zwei.zip"></kn-geojson-layer>
      </kn-map>
    `);
    expect(first.layer.features).to.have.length(16);
    expect(first.errors.map((error) => error.code)).to.deep.equal(['data-notice']);
    expect(notices(first.map)).to.contain('gezeigt wird „wlan“').and.contain('source-layer: „Stadtteile“');

    const chosen = await mount(html`
      <kn-map center="9.1756,47.6604" zoom="14" style="width:640px;height:480px">
        <kn-geojson-layer label="Stadtteile" src="${FILES}/konstanz-zwei.zip" source-layer="Stadtteile"></kn-geojson-layer>
      </kn-map>
    `);
    expect(chosen.errors).to.deep.equal([]);
    expect(chosen.layer.features).to.have.length(15);
    expect(renderedNames(chosen.map, styleIds(chosen.layer).fill)).to.include('Altstadt');
  });

  it('reads a Windows-1252 shapefile without .cpg with its umlauts, says so, and is quiet with encoding', async () => {
    const guessed = await mount(html`
      <kn-map center="9.1756,47.6604" zoom="17" style="width:640px;height:480px">
        <kn-geojson-layer label="WLAN" src="${FILES}/wlan-1252-ohne-cpg.zip"></kn-geojson-layer>
      </kn-map>
    `);
    expect(renderedNames(guessed.map, styleIds(guessed.layer).point)).to.include('Marktstätte');
    expect(guessed.errors.map((error) => error.code)).to.deep.equal(['data-encoding']);
    expect(notices(guessed.map)).to.contain('„wlan-1252-ohne-cpg.zip“').and.contain('Windows-1252').and.contain('.cpg');

    const told = await mount(html`
      <kn-map center="9.1756,47.6604" zoom="17" lang="en" style="width:640px;height:480px">
        <kn-geojson-layer label="WLAN" src="${FILES}/wlan-1252-ohne-cpg.zip" encoding="windows-1252"></kn-geojson-layer>
      </kn-map>
    `);
    expect(told.errors).to.deep.equal([]);
    expect(renderedNames(told.map, styleIds(told.layer).point)).to.include('Marktstätte');
  });

  it('refuses a shapefile without .prj whose positions are metres, and shows it with crs', async () => {
    const refused = await mount(html`
      <kn-map style="width:640px;height:480px">
        <kn-geojson-layer label="WLAN" src="${FILES}/wlan-ohne-prj.zip"></kn-geojson-layer>
      </kn-map>
    `);
    expect(refused.layer.features).to.deep.equal([]);
    expect(refused.errors.map((error) => error.code)).to.deep.equal(['data-coordinates']);
    expect(notices(refused.map)).to.contain('EPSG:25832').and.contain('crs=');

    const fixed = await mount(html`
      <kn-map center="9.1756,47.6604" zoom="17" style="width:640px;height:480px">
        <kn-geojson-layer label="WLAN" src="${FILES}/wlan-ohne-prj.zip" crs="EPSG:25832"></kn-geojson-layer>
      </kn-map>
    `);
    expect(fixed.errors).to.deep.equal([]);
    expect(renderedNames(fixed.map, styleIds(fixed.layer).point)).to.include('Marktstätte');
  });

  it('says which file in the zip is broken or missing, in the map’s language', async () => {
    const broken = await mount(html`
      <kn-map style="width:640px;height:480px">
        <kn-geojson-layer label="WLAN" src="${FILES}/wlan-kaputt.zip"></kn-geojson-layer>
      </kn-map>
    `);
    expect(broken.errors.map((error) => error.code)).to.deep.equal(['data-invalid']);
    expect(notices(broken.map)).to.contain('„wlan-kaputt.zip“').and.contain('„wlan.shp“ in der ZIP-Datei ist kein lesbares Shapefile');

    const missing = await mount(html`
      <kn-map lang="en" style="width:640px;height:480px">
        <kn-geojson-layer label="WLAN" src="${FILES}/wlan-ohne-dbf.zip"></kn-geojson-layer>
      </kn-map>
    `);
    expect(notices(missing.map)).to.contain('lacks the attribute file “wlan.dbf”');
  });

  it('shows KML points and KMZ polygons', async () => {
    const { map, root } = await mount(html`
      <div>
        <kn-map center="9.1756,47.6604" zoom="15" style="width:640px;height:480px">
          <kn-geojson-layer label="WLAN (KML)" src="${FILES}/wlan.kml"></kn-geojson-layer>
          <kn-geojson-layer label="Stadtteile (KMZ)" src="${FILES}/stadtteile.kmz"></kn-geojson-layer>
        </kn-map>
      </div>
    `);
    const [points, districts] = [...root.querySelectorAll<KnGeojsonLayer>('kn-geojson-layer')];
    expect(points.features).to.have.length(16);
    expect(districts.features).to.have.length(15);
    expect(renderedNames(map, styleIds(points).point)).to.include('Marktstätte');
    expect(renderedNames(map, styleIds(districts).fill)).to.include('Altstadt');
    expect(parsersLoaded()).to.include('@tmcw/togeojson');
  });

  it('shows a KML description written in HTML as its text, and runs nothing from it', async () => {
    const kml = `<?xml version="1.0" encoding="UTF-8"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark>
      <name>Rathaus</name><description><![CDATA[<b>Kanzleistraße 15</b><br><img src="x" onerror="window.pwned=1">Bürgerbüro]]></description>
      <Point><coordinates>9.1766,47.6627</coordinates></Point></Placemark></Document></kml>`;
    const src = `/__test/text?${new URLSearchParams({ type: 'application/vnd.google-earth.kml+xml', body: kml })}`;
    const { root, layer } = await mount(html`
      <div>
        <kn-map id="kml-map" center="9.1766,47.6627" zoom="17" style="width:640px;height:480px">
          <kn-geojson-layer label="Rathaus" src="${src}"></kn-geojson-layer>
        </kn-map>
        <kn-feature-details for="kml-map"></kn-feature-details>
      </div>
    `);
    layer.select(layer.features[0]);
    const details = root.querySelector<KnFeatureDetails>('kn-feature-details')!;
    await details.updateComplete;
    await injectedImagesFailed();
    expect(details.shadowRoot!.textContent).to.contain('Kanzleistraße 15').and.contain('Bürgerbüro');
    expect(details.shadowRoot!.querySelector('img, [onerror]')).to.equal(null);
    expect((window as { pwned?: unknown }).pwned).to.equal(undefined);
  });

  it('shows GPX waypoints as points and a track as a line', async () => {
    const { map, layer } = await mount(html`
      <kn-map center="9.1756,47.6604" zoom="15" style="width:640px;height:480px">
        <kn-geojson-layer label="Rundweg" src="${FILES}/wlan-weg.gpx"></kn-geojson-layer>
      </kn-map>
    `);
    expect(layer.features).to.have.length(17);
    const ids = styleIds(layer);
    expect(renderedNames(map, ids.line)).to.include('Altstadt');
    expect(renderedNames(map, ids.point)).to.include('Marktstätte');
  });

  it('says where a KML file is not well-formed', async () => {
    const src = `/__test/text?${new URLSearchParams({ type: 'application/vnd.google-earth.kml+xml', body: '<kml>\n<Placemark>\n</kml>' })}`;
    const { map, errors } = await mount(html`
      <kn-map style="width:640px;height:480px">
        <kn-geojson-layer label="Orte" src="${src}"></kn-geojson-layer>
      </kn-map>
    `);
    expect(errors.map((error) => error.code)).to.deep.equal(['data-invalid']);
    expect(notices(map)).to.contain('Die KML-Datei ist kein gültiges XML: Fehler in Zeile 3');
  });
});
