import { expect } from '@open-wc/testing';
import type { Feature, Point } from 'geojson';
import { DataFetchError } from '../../src/data/fetch-data.js';
import { readFlatgeobuf, readFlatgeobufView } from '../../src/data/formats/flatgeobuf.js';
import { loadData } from '../../src/data/load-data.js';
import type { LonLatBox } from '../../src/data/lonlat-box.js';
import { viewSourceOf, type ViewLimits } from '../../src/data/view-reader.js';
import { countFetches } from '../helpers/fetch-counter.js';
import { geoServerOrigin } from '../helpers/geo-server.js';
import { until } from '../helpers/harness.js';
import { dataError } from './data-helpers.js';

/**
 * The FlatGeobuf reader against files GDAL wrote (test/server/fgb-fixtures.js), served with range requests by
 * the geo server (lighttpd) under /static/fgb/ and without them by the test server under /test/fixtures/fgb/.
 */

/** The Altstadt and the station, padded as a view would be. */
const ALTSTADT: LonLatBox = [9.168, 47.655, 9.185, 47.665];
/**
 * A thin strip across all of punkte.fgb: the Hilbert curve passes it in many places far apart in the file,
 * so its features are fetched in several requests at once (the Altstadt's lie close together: one at a time).
 */
const STRIP: LonLatBox = [9.09, 47.7, 9.215, 47.7006];

const limits = (more: Partial<ViewLimits> = {}): ViewLimits => ({ signal: new AbortController().signal, maxFeatures: 5000, timeoutMs: 10_000, ...more });
const names = (features: readonly Feature[]) => features.map((f) => String(f.properties!.name)).sort();
const bytesOf = async (url: string) => new Uint8Array(await (await fetch(url)).arrayBuffer());
const inBox = ([west, south, east, north]: LonLatBox) => (f: Feature) => {
  const [x, y] = (f.geometry as Point).coordinates;
  return x >= west && x <= east && y >= south && y <= north;
};
/** Which quarters of `box` the features lie in ('SW', 'NE' …). */
const quarters = ([west, south, east, north]: LonLatBox, features: readonly Feature[]) =>
  [...new Set(features.map((f) => {
    const [x, y] = (f.geometry as Point).coordinates;
    return `${y < (south + north) / 2 ? 'S' : 'N'}${x < (west + east) / 2 ? 'W' : 'E'}`;
  }))].sort();

/**
 * A URL of `file` this page has not read yet: the reader keeps a file's first bytes per URL for the life of the
 * page, and a test that counts requests must not depend on which tests ran before it (lighttpd ignores the query).
 */
let reads = 0;
const fresh = (url: string) => `${url}?read=${++reads}`;

/** A request the test answers (passes on to the server) or fails when it chooses. */
interface HeldRequest {
  range: string;
  signal: AbortSignal;
  /** Neither answered, failed nor cancelled yet. */
  waiting: boolean;
  answer(): void;
  fail(error: Error): void;
}

/**
 * Holds every request for `url` until the test answers or fails it; a request whose signal is aborted
 * meanwhile rejects with the signal's reason, as `fetch` does. Other URLs pass.
 */
function holdFetches(url: string) {
  const original = window.fetch;
  const target = new URL(url, location.href).href;
  const asked: HeldRequest[] = [];
  window.fetch = ((resource: RequestInfo | URL, init: RequestInit = {}) => {
    if (new URL(String(resource), location.href).href !== target) return original(resource, init);
    return new Promise<Response>((resolve, reject) => {
      const signal = init.signal!;
      const request: HeldRequest = {
        range: new Headers(init.headers).get('range') ?? '',
        signal,
        waiting: true,
        answer: () => {
          request.waiting = false;
          original(resource, init).then(resolve, reject);
        },
        fail: (error) => {
          request.waiting = false;
          reject(error);
        },
      };
      signal.addEventListener('abort', () => {
        request.waiting = false;
        reject(signal.reason);
      });
      asked.push(request);
    });
  }) as typeof fetch;
  return { asked, waiting: () => asked.filter((request) => request.waiting), restore: () => (window.fetch = original) };
}

/** Answers the held requests one at a time until several wait at once (the reader asks for them together). */
async function answerUntilParallel(held: ReturnType<typeof holdFetches>, reading: Promise<unknown>): Promise<HeldRequest[]> {
  let settled = false;
  void reading.finally(() => (settled = true));
  for (;;) {
    await until(() => settled || held.waiting().length > 0, 'a request');
    if (settled) throw new Error('read to its end without two requests at once');
    const waiting = held.waiting();
    if (waiting.length > 1) return waiting;
    const count = held.asked.length;
    waiting[0].answer();
    await until(() => settled || held.asked.length > count, 'the next request');
  }
}

