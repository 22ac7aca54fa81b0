import { expect } from '@open-wc/testing';
import type { Feature, Point, Polygon } from 'geojson';
import { arcgisError } from '../../src/data/arcgis/arcgis-error.js';
import { readLayerInfo } from '../../src/data/arcgis/arcgis-layer-info.js';
import { fetchArcgisPages } from '../../src/data/arcgis/arcgis-pages.js';
import { envelopeParams, metadataUrl, queryUrl } from '../../src/data/arcgis/arcgis-query.js';
import { readArcgisView } from '../../src/data/arcgis/arcgis-reader.js';
import { DataFetchError } from '../../src/data/fetch-data.js';
import { arcgisServiceName, isArcgisLayerUrl, viewSourceOf } from '../../src/data/view-source.js';
import { clearKoopRequests, featureQueries, koopLayer, koopOrigin, koopRequests } from '../helpers/koop-server.js';
import { dataError } from './data-helpers.js';

const LAYER = 'https://services.example.de/arcgis/rest/services/WLAN_Hotspots/FeatureServer/0';
const limits = (maxFeatures = 5000, timeoutMs = 15_000) => ({ signal: new AbortController().signal, maxFeatures, timeoutMs });
const names = (features: Feature[]) => features.map((feature) => String(feature.properties!.name)).sort();
/** The whole of Konstanz and the ferry landing in Meersburg. */
const KONSTANZ: [number, number, number, number] = [9.08, 47.64, 9.3, 47.72];

describe('ArcGIS: which addresses are layers', () => {
  it('reads a FeatureServer or MapServer layer address as an ArcGIS layer', () => {
    for (const url of [LAYER, `${LAYER}/`, `${LAYER}?token=abc`, 'https://gis.example.de/arcgis/rest/services/Plan/MapServer/12']) {
      expect(isArcgisLayerUrl(url), url).to.equal(true);
      expect(viewSourceOf(url, undefined), url).to.equal('arcgis');
    }
    expect(viewSourceOf('https://gis.example.de/daten/dienst', 'arcgis')).to.equal('arcgis');
    expect(arcgisServiceName(LAYER)).to.equal('WLAN_Hotspots');
    expect(arcgisServiceName('https://gis.example.de/arcgis/rest/services/Ordner/Parken%20Nord/MapServer/3')).to.equal('Parken Nord');
  });

  it('leaves ArcGIS Hub downloads, query URLs and service roots to the file readers', () => {
    for (const url of [
      'https://hub.arcgis.com/api/v3/datasets/0123456789abcdef_0/downloads/data?format=geojson&spatialRefId=4326&where=1%3D1',
      'https://opendata-konstanz.hub.arcgis.com/datasets/konstanz::wlan-hotspots.geojson',
      'https://opendata.arcgis.com/datasets/0123456789abcdef_0.geojson',
      `${LAYER}/query?where=1%3D1&outFields=*&f=geojson`,
      'https://services.example.de/arcgis/rest/services/WLAN_Hotspots/FeatureServer',
    ]) {
      expect(isArcgisLayerUrl(url), url).to.equal(false);
      expect(viewSourceOf(url, undefined), url).to.equal(undefined);
    }
  });
});

describe('ArcGIS: the requests', () => {
  it('asks for the description with f=json, keeping the author’s parameters', () => {
    expect(metadataUrl(`${LAYER}/?token=abc&f=html#x`)).to.equal(`${LAYER}?token=abc&f=json`);
  });

  it('queries everything in WGS84 unless the author filters, and the reader’s parameters win', () => {
    const all = new URL(queryUrl(LAYER, { f: 'geojson', resultOffset: '10', resultRecordCount: '10' }));
    expect(all.pathname.endsWith('/FeatureServer/0/query')).to.equal(true);
    expect(Object.fromEntries(all.searchParams)).to.deep.equal({
      where: '1=1',
      outFields: '*',
      outSR: '4326',
      f: 'geojson',
      resultOffset: '10',
      resultRecordCount: '10',
    });
    const filtered = new URL(queryUrl(`${LAYER}?where=status%3D'aktiv'&outSR=25832&token=t`, { f: 'json' }));
    expect(filtered.searchParams.get('where')).to.equal("status='aktiv'");
    expect(filtered.searchParams.get('outSR')).to.equal('4326');
    expect(filtered.searchParams.get('token')).to.equal('t');
  });

  it('asks for the view’s envelope, all longitudes across the antimeridian', () => {
    expect(envelopeParams([9.1234567, 47.65, 9.2, 47.68])).to.deep.equal({
      geometry: '9.123457,47.65,9.2,47.68',
      geometryType: 'esriGeometryEnvelope',
      inSR: '4326',
      spatialRel: 'esriSpatialRelIntersects',
    });
    expect(envelopeParams([178, 10, -178, 12]).geometry).to.equal('-180,10,180,12');
  });
});

