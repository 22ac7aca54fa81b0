import { expect } from '@open-wc/testing';
import type { FeatureCollection, Point } from 'geojson';
import { DataFetchError } from '../../src/data/fetch-data.js';
import { containsBox, paddedBox, requestBox, type LonLatBox } from '../../src/data/lonlat-box.js';
import {
  collectionId,
  fetchFeaturePages,
  isItemsUrl,
  itemsRequestUrl,
  nextLink,
  withRequestParams,
} from '../../src/data/ogc-features.js';
import { geoServerOrigin, itemsUrl, matchedIn, PAGE_SIZE } from '../helpers/geo-server.js';
import { dataError } from './data-helpers.js';

const ALTSTADT: LonLatBox = [9.17, 47.65, 9.19, 47.67];
const CITY: LonLatBox = [9.0, 47.6, 9.3, 47.8];

async function bundledWlan(): Promise<FeatureCollection<Point>> {
  return (await fetch('/src/assets/data/wlan-konstanz.geojson')).json();
}

const inside = ([lon, lat]: number[], [w, s, e, n]: LonLatBox) => lon >= w && lon <= e && lat >= s && lat <= n;

/** What a promise rejects with (undefined when it resolves). */
const rejection = (promise: Promise<unknown>) => promise.then(() => undefined, (reason: unknown) => reason);

async function fetchError(promise: Promise<unknown>): Promise<DataFetchError> {
  const error = await rejection(promise);
  if (error instanceof DataFetchError) return error;
  throw new Error(`expected a DataFetchError, got ${String(error)}`);
}

describe('OGC API Features: URLs and links', () => {
  it('recognises an items endpoint with or without query and trailing slash, absolute or relative', () => {
    for (const url of [
      'https://geo.example.de/ogcapi/collections/wlan/items',
      'https://geo.example.de/ogcapi/collections/wlan/items?f=json&status=aktiv',
      'https://geo.example.de/ogcapi/collections/wlan/items/',
      '/cgi-bin/mapserv/konstanz/ogcapi/collections/stadtteile/items#karte',
      'collections/wlan/items',
    ]) {
      expect(isItemsUrl(url), url).to.equal(true);
    }
    for (const url of [
      'https://geo.example.de/ogcapi/collections/wlan',
      'https://geo.example.de/ogcapi/collections/wlan/items/fc-kn-ap007',
      'https://geo.example.de/ogcapi/collections/items',
      'https://geo.example.de/daten/items.geojson',
      'https://geo.example.de/daten/wlan.geojson?next=/collections/wlan/items',
    ]) {
      expect(isItemsUrl(url), url).to.equal(false);
    }
    expect(collectionId('https://geo.example.de/collections/Stra%C3%9Fen%20Konstanz/items')).to.equal('Straßen Konstanz');
  });

  it('asks for the bbox in WGS84, a limit and GeoJSON, keeping the page author’s own parameters', () => {
    const url = new URL(itemsRequestUrl('https://geo.example.de/collections/wlan/items?status=aktiv&bbox=1,2,3,4', [9.1234567, 47.6, 9.2, 47.7], 1000));
    expect(url.pathname).to.equal('/collections/wlan/items');
    expect(url.searchParams.get('status')).to.equal('aktiv');
    expect(url.searchParams.getAll('bbox')).to.deep.equal(['9.123457,47.6,9.2,47.7']);
    expect(url.searchParams.get('limit')).to.equal('1000');
    expect(url.searchParams.get('f')).to.equal('json');

    const own = new URL(itemsRequestUrl('https://geo.example.de/collections/wlan/items?f=geojson&limit=50', CITY, 1000));
    expect(own.searchParams.get('f')).to.equal('geojson');
    expect(own.searchParams.get('limit')).to.equal('50');
  });

  it('finds the next link and resolves a relative one against the answer’s URL', () => {
    const answer = 'https://geo.example.de/ogcapi/collections/wlan/items?f=json&limit=5';
    const links = [
      { rel: 'self', href: '?f=json&limit=5' },
      { rel: 'prev', href: '/ogcapi/collections/wlan/items?offset=0' },
      { rel: 'next', href: '/ogcapi/collections/wlan/items?f=json&limit=5&offset=5' },
    ];
    expect(nextLink({ type: 'FeatureCollection', features: [], links }, answer)).to.equal(
      'https://geo.example.de/ogcapi/collections/wlan/items?f=json&limit=5&offset=5',
    );
    expect(nextLink({ links: [{ rel: 'next', href: 'items?offset=10' }] }, answer)).to.equal('https://geo.example.de/ogcapi/collections/wlan/items?offset=10');
    expect(nextLink({ links: [{ rel: 'next', href: 'https://other.example.de/p/2' }] }, answer)).to.equal('https://other.example.de/p/2');
    expect(nextLink({ links: links.slice(0, 2) }, answer)).to.equal(undefined);
    expect(nextLink({ links: 'next' }, answer)).to.equal(undefined);
    expect(nextLink(null, answer)).to.equal(undefined);
  });

  it('gives a next link back the request’s bbox and filters it left out, but not the paging offset', () => {
    const first = 'https://geo.example.de/collections/wlan/items?status=aktiv&bbox=9.1,47.6,9.2,47.7&limit=1000&f=json&offset=0';
    expect(withRequestParams('https://geo.example.de/collections/wlan/items?f=json&limit=5&offset=5', first)).to.equal(
      'https://geo.example.de/collections/wlan/items?f=json&limit=5&offset=5&status=aktiv&bbox=9.1%2C47.6%2C9.2%2C47.7',
    );
    expect(withRequestParams('https://geo.example.de/p?cursor=abc', first)).to.not.include('offset');
  });
});