describe('FlatGeobuf', () => {
  let fgb: string;
  before(async () => {
    fgb = `${await geoServerOrigin()}/static/fgb`;
  });

  describe('a whole file (readFlatgeobuf)', () => {
    it('reads every feature with its properties, in WGS84', async () => {
      const read = await readFlatgeobuf(await bytesOf(`${fgb}/wlan.fgb`));
      expect(read.features).to.have.length(16);
      expect(read.crs).to.equal(undefined);
      const markt = read.features.find((f) => (f as Feature).properties!.name === 'Marktstätte') as Feature<Point>;
      expect(markt.properties).to.include({ status: 'aktiv', operator: 'Stadtwerke Konstanz GmbH' });
      expect(markt.geometry.coordinates[0]).to.be.closeTo(9.1757, 0.001);
    });

    it('names the CRS of a file in EPSG:25832, and the pipeline reprojects it', async () => {
      const bytes = await bytesOf(`${fgb}/wlan-25832.fgb`);
      expect((await readFlatgeobuf(bytes)).crs).to.equal('EPSG:25832');
      const result = await loadData(bytes, { url: `${fgb}/wlan-25832.fgb` });
      expect(result.format).to.equal('flatgeobuf');
      expect(result.sourceCrs).to.equal('EPSG:25832');
      const wgs84 = await loadData(await bytesOf(`${fgb}/wlan.fgb`), { url: `${fgb}/wlan.fgb` });
      const [x, y] = (result.collection.features[0].geometry as Point).coordinates;
      const [lon, lat] = (wgs84.collection.features[0].geometry as Point).coordinates;
      expect(x).to.be.closeTo(lon, 1e-6);
      expect(y).to.be.closeTo(lat, 1e-6);
    });

    it('is found by its magic bytes without a name or content type, polygons included', async () => {
      const result = await loadData(await bytesOf(`${fgb}/stadtteile.fgb`));
      expect(result.format).to.equal('flatgeobuf');
      expect(result.collection.features).to.have.length(15);
      expect(result.collection.features.every((f) => f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon')).to.equal(true);
    });

    it('says that a file cut off is damaged', async () => {
      const error = await dataError(readFlatgeobuf(await bytesOf(`${fgb}/kaputt.fgb`)));
      expect([error.code, error.key]).to.deep.equal(['data-invalid', 'fgb.unreadable']);
    });

    it('says how a file that is not FlatGeobuf starts', async () => {
      const error = await dataError(readFlatgeobuf(await bytesOf(`${fgb}/kein-fgb.fgb`)));
      expect(error.key).to.equal('fgb.not-flatgeobuf.text');
      expect(error.text('de')).to.match(/^Die Datei ist keine FlatGeobuf-Datei, sondern Text; sie beginnt mit „\{/);
      expect((await dataError(readFlatgeobuf(new Uint8Array([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])))).key).to.equal('fgb.not-flatgeobuf');
    });
  });

  describe('a view (readFlatgeobufView, with range requests)', () => {
    it('reads only the features in the box, through the index', async () => {
      const whole = (await readFlatgeobuf(await bytesOf(`${fgb}/wlan.fgb`))).features as Feature[];
      const read = await readFlatgeobufView(`${fgb}/wlan.fgb`, ALTSTADT, limits());
      const expected = whole.filter(inBox(ALTSTADT));
      expect(expected.length).to.be.within(3, 15); // some, not all
      expect(names(read.features)).to.deep.equal(names(expected));
      expect(read).to.include({ truncated: false, total: expected.length });
      expect([read.crs, read.whole]).to.deep.equal([undefined, undefined]);
    });

    it('downloads a small part of a large file for a small view', async () => {
      const url = `${fgb}/punkte.fgb`;
      const size = Number((await fetch(url, { method: 'HEAD' })).headers.get('content-length'));
      expect(size).to.be.above(2_000_000);
      const { result: read, requests, bytes } = await countFetches(url, () => readFlatgeobufView(url, ALTSTADT, limits()));
      expect(read.features.length).to.be.within(100, 2000);
      expect(read.features.every(inBox(ALTSTADT))).to.equal(true);
      expect(read.total).to.equal(read.features.length);
      expect(requests).to.be.within(2, 20);
      expect(bytes).to.be.above(0).and.below(size / 10);
    });

    it('keeps at most maxFeatures, spread over the whole view, and says how many the view holds', async () => {
      const read = await readFlatgeobufView(`${fgb}/punkte.fgb`, ALTSTADT, limits({ maxFeatures: 25 }));
      expect(read.features).to.have.length(25);
      expect(read.truncated).to.equal(true);
      expect(read.total).to.be.above(100);
      expect(read.features.every(inBox(ALTSTADT))).to.equal(true);
      // Some in every quarter of the view, though the first 25 in the file's (Hilbert) order lie in one or two.
      expect(quarters(ALTSTADT, read.features)).to.deep.equal(['NE', 'NW', 'SE', 'SW']);
      const all = await readFlatgeobufView(`${fgb}/punkte.fgb`, ALTSTADT, limits());
      expect(all.features).to.have.length(read.total!);
      expect(quarters(ALTSTADT, all.features.slice(0, 25)).length).to.be.below(4);
    });

    it('reads both sides of the antimeridian: east of a box’s west edge, and west of its east edge', async () => {
      const whole = (await readFlatgeobuf(await bytesOf(`${fgb}/wlan.fgb`))).features as Feature[];
      const lonLat = (f: Feature) => (f.geometry as Point).coordinates;
      // From 9.17°E eastwards across 180° to 170°W: the hotspots east of 9.17°, Meersburg too.
      const east = await readFlatgeobufView(`${fgb}/wlan.fgb`, [9.17, 47.6, 190, 47.8], limits());
      const expectedEast = whole.filter((f) => lonLat(f)[0] >= 9.17);
      expect(expectedEast.length).to.be.within(3, 15);
      expect(names(east.features)).to.deep.equal(names(expectedEast));
      expect(names(east.features)).to.include('Fähre Vorplatz Meersburg');
      // From 179°E across 180° to 9.2°E (unwrapped 369.2°): the hotspots west of 9.2°, not Meersburg.
      const west = await readFlatgeobufView(`${fgb}/wlan.fgb`, [179, 47.6, 369.2, 47.8], limits());
      const expectedWest = whole.filter((f) => lonLat(f)[0] <= 9.2);
      expect(expectedWest.length).to.be.within(3, 15);
      expect(names(west.features)).to.deep.equal(names(expectedWest));
      // And nothing where there is nothing, on both sides.
      expect((await readFlatgeobufView(`${fgb}/wlan.fgb`, [179, 10, 183, 12], limits())).features).to.deep.equal([]);
    });

    it('asks for a file’s header once a page: reading it again, or another view of it, starts with the index', async () => {
      const url = fresh(`${fgb}/punkte.fgb`);
      const first = await countFetches(url, () => readFlatgeobufView(url, ALTSTADT, limits()));
      expect(first.ranges[0]).to.equal('bytes=0-32767');
      const again = await countFetches(url, () => readFlatgeobufView(url, ALTSTADT, limits()));
      expect(names(again.result.features)).to.deep.equal(names(first.result.features));
      expect(again.requests).to.equal(first.requests - 1);
      expect(again.bytes).to.equal(first.bytes - 32 * 1024);
      // Panned to the next part of town.
      const panned: LonLatBox = [9.185, 47.665, 9.202, 47.675];
      const pan = await countFetches(url, () => readFlatgeobufView(url, panned, limits()));
      expect(pan.result.features.length).to.be.above(100);
      expect(pan.result.features.every(inBox(panned))).to.equal(true);
      expect(pan.requests).to.be.above(0);
      expect(pan.ranges.filter((range) => range.startsWith('bytes=0-'))).to.deep.equal([]);
    });

    it('asks for the header again after a read failed (the file may have been replaced)', async () => {
      const url = fresh(`${fgb}/punkte.fgb`);
      await readFlatgeobufView(url, ALTSTADT, limits());
      const held = holdFetches(url);
      let failure: unknown;
      try {
        const reading = readFlatgeobufView(url, ALTSTADT, limits()).catch((error) => (failure = error));
        await until(() => held.waiting().length > 0, 'a request');
        expect(held.asked[0].range).to.not.match(/^bytes=0-/); // the header was kept
        held.asked[0].fail(new TypeError('Failed to fetch'));
        await reading;
      } finally {
        held.restore();
      }
      expect(failure).to.be.instanceOf(DataFetchError);
      const next = await countFetches(url, () => readFlatgeobufView(url, ALTSTADT, limits()));
      expect(next.ranges[0]).to.equal('bytes=0-32767');
      expect(next.result.features.length).to.be.above(100);
    });

    it('reads a file in ETRS89 longitude/latitude (EPSG:4258) as WGS84', async () => {
      const read = await readFlatgeobufView(`${fgb}/wlan-4258.fgb`, ALTSTADT, limits());
      const wgs84 = await readFlatgeobufView(`${fgb}/wlan.fgb`, ALTSTADT, limits());
      expect(read.crs).to.equal(undefined);
      expect(names(read.features)).to.deep.equal(names(wgs84.features));
      const bytes = await bytesOf(`${fgb}/wlan-4258.fgb`);
      expect((await readFlatgeobuf(bytes)).crs).to.equal('EPSG:4258');
      const result = await loadData(bytes, { url: `${fgb}/wlan-4258.fgb` });
      expect(result.sourceCrs).to.equal('EPSG:4326');
      expect(result.collection.features).to.have.length(16);
    });

    it('names the CRS of a file in one it does not support, and the ones it does', async () => {
      const error = await dataError(readFlatgeobufView(`${fgb}/wlan-2056.fgb`, ALTSTADT, limits()));
      expect(error.code).to.equal('data-crs');
      expect(error.text('de')).to.match(/^Das Koordinatensystem „EPSG:2056“ wird nicht unterstützt\. Unterstützt werden EPSG:4326, EPSG:4258, EPSG:25832/);
      expect(error.text('de')).to.contain('ogr2ogr -t_srs EPSG:25832');
      const whole = await dataError(loadData(await bytesOf(`${fgb}/wlan-2056.fgb`)));
      expect(whole.text('en')).to.match(/^The coordinate reference system “EPSG:2056” is not supported\. Supported are EPSG:4326, EPSG:4258/);
    });

    it('reads a file in Gauß-Krüger zone 4 (EPSG:31468) to where GDAL puts it, within a metre', async () => {
      const bytes = await bytesOf(`${fgb}/wlan-31468.fgb`);
      const [gk4, wgs84] = [await loadData(bytes), await loadData(await bytesOf(`${fgb}/wlan.fgb`))];
      expect(gk4.sourceCrs).to.equal('EPSG:31468');
      expect(gk4.collection.features).to.have.length(wgs84.collection.features.length);
      gk4.collection.features.forEach((feature, i) => {
        const [lon, lat] = (feature.geometry as Point).coordinates;
        const [lon0, lat0] = (wgs84.collection.features[i].geometry as Point).coordinates;
        // GDAL uses the BETA2007 grid where PROJ has it, the library the 7-parameter shift EPSG:1777: about 1.5 m apart.
        expect(Math.abs(lon - lon0) * 75_000 + Math.abs(lat - lat0) * 111_000, `metres off, feature ${i}`).to.be.below(5);
      });
    });

    it('searches a file in EPSG:25832 with the box transformed into it', async () => {
      const read = await readFlatgeobufView(`${fgb}/wlan-25832.fgb`, ALTSTADT, limits());
      const wgs84 = await readFlatgeobufView(`${fgb}/wlan.fgb`, ALTSTADT, limits());
      expect(read.crs).to.equal('EPSG:25832');
      // The box transformed is a little larger than the view (its edges are curves): at least the same features.
      expect(names(read.features)).to.include.members(names(wgs84.features));
      expect((read.features[0].geometry as Point).coordinates[0]).to.be.above(500_000);
    });

    it('streams a file without an index whole, once, with a notice', async () => {
      const read = await readFlatgeobufView(`${fgb}/wlan-ohne-index.fgb`, ALTSTADT, limits());
      expect(read.features).to.have.length(16);
      expect(read).to.include({ whole: true, truncated: false, total: 16 });
      expect(read.notices).to.deep.equal([{ code: 'data-notice', key: 'fgb.no-index' }]);
      const capped = await readFlatgeobufView(`${fgb}/wlan-ohne-index.fgb`, ALTSTADT, limits({ maxFeatures: 4 }));
      expect(capped.features).to.have.length(4);
      expect(capped).to.include({ whole: true, truncated: true, total: 16 });
      const cut = await dataError(readFlatgeobufView(`${fgb}/ohne-index-kaputt.fgb`, ALTSTADT, limits()));
      expect(cut.key).to.equal('fgb.unreadable');
    });

    it('says when the server does not answer range requests', async () => {
      // The test server (koa) sends the whole file for a Range request; wlan.fgb fits into the first request, punkte.fgb does not.
      const small = await readFlatgeobufView('/test/fixtures/fgb/wlan.fgb', ALTSTADT, limits());
      expect(small.features.length).to.be.above(2);
      const url = '/test/fixtures/fgb/punkte.fgb';
      const { result: error, requests } = await countFetches(url, () => dataError(readFlatgeobufView(url, ALTSTADT, limits())));
      expect([error.code, error.key]).to.deep.equal(['data-invalid', 'fgb.no-range-requests']);
      expect(error.text('en')).to.equal(
        'The server sends the file only whole, not in parts (HTTP range requests, answer 206); a FlatGeobuf file is read only for the map’s view and needs that. ' +
          'The server must answer partial requests (HTTP Range) and, for another origin, allow the Range header by CORS (Access-Control-Allow-Headers: Range); Apache, nginx and object storage can do that.',
      );
      expect(requests).to.equal(1);
    });

    it('fails like any download for a missing file, and for a file that is not FlatGeobuf', async () => {
      let failure: unknown;
      await readFlatgeobufView(`${fgb}/fehlt.fgb`, ALTSTADT, limits()).catch((error) => (failure = error));
      expect(failure).to.be.instanceOf(DataFetchError);
      expect(failure).to.include({ code: 'data-http', status: 404 });
      expect((await dataError(readFlatgeobufView(`${fgb}/kein-fgb.fgb`, ALTSTADT, limits()))).key).to.equal('fgb.not-flatgeobuf.text');
      expect((await dataError(readFlatgeobufView(`${fgb}/kaputt.fgb`, [9, 47, 10, 48], limits()))).key).to.equal('fgb.unreadable');
    });

    it('stops when cancelled, rejecting with the signal’s reason', async () => {
      const controller = new AbortController();
      const reading = readFlatgeobufView(`${fgb}/punkte.fgb`, ALTSTADT, limits({ signal: controller.signal }));
      controller.abort(new DOMException('moved on', 'AbortError'));
      let failure: unknown;
      await reading.catch((error) => (failure = error));
      expect(failure).to.be.instanceOf(DOMException);
      expect((failure as DOMException).message).to.equal('moved on');
    });

    it('stops when cancelled during its range requests: what is under way ends, nothing new starts', async () => {
      const url = fresh(`${fgb}/punkte.fgb`);
      const held = holdFetches(url);
      const controller = new AbortController();
      let failure: unknown;
      try {
        const reading = readFlatgeobufView(url, ALTSTADT, limits({ signal: controller.signal })).catch((error) => (failure = error));
        await until(() => held.asked.length === 1, 'the first request');
        held.asked[0].answer();
        await until(() => held.asked.length === 2, 'a request after the first answer arrived');
        controller.abort(new DOMException('moved on', 'AbortError'));
        await reading;
        expect(failure).to.be.instanceOf(DOMException);
        expect((failure as DOMException).name).to.equal('AbortError');
        expect(held.asked).to.have.length(2);
        expect(held.asked.every((request) => request.signal.aborted)).to.equal(true);
        // Several requests under way at once, cancelled together.
        const again = new AbortController();
        const second = readFlatgeobufView(url, STRIP, limits({ signal: again.signal })).catch((error) => error);
        const waiting = await answerUntilParallel(held, second);
        const asked = held.asked.length;
        again.abort(new DOMException('moved on', 'AbortError'));
        expect(await second).to.have.property('name', 'AbortError');
        expect(waiting.every((request) => request.signal.aborted && !request.waiting)).to.equal(true);
        expect(held.asked).to.have.length(asked);
      } finally {
        held.restore();
      }
    });

    it('cancels the other requests under way when one fails, and starts no new one', async () => {
      const url = fresh(`${fgb}/punkte.fgb`);
      const held = holdFetches(url);
      try {
        const reading = readFlatgeobufView(url, STRIP, limits()).catch((error) => error);
        const waiting = await answerUntilParallel(held, reading);
        const asked = held.asked.length;
        waiting[0].fail(new TypeError('Failed to fetch'));
        const failure = await reading;
        expect(failure).to.be.instanceOf(DataFetchError);
        expect(failure).to.include({ code: 'data-network' });
        expect(waiting.slice(1).every((request) => request.signal.aborted && !request.waiting)).to.equal(true);
        expect(held.asked).to.have.length(asked);
      } finally {
        held.restore();
      }
    });
  });

  it('is read for the view when the URL ends in .fgb or format="flatgeobuf" says so', () => {
    expect(viewSourceOf('https://example.de/daten/baeume.fgb', undefined)).to.equal('flatgeobuf');
    expect(viewSourceOf('https://example.de/daten/BAEUME.FGB?v=2#x', undefined)).to.equal('flatgeobuf');
    expect(viewSourceOf('https://example.de/download?id=7', 'flatgeobuf')).to.equal('flatgeobuf');
    expect(viewSourceOf('https://example.de/ogc/collections/wlan/items', undefined)).to.equal('ogc-features');
    expect(viewSourceOf('https://example.de/daten/baeume.fgb', 'geojson')).to.equal(undefined);
    expect(viewSourceOf('https://example.de/daten/baeume.geojson', undefined)).to.equal(undefined);
  });
});