describe('ArcGIS: a layer’s description', () => {
  const base = { name: 'WLAN', type: 'Feature Layer', geometryType: 'esriGeometryPoint', objectIdField: 'OBJECTID' };

  it('reads the page size, paging, GeoJSON support and the copyright text as plain text', () => {
    const info = readLayerInfo({
      ...base,
      maxRecordCount: 2000,
      supportedQueryFormats: 'JSON, geoJSON, PBF',
      advancedQueryCapabilities: { supportsPagination: true },
      copyrightText: '  <b>Stadtwerke</b>\n Konstanz ',
    });
    expect(info).to.deep.equal({
      name: 'WLAN',
      geometryType: 'esriGeometryPoint',
      maxRecordCount: 2000,
      attribution: '<b>Stadtwerke</b> Konstanz',
      pagination: true,
      geojson: true,
      objectIdField: 'OBJECTID',
    });
  });

  it('assumes an old server (before 10.3) neither pages nor answers GeoJSON, with 1000 features a page', () => {
    const info = readLayerInfo({ ...base, supportedQueryFormats: 'JSON, AMF', copyrightText: '' });
    expect([info.pagination, info.geojson, info.maxRecordCount, info.attribution]).to.deep.equal([false, false, 1000, undefined]);
  });

  it('says a service root is not a layer and names its layers', async () => {
    const error = await dataError(Promise.resolve().then(() => readLayerInfo({ layers: [{ id: 0, name: 'WLAN' }, { id: 3, name: 'Parkplätze' }] })));
    expect(error.code).to.equal('data-invalid');
    expect(error.text('de')).to.equal(
      'Die Adresse ist ein ArcGIS-Dienst, kein einzelner Layer. Bitte die Nummer des Layers anhängen, z. B. „…/FeatureServer/0“. Layer des Dienstes: 0 „WLAN“, 3 „Parkplätze“.',
    );
  });

  it('says a table or an answer without geometry type is no layer for a map', async () => {
    const table = await dataError(Promise.resolve().then(() => readLayerInfo({ type: 'Table', name: 'Zähler' })));
    expect(table.text('en')).to.equal('The ArcGIS layer “Zähler” is a table without geometry and cannot appear on the map.');
    const other = await dataError(Promise.resolve().then(() => readLayerInfo({ currentVersion: 11 })));
    expect(other.key).to.equal('arcgis.not-layer');
  });
});

describe('ArcGIS: error answers', () => {
  it('quotes the server’s message and details as text', () => {
    const error = arcgisError({ error: { code: 400, message: 'Unable to complete operation.', details: ["'where' parameter is invalid", 7] } })!;
    expect(error.code).to.equal('arcgis-error');
    expect(error.text('de')).to.equal('Der ArcGIS-Dienst meldet den Fehler 400: „Unable to complete operation.“ („\'where\' parameter is invalid“)');
    expect(error.text('en')).to.equal('The ArcGIS service reports the error 400: “Unable to complete operation.” (“\'where\' parameter is invalid”)');
  });

  it('says a layer that wants a token must be shared publicly', () => {
    for (const code of [498, 499]) {
      const error = arcgisError({ error: { code, message: 'Token Required' } })!;
      expect(error.key).to.equal('arcgis.token-required');
      expect(error.text('de')).to.contain(`Fehler ${code}: „Token Required“`).and.contain('öffentlich');
    }
  });

  it('cuts a long message short and takes nothing else for an error', () => {
    const error = arcgisError({ error: { code: 500, message: 'x'.repeat(5000) } })!;
    expect(error.text('en').length).to.be.below(300);
    expect(arcgisError({ type: 'FeatureCollection', features: [] })).to.equal(undefined);
    expect(arcgisError({ error: 'nope' })).to.equal(undefined);
    expect(arcgisError(null)).to.equal(undefined);
  });
});