describe('OGC API Features: the bbox of a view, across the antimeridian too', () => {
  /** Whether a longitude lies in a request bbox, which has west > east when it crosses the antimeridian. */
  const inRequest = (lon: number, [west, , east]: LonLatBox) => (west <= east ? west <= lon && lon <= east : lon >= west || lon <= east);
  const rounded = (box: LonLatBox) => box.map((value) => Math.round(value * 1e6) / 1e6);

  it('pads the view by a fraction on each side, keeping longitudes unwrapped and latitudes within ±90', () => {
    expect(rounded(paddedBox([9.17, 47.65, 9.19, 47.67], 0.2))).to.deep.equal([9.166, 47.646, 9.194, 47.674]);
    expect(rounded(paddedBox([175, -88, 185, 88], 0.2))).to.deep.equal([173, -90, 187, 90]);
    expect(rounded(paddedBox([-190, 0, -170, 10], 0.5))).to.deep.equal([-200, -5, -160, 15]);
  });

  it('asks for both sides of the antimeridian with west > east when the view is centred near 180°', () => {
    // maplibre's getBounds() centred on 179.9°: the east edge is past 180.
    const east = requestBox(paddedBox([174.9, 10, 184.9, 12], 0.2));
    expect(rounded(east)).to.deep.equal([172.9, 9.6, -173.1, 12.4]);
    expect([179.9, 180, -180, -178, 173].every((lon) => inRequest(lon, east))).to.equal(true);
    expect([0, 170, -170].some((lon) => inRequest(lon, east))).to.equal(false);
    // The same view with its centre given as −180.1°: the same request.
    expect(rounded(requestBox(paddedBox([-185.1, 10, -175.1, 12], 0.2)))).to.deep.equal([172.9, 9.6, -173.1, 12.4]);
    const url = new URL(itemsRequestUrl('https://geo.example.de/collections/wlan/items', east, 1000));
    expect(url.searchParams.get('bbox')).to.equal('172.9,9.6,-173.1,12.4');
  });

  it('wraps a box a world copy away and keeps one that reaches 180° exactly as it is', () => {
    expect(rounded(requestBox([369.17, 47.65, 369.19, 47.67]))).to.deep.equal([9.17, 47.65, 9.19, 47.67]);
    expect(rounded(requestBox([-350.83, 47.65, -350.81, 47.67]))).to.deep.equal([9.17, 47.65, 9.19, 47.67]);
    expect(requestBox([170, 0, 180, 1])).to.deep.equal([170, 0, 180, 1]);
    expect(requestBox([180, 0, 181, 1])).to.deep.equal([-180, 0, -179, 1]);
    expect(requestBox([-180, 0, -170, 1])).to.deep.equal([-180, 0, -170, 1]);
  });

  it('asks for the whole round when the padded view spans 360° or more', () => {
    expect(requestBox([-250, -80, 150, 80])).to.deep.equal([-180, -80, 180, 80]);
    expect(rounded(requestBox(paddedBox([-180, -60, 180, 60], 0.2)))).to.deep.equal([-180, -84, 180, 84]);
  });

  it('sees a view nudged across the antimeridian as inside what was loaded there', () => {
    const loaded = paddedBox([174.9, 10, 184.9, 12], 0.2); // [172.9, 9.6, 186.9, 12.4]
    expect(containsBox(loaded, [176, 10.5, 186, 12])).to.equal(true);
    expect(containsBox(loaded, [-184, 10.5, -174, 12])).to.equal(true); // the same view, centred on −179°
    expect(containsBox(loaded, [-180, 10, -176, 11])).to.equal(true); // past 180°, in wrapped longitudes
    expect(containsBox(loaded, [176, 10.5, 188, 12])).to.equal(false); // past the east edge
    expect(containsBox(loaded, [170, 10.5, 175, 12])).to.equal(false); // past the west edge
    expect(containsBox(loaded, [176, 9, 180, 12])).to.equal(false); // past the south edge
    expect(containsBox(loaded, [0, 10.5, 5, 12])).to.equal(false); // elsewhere
    expect(containsBox([0, 0, 300, 10], [200, 1, 210, 2])).to.equal(true);
    expect(containsBox([-200, 0, 160, 10], [500, 1, 900, 2])).to.equal(true); // the whole round
  });
});

