import { expect } from '@open-wc/testing';
import type { Point } from 'geojson';
import { DataError, loadReasons } from '../../src/data/data-error.js';
import { DataFetchError } from '../../src/data/fetch-data.js';
import { loadObject } from '../../src/data/load-data.js';
import type { LonLatBox } from '../../src/data/lonlat-box.js';
import type { ViewLimits } from '../../src/data/view-reader.js';
import { viewSourceOf } from '../../src/data/view-source.js';
import { readCapabilities } from '../../src/data/wfs/wfs-capabilities.js';
import { clearWfsCapabilities, readWfsView } from '../../src/data/wfs/wfs-reader.js';
import { bboxParam, capabilitiesUrl, getFeatureUrl, pickCrs, pickFeatureType, pickOutputFormat } from '../../src/data/wfs/wfs-request.js';
import { readFeaturePage } from '../../src/data/wfs/wfs-response.js';
import { fetchUrls } from '../helpers/fetch-counter.js';
import { geoServerOrigin } from '../helpers/geo-server.js';

const CITY: LonLatBox = [9.0, 47.6, 9.3, 47.8];
const ALTSTADT: LonLatBox = [9.17, 47.655, 9.185, 47.665];
const limits = (more: Partial<ViewLimits> = {}) => ({ maxFeatures: 5000, timeoutMs: 10_000, ...more }) as ViewLimits;

/** What a promise rejects with (undefined when it resolves). */
const rejection = (promise: Promise<unknown>) => promise.then(() => undefined, (reason: unknown) => reason);

async function dataError(promise: Promise<unknown>): Promise<DataError> {
  const error = await rejection(promise);
  if (error instanceof DataError) return error;
  throw new Error(`expected a DataError, got ${String(error)}`);
}

/** Records the URLs the page asks MapServer's WFS (or the test server's broken one) for. */
function recordRequests() {
  const recorded = fetchUrls(/wfs/i);
  return { ...recorded, getFeature: () => recorded.urls.filter((url) => /request=getfeature/i.test(url)) };
}
const param = (url: string, name: string) => new URL(url).searchParams.get(name);