describe('ArcGIS: reading layers from Koop', () => {
  let origin: string;
  before(async () => {
    origin = await koopOrigin();
  });
  beforeEach(() => clearKoopRequests(origin));

  it('reads Koop’s description of a layer', async () => {
    const info = readLayerInfo(await (await fetch(metadataUrl(koopLayer(origin, 'wlan')))).json());
    expect(info).to.include({ name: 'WLAN-Hotspots', geometryType: 'esriGeometryPoint', maxRecordCount: 10, attribution: 'Stadtwerke Konstanz (Koop-Test)', pagination: true, geojson: true });
  });

  it('reads a small layer whole, in pages of maxRecordCount', async () => {
    const read = await readArcgisView(koopLayer(origin, 'wlan'), [9.17, 47.655, 9.18, 47.665], limits());
    expect(read.features).to.have.length(16);
    expect(read).to.include({ whole: true, truncated: false, total: 16, attribution: 'Stadtwerke Konstanz (Koop-Test)' });
    const marktstaette = read.features.find((feature) => feature.properties!.name === 'Marktstätte')!;
    expect((marktstaette.geometry as Point).coordinates).to.deep.equal([9.175563, 47.660373]);
    const pages = featureQueries(await koopRequests(origin));
    expect(pages).to.have.length(2); // 10 + 6
    expect(pages.map((url) => new URL(url, origin).searchParams.get('resultOffset'))).to.deep.equal(['0', '10']);
    expect(pages.every((url) => !new URL(url, origin).searchParams.has('geometry'))).to.equal(true);
  });

  it('reads polygons of a layer without GeoJSON through ArcGIS JSON, converted', async () => {
    const read = await readArcgisView(koopLayer(origin, 'wlan-json'), KONSTANZ, limits());
    expect(read.features).to.have.length(16);
    const pages = featureQueries(await koopRequests(origin));
    expect(pages.every((url) => new URL(url, origin).searchParams.get('f') === 'json')).to.equal(true);
    const geojson = await readArcgisView(koopLayer(origin, 'wlan'), KONSTANZ, limits());
    expect(names(read.features)).to.deep.equal(names(geojson.features));
    const first = read.features.find((feature) => feature.properties!.name === 'Marktstätte')!;
    expect(first.geometry).to.deep.equal({ type: 'Point', coordinates: [9.175563, 47.660373] });
    const polygons = await readArcgisView(koopLayer(origin, 'stadtteile'), KONSTANZ, limits());
    expect(polygons.features).to.have.length(15);
    expect(polygons.features.every((feature) => ['Polygon', 'MultiPolygon'].includes(feature.geometry.type))).to.equal(true);
    expect((polygons.features[0].geometry as Polygon).coordinates[0].length).to.be.above(3);
  });

  it('reads a layer larger than max-features by the view’s envelope, and says how many the view holds', async () => {
    const oldTown: [number, number, number, number] = [9.17, 47.655, 9.185, 47.665];
    const read = await readArcgisView(koopLayer(origin, 'wlan'), oldTown, limits(10));
    expect(read.whole).to.equal(false);
    const requests = await koopRequests(origin);
    const pages = featureQueries(requests);
    expect(pages.length).to.be.at.least(1);
    expect(pages.every((url) => new URL(url, origin).searchParams.get('geometry') === '9.17,47.655,9.185,47.665')).to.equal(true);
    expect(read.total).to.be.below(16);
    expect(read.features).to.have.length(Math.min(10, read.total!));
    expect(read.features.every((feature) => {
      const [lon, lat] = (feature.geometry as Point).coordinates;
      return lon >= 9.17 && lon <= 9.185 && lat >= 47.655 && lat <= 47.665;
    })).to.equal(true);
  });

  it('stops at max-features, truncated, with the count of the view', async () => {
    const read = await readArcgisView(koopLayer(origin, 'punkte'), KONSTANZ, limits(40));
    expect(read.features).to.have.length(40);
    expect(read).to.include({ truncated: true, total: 120, whole: false });
    expect(featureQueries(await koopRequests(origin))).to.have.length(2); // 25 + 15
  });

  it('reports Koop’s error for a service that does not exist as an ArcGIS error', async () => {
    const error = await dataError(readArcgisView(koopLayer(origin, 'nope'), KONSTANZ, limits()));
    expect(error.code).to.equal('arcgis-error');
    expect(error.text('en')).to.equal('The ArcGIS service reports the error 404: “no service nope”');
  });
});

describe('ArcGIS: answers Koop does not give', () => {
  it('stops paging that loops, keeping what it read', async () => {
    const pages = await fetchArcgisPages(() => new URL('/__test/arcgis/loop/FeatureServer/0/query?f=geojson', location.href).href, {
      ...limits(),
      pageSize: 2,
      pagination: true,
      geojson: true,
      total: 6,
    });
    expect(pages).to.include({ pages: 2, stuck: true, truncated: false });
    expect(names(pages.features)).to.deep.equal(['Bahnhof', 'Marktstätte']);
    const read = await readArcgisView(new URL('/__test/arcgis/loop/FeatureServer/0', location.href).href, KONSTANZ, limits());
    expect(read.notices?.map((notice) => notice.key)).to.deep.equal(['arcgis.paging-stuck']);
    expect(read).to.include({ truncated: false, whole: true }); // asking again would bring the same
  });

  it('reports ArcGIS error JSON sent with HTTP 200, and a token demanded', async () => {
    const query = await dataError(readArcgisView(new URL('/__test/arcgis/error/FeatureServer/0', location.href).href, KONSTANZ, limits()));
    expect(query.code).to.equal('arcgis-error');
    expect(query.text('de')).to.contain('„Unable to complete operation.“');
    const token = await dataError(readArcgisView(new URL('/__test/arcgis/token/FeatureServer/0', location.href).href, KONSTANZ, limits()));
    expect(token.key).to.equal('arcgis.token-required');
  });

  it('gives up on a query that stalls after the time-out', async () => {
    let failure: unknown;
    try {
      await readArcgisView(new URL('/__test/arcgis/stall/FeatureServer/0', location.href).href, KONSTANZ, limits(5000, 400));
    } catch (error) {
      failure = error;
    }
    expect(failure).to.be.instanceOf(DataFetchError);
    expect((failure as DataFetchError).code).to.equal('data-timeout');
  });
});