describe('OGC API Features: paging against MapServer', () => {
  let wlan: string;
  before(async () => {
    wlan = itemsUrl(await geoServerOrigin(), 'wlan');
  });

  it('collects every feature in the bbox across pages, and only those', async () => {
    const result = await fetchFeaturePages(itemsRequestUrl(wlan, ALTSTADT, 1000), { maxFeatures: 5000, timeoutMs: 15_000 });
    const expected = (await bundledWlan()).features.filter((f) => inside(f.geometry.coordinates, ALTSTADT));
    expect(expected.length).to.be.above(2 * PAGE_SIZE); // three pages at least
    expect(result.numberMatched).to.equal(await matchedIn(wlan, ALTSTADT.join(',')));
    expect(result.features.map((f) => f.properties!.name).sort()).to.deep.equal(expected.map((f) => f.properties!.name).sort());
    expect(result.pages).to.equal(Math.ceil(expected.length / PAGE_SIZE));
    expect(result.truncated).to.equal(false);
  });

  it('stops at maxFeatures and says that there is more', async () => {
    const progress: number[] = [];
    const result = await fetchFeaturePages(itemsRequestUrl(wlan, CITY, 1000), {
      maxFeatures: 7,
      timeoutMs: 15_000,
      onProgress: (fraction) => progress.push(fraction),
    });
    expect(result.features).to.have.length(7);
    expect(result.truncated).to.equal(true);
    expect(result.numberMatched).to.equal(16);
    expect(result.pages).to.equal(2);
    expect(progress).to.deep.equal([5 / 7, 1]);
  });

  it('is not truncated when the cap equals what there is', async () => {
    const result = await fetchFeaturePages(itemsRequestUrl(wlan, CITY, 1000), { maxFeatures: 16, timeoutMs: 15_000 });
    expect(result).to.include({ truncated: false, numberMatched: 16, pages: 4 });
    expect(new Set(result.features.map((f) => JSON.stringify(f.geometry))).size).to.equal(16);
  });

  it('is cancelled by its signal with an AbortError, not a data error', async () => {
    const controller = new AbortController();
    const pending = fetchFeaturePages(itemsRequestUrl(wlan, CITY, 1000), { signal: controller.signal, maxFeatures: 5000, timeoutMs: 15_000 });
    controller.abort();
    expect(((await rejection(pending)) as Error).name).to.equal('AbortError');
  });

  it('does not follow a next link to another host, where it would take the request’s parameters along', async () => {
    const page = (numberMatched: number) => ({
      type: 'FeatureCollection',
      numberMatched,
      features: [{ type: 'Feature', properties: { name: 'Marktstätte' }, geometry: { type: 'Point', coordinates: [9.1756, 47.6604] } }],
      links: [{ rel: 'next', href: 'https://other.example.de/items?page=2' }],
    });
    const served = (body: object) =>
      new URL(`/__test/text?type=application/geo%2Bjson&apikey=S&body=${encodeURIComponent(JSON.stringify(body))}`, location.href).href;
    // A request there would be refused by the test's proxy and fail the run.
    const result = await fetchFeaturePages(served(page(40)), { maxFeatures: 5000, timeoutMs: 15_000 });
    expect(result).to.include({ truncated: true, numberMatched: 40, pages: 1 });
    expect(result.features).to.have.length(1);
    const capped = await fetchFeaturePages(served(page(40)), { maxFeatures: 1, timeoutMs: 15_000 });
    expect(capped).to.include({ truncated: true, pages: 1 });
    // Nothing left out when the server counts no more than it sent.
    const all = await fetchFeaturePages(served(page(1)), { maxFeatures: 5000, timeoutMs: 15_000 });
    expect(all).to.include({ truncated: false, pages: 1 });
  });

  it('reports an unknown collection as the HTTP error of a data file', async () => {
    const error = await fetchError(fetchFeaturePages(itemsRequestUrl(wlan.replace('/wlan/', '/nope/'), CITY, 1000), { maxFeatures: 10, timeoutMs: 15_000 }));
    expect(error.code).to.equal('data-http');
    expect(error.status).to.equal(404);
  });

  it('reports an unreachable server as a network error', async () => {
    const error = await fetchError(fetchFeaturePages('http://127.0.0.1:9/ogcapi/collections/wlan/items?f=json', { maxFeatures: 10, timeoutMs: 15_000 }));
    expect(error.code).to.equal('data-network');
  });

  it('says clearly when the endpoint does not answer with a FeatureCollection', async () => {
    const collection = wlan.replace(/\/items$/, '');
    const error = await dataError(fetchFeaturePages(itemsRequestUrl(collection, CITY, 10), { maxFeatures: 10, timeoutMs: 15_000 }));
    expect(error.code).to.equal('data-invalid');
    expect(error.text('en')).to.match(/did not answer with a GeoJSON FeatureCollection, as an OGC API Features endpoint .*items.* does \(got: (type|without)/);
    expect(error.text('de')).to.include('FeatureCollection');

    const html = await dataError(fetchFeaturePages(`${wlan}?f=html`, { maxFeatures: 10, timeoutMs: 15_000 }));
    expect(html.text('en')).to.include('(got: not JSON)');
  });
});