describe('WFS: addresses and choices', () => {
  it('is recognised by service=WFS or typeNames in the address, or format="wfs"', () => {
    expect(viewSourceOf('https://geo.example.de/wfs?SERVICE=WFS&REQUEST=GetCapabilities', undefined)).to.equal('wfs');
    expect(viewSourceOf('https://geo.example.de/dienste/schulen?typeNames=app:Schule', undefined)).to.equal('wfs');
    expect(viewSourceOf('https://geo.example.de/dienste/schulen', 'wfs')).to.equal('wfs');
    expect(viewSourceOf('https://geo.example.de/daten/schulen.geojson', undefined)).to.equal(undefined);
  });

  it('asks for the capabilities with the author’s own parameters but not the GetFeature ones', () => {
    const url = new URL(capabilitiesUrl('https://geo.example.de/wfs?map=/x.map&service=wfs&TypeNames=ms:wlan&request=GetFeature&apikey=42'));
    expect(Object.fromEntries(url.searchParams)).to.deep.equal({ map: '/x.map', apikey: '42', SERVICE: 'WFS', REQUEST: 'GetCapabilities', ACCEPTVERSIONS: '2.0.0,1.1.0' });
    expect(param(capabilitiesUrl('https://geo.example.de/wfs?VERSION=1.1.0'), 'ACCEPTVERSIONS')).to.equal('1.1.0');
  });

  it('finds a type by its name with or without prefix, and lists the ones offered for an unknown name', async () => {
    await loadReasons();
    const types = ['ms:wlan', 'ms:stadtteile'].map((name) => ({ name, crs: ['EPSG:4326'], outputFormats: [] }));
    expect(pickFeatureType(types, 'WLAN').name).to.equal('ms:wlan');
    expect(pickFeatureType(types, 'ms:stadtteile').name).to.equal('ms:stadtteile');
    expect(pickFeatureType(types.slice(0, 1), undefined).name).to.equal('ms:wlan');
    const unknown = (() => {
      try {
        pickFeatureType(types, 'schulen');
      } catch (error) {
        return error as DataError;
      }
    })()!;
    expect(unknown.text('de')).to.equal('Der WFS bietet keinen Objekttyp „schulen“ (Attribut type-name). Er bietet: „ms:wlan“, „ms:stadtteile“.');
    expect(() => pickFeatureType(types, undefined)).to.throw(DataError).with.property('key', 'wfs.choose-type');
  });

  it('prefers GeoJSON, else GML 3.2 for 2.0 and GML 3.1.1 for 1.1', () => {
    const mapserver = ['application/gml+xml; version=3.2', 'text/xml; subtype=gml/3.2.1', 'text/xml; subtype=gml/3.1.1', 'application/json; subtype=geojson'];
    expect(pickOutputFormat(mapserver, '2.0.0')).to.deep.equal({ format: 'application/json; subtype=geojson', gml: false });
    expect(pickOutputFormat(mapserver.slice(0, 3), '2.0.0')).to.deep.equal({ format: 'application/gml+xml; version=3.2', gml: true });
    expect(pickOutputFormat(mapserver.slice(0, 3), '1.1.0')).to.deep.equal({ format: 'text/xml; subtype=gml/3.1.1', gml: true });
    expect(pickOutputFormat(['application/json', 'GML3'], '1.1.0')).to.deep.equal({ format: 'application/json', gml: false });
  });

  it('asks for WGS84 when offered, else a CRS proj4 reads, or the one the crs attribute names', async () => {
    await loadReasons();
    const type = (crs: string[]) => ({ name: 'app:Schule', crs, outputFormats: [] });
    expect(pickCrs(type(['EPSG:25832', 'EPSG:4326']), undefined)).to.deep.equal({ code: 'EPSG:4326', name: 'EPSG:4326' });
    expect(pickCrs(type(['EPSG:25832', 'EPSG:4258']), undefined)).to.deep.equal({ code: 'EPSG:4326', name: 'EPSG:4258' });
    expect(pickCrs(type(['EPSG:25832', 'EPSG:3044']), undefined)).to.deep.equal({ code: 'EPSG:25832', name: 'EPSG:25832' });
    expect(pickCrs(type(['EPSG:25832', 'EPSG:4326']), 'EPSG:25832')).to.deep.equal({ code: 'EPSG:25832', name: 'EPSG:25832' });
    const notOffered = (() => {
      try {
        pickCrs(type(['EPSG:25832']), 'EPSG:4326');
      } catch (error) {
        return error as DataError;
      }
    })()!;
    expect(notOffered.code).to.equal('data-crs');
    expect(notOffered.text('en')).to.equal('The feature type “app:Schule” is not offered in EPSG:4326 (attribute crs) but in: EPSG:25832.');
    expect(() => pickCrs(type(['EPSG:3044']), undefined)).to.throw(DataError).with.property('key', 'wfs.no-crs');
  });

  it('sends the BBOX in the axis order of its CRS URN: latitude first for EPSG:4326, easting first for EPSG:25832', () => {
    expect(bboxParam([9.1, 47.6, 9.2, 47.7], 'EPSG:4326')).to.equal('47.6,9.1,47.7,9.2,urn:ogc:def:crs:EPSG::4326');
    expect(bboxParam([512000, 5278000, 514000, 5280000], 'EPSG:25832')).to.equal('512000,5278000,514000,5280000,urn:ogc:def:crs:EPSG::25832');
    expect(bboxParam([9.1, 47.6, 9.2, 47.7], 'urn:ogc:def:crs:OGC:1.3:CRS84')).to.equal('9.1,47.6,9.2,47.7,urn:ogc:def:crs:OGC:1.3:CRS84');
  });

  it('pages with COUNT/STARTINDEX in 2.0 and MAXFEATURES in 1.1', () => {
    const output = { format: 'application/json; subtype=geojson', gml: false };
    const v2 = new URL(getFeatureUrl('https://geo.example.de/wfs?apikey=42&count=3', { version: '2.0.0', typeName: 'ms:wlan', output, crsName: 'EPSG:4326', count: 1000, startIndex: 2000 }));
    expect(Object.fromEntries(v2.searchParams)).to.deep.equal({
      apikey: '42',
      SERVICE: 'WFS',
      VERSION: '2.0.0',
      REQUEST: 'GetFeature',
      TYPENAMES: 'ms:wlan',
      SRSNAME: 'urn:ogc:def:crs:EPSG::4326',
      COUNT: '1000',
      OUTPUTFORMAT: 'application/json; subtype=geojson',
      STARTINDEX: '2000',
    });
    const v1 = new URL(getFeatureUrl('https://geo.example.de/wfs', { version: '1.1.0', typeName: 'wlan', output, crsName: 'EPSG:25832', count: 50, bbox: [1, 2, 3, 4] }));
    expect(v1.searchParams.get('TYPENAME')).to.equal('wlan');
    expect(v1.searchParams.get('MAXFEATURES')).to.equal('50');
    expect(v1.searchParams.get('BBOX')).to.equal('1,2,3,4,urn:ogc:def:crs:EPSG::25832');
    expect(v1.searchParams.has('STARTINDEX')).to.equal(false);
  });

  it('reads GML 3.2 points with lat/lon axis order as longitude/latitude', async () => {
    const gml = `<?xml version="1.0"?><wfs:FeatureCollection xmlns:wfs="http://www.opengis.net/wfs/2.0" xmlns:gml="http://www.opengis.net/gml/3.2" xmlns:ms="http://mapserver.gis.umn.edu/mapserver" numberMatched="1" numberReturned="1">
      <wfs:member><ms:wlan gml:id="wlan.1"><ms:msGeometry><gml:Point gml:id="p1" srsName="urn:ogc:def:crs:EPSG::4326"><gml:pos>47.660373 9.175563</gml:pos></gml:Point></ms:msGeometry><ms:name>Marktstätte &lt;b&gt;</ms:name></ms:wlan></wfs:member>
    </wfs:FeatureCollection>`;
    const page = await readFeaturePage(gml, { gml: true, version: '2.0.0' });
    expect(page.numberMatched).to.equal(1);
    expect(page.features[0].geometry).to.deep.equal({ type: 'Point', coordinates: [9.175563, 47.660373] });
    expect(page.features[0].properties).to.deep.equal({ name: 'Marktstätte <b>' });
  });

  it('reads a service exception in a capabilities document as the server’s message', async () => {
    await loadReasons();
    const report = `<?xml version="1.0"?><ServiceExceptionReport version="1.2.0"><ServiceException code="InvalidFormat">Kein Zugriff &lt;script&gt;</ServiceException></ServiceExceptionReport>`;
    const error = (() => {
      try {
        readCapabilities(report);
      } catch (e) {
        return e as DataError;
      }
    })()!;
    expect(error.text('de')).to.equal('Der WFS meldet einen Fehler: „Kein Zugriff <script>“');
  });
});

describe('WFS: reading MapServer 8 (2.0.0 and 1.1.0)', () => {
  let wfs: string;
  let requests: ReturnType<typeof recordRequests>;
  before(async () => {
    wfs = `${await geoServerOrigin()}/cgi-bin/mapserv/wfs?SERVICE=WFS`;
  });
  beforeEach(() => {
    clearWfsCapabilities();
    requests = recordRequests();
  });
  afterEach(() => requests.restore());

  it('reads the points of the view as GeoJSON in WGS84, with the service’s credit', async () => {
    const read = await readWfsView(wfs, ALTSTADT, limits({ typeName: 'wlan' }));
    const names = read.features.map((f) => f.properties!.name);
    expect(names).to.include('Marktstätte');
    expect(names).to.not.include('Fähre Vorplatz Meersburg');
    expect(read.crs).to.equal('EPSG:4326');
    expect(read.attribution).to.equal('Stadt Konstanz (Testdaten)');
    expect(read.truncated).to.equal(false);
    const [capabilities, getFeature] = requests.urls;
    expect(param(capabilities, 'REQUEST')).to.equal('GetCapabilities');
    expect(param(getFeature, 'VERSION')).to.equal('2.0.0');
    expect(param(getFeature, 'TYPENAMES')).to.equal('ms:wlan');
    expect(param(getFeature, 'OUTPUTFORMAT')).to.equal('application/json; subtype=geojson');
    expect(param(getFeature, 'BBOX')).to.match(/^47\.\d+,9\.\d+,47\.\d+,9\.\d+,urn:ogc:def:crs:EPSG::4326$/);
    const marktstätte = read.features.find((f) => f.properties!.name === 'Marktstätte')!.geometry as Point;
    expect(marktstätte.coordinates).to.deep.equal([9.175563, 47.660373]);
    // The capabilities are read once per address.
    await readWfsView(wfs, ALTSTADT, limits({ typeName: 'stadtteile' }));
    expect(requests.urls.filter((url) => /GetCapabilities/.test(url))).to.have.length(1);
  });

  it('reads EPSG:25832 when the crs attribute asks for it, with an easting/northing BBOX, to be reprojected', async () => {
    const read = await readWfsView(wfs, ALTSTADT, limits({ typeName: 'wlan', crs: 'EPSG:25832' }));
    expect(read.crs).to.equal('EPSG:25832');
    const bbox = param(requests.getFeature()[0], 'BBOX')!.split(',');
    expect(bbox[4]).to.equal('urn:ogc:def:crs:EPSG::25832');
    expect(Number(bbox[0])).to.be.within(510_000, 516_000); // easting first
    expect(Number(bbox[1])).to.be.within(5_275_000, 5_282_000);
    const result = await loadObject({ type: 'FeatureCollection', features: read.features }, { crs: read.crs });
    const point = result.collection.features.find((f) => f.properties!.name === 'Marktstätte')!.geometry as Point;
    expect(point.coordinates[0]).to.be.closeTo(9.175563, 1e-6);
    expect(point.coordinates[1]).to.be.closeTo(47.660373, 1e-6);
  });

  it('reads WFS 1.1.0 when the address asks for it', async () => {
    const read = await readWfsView(`${wfs}&VERSION=1.1.0`, CITY, limits({ typeName: 'stadtteile' }));
    expect(read.features).to.have.length(15);
    expect(param(requests.getFeature()[0], 'VERSION')).to.equal('1.1.0');
    expect(param(requests.getFeature()[0], 'MAXFEATURES')).to.equal('5001');
    expect(read.features.map((f) => f.geometry.type)).to.include('Polygon');
  });

  for (const version of ['2.0.0', '1.1.0']) {
    it(`reads GML (${version}) of a type offered without GeoJSON: points and polygons at the right place`, async () => {
      const url = `${wfs}&VERSION=${version}`;
      const points = await readWfsView(url, CITY, limits({ typeName: 'wlan_gml' }));
      expect(points.features).to.have.length(16);
      expect(param(requests.getFeature()[0], 'OUTPUTFORMAT')).to.match(/gml/);
      const marktstätte = points.features.find((f) => f.properties!.name === 'Marktstätte')!.geometry as Point;
      expect(marktstätte.coordinates[0]).to.be.closeTo(9.175563, 1e-6);
      expect(marktstätte.coordinates[1]).to.be.closeTo(47.660373, 1e-6);
      const polygons = await readWfsView(url, CITY, limits({ typeName: 'stadtteile_gml', crs: 'EPSG:25832' }));
      expect(polygons.features).to.have.length(15);
      const result = await loadObject({ type: 'FeatureCollection', features: polygons.features }, { crs: polygons.crs });
      const altstadt = result.collection.features.find((f) => f.properties!.name === 'Altstadt')!;
      expect(altstadt.geometry.type).to.match(/Polygon/);
      expect(JSON.stringify(altstadt.geometry)).to.match(/\[9\.17\d+,47\.66\d+/);
    });
  }

  it('pages with COUNT/STARTINDEX by the server’s page size (1,000) up to max-features', async () => {
    const read = await readWfsView(wfs, CITY, limits({ typeName: 'punkte', maxFeatures: 2500 }));
    expect(read.features).to.have.length(2500);
    expect(read.truncated).to.equal(true);
    const pages = requests.getFeature().map((url) => [param(url, 'STARTINDEX') ?? '0', param(url, 'COUNT')]);
    expect(pages).to.deep.equal([
      ['0', '1000'],
      ['1000', '1000'],
      ['2000', '501'], // one more than max-features: it comes, so there are more
    ]);
    expect(new Set(read.features.map((f) => f.properties!.name)).size).to.equal(2500);
  });

  it('reads all 5,000 points in five pages when max-features allows', async () => {
    const read = await readWfsView(wfs, CITY, limits({ typeName: 'punkte' }));
    expect(read.features).to.have.length(5000);
    expect(requests.getFeature()).to.have.length(6); // the sixth asks for one feature more: none comes
    expect(read.truncated).to.equal(false);
    expect(new Set(read.features.map((f) => f.properties!.name)).size).to.equal(5000);
  });

  it('says which feature types there are when the type-name is unknown', async () => {
    await loadReasons();
    const error = await dataError(readWfsView(wfs, CITY, limits({ typeName: 'schulen' })));
    expect(error.code).to.equal('data-invalid');
    expect(error.text('en')).to.equal(
      'The WFS offers no feature type “schulen” (attribute type-name). It offers: “ms:wlan”, “ms:stadtteile”, “ms:wlan_gml”, “ms:stadtteile_gml”, “ms:punkte”.',
    );
  });
});

describe('WFS: broken servers', () => {
  const broken = (kind: string) => `${location.origin}/__test/wfs/${kind}?SERVICE=WFS`;
  beforeEach(() => clearWfsCapabilities());
  before(() => loadReasons());

  it('shows the server’s exception text as text', async () => {
    const error = await dataError(readWfsView(broken('exception'), CITY, limits()));
    expect(error.code).to.equal('data-invalid');
    expect(error.text('de')).to.equal('Der WFS meldet einen Fehler: „Die Datenbank <b>geodaten</b> ist nicht erreichbar & antwortet nicht.“');
  });

  it('reads an empty FeatureCollection as no features, without error', async () => {
    const read = await readWfsView(broken('empty'), CITY, limits());
    expect(read.features).to.deep.equal([]);
    expect(read.truncated).to.equal(false);
  });

  it('says when the GML cannot be read', async () => {
    const error = await dataError(readWfsView(broken('bad-gml'), CITY, limits()));
    expect(error.key).to.equal('wfs.gml-unreadable');
    expect(error.text('en')).to.match(/^The WFS’s GML answer cannot be read \(.+\)\.$/);
  });

  it('stops paging when the server repeats its first page, keeps that page and says so', async () => {
    const read = await readWfsView(broken('loop'), CITY, limits());
    expect(read.features).to.have.length(10);
    expect(read.truncated).to.equal(false);
    expect(read.notices).to.deep.equal([{ code: 'data-notice', key: 'wfs.paging-loop', params: { shown: 10 } }]);
  });

  it('pages a small server through to its end', async () => {
    const read = await readWfsView(broken('pages'), CITY, limits());
    expect(read.features.map((f) => f.id)).to.deep.equal(Array.from({ length: 25 }, (_, i) => `orte.${i}`));
  });

  it('says when the address is no WFS', async () => {
    const error = await dataError(readWfsView(broken('not-wfs'), CITY, limits()));
    expect(error.key).to.equal('wfs.not-capabilities');
  });

  it('gives up on a server that stalls, with a time-out', async () => {
    const error = await rejection(readWfsView(broken('stall'), CITY, limits({ timeoutMs: 300 })));
    expect(error).to.be.instanceOf(DataFetchError);
    expect((error as DataFetchError).code).to.equal('data-timeout');
  });

  it('keeps a hostile provider name as plain text for the credit line', async () => {
    const read = await readWfsView(broken('hostile'), CITY, limits());
    expect(read.attribution).to.equal('<img src=x onerror="window.__wfsHacked=1">Stadt <b>Konstanz</b>');
  });
});
