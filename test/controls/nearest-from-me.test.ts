// "Nearest hotspot from my position" as a citizen tester met it: the map framed the position and the hotspot so
// tightly (a 30 m scale bar) that nobody could tell where in the town they were, and the position had no label.
// Now both points are framed clear of the controls with room for their labels and at most zoom 16, the position is
// labelled "Ihr Standort" / "Your location" and the status line names it so.
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { html } from 'lit';
import type { Point } from 'geojson';
import '../../src/kn-nearest.js';
import '../../src/kn-search.js';
import type { KnNearest } from '../../src/controls/nearest/nearest.js';
import { NEAREST_MAX_ZOOM, nearestPadding } from '../../src/controls/nearest/frame.js';
import type { KnDataLayer } from '../../src/layers/data-layer.js';
import { NEAREST_START } from '../../src/layers/nearest/nearest-style.js';
import { KONSTANZ_DARK_PALETTE, KONSTANZ_PALETTE } from '../../src/map/basemaps/konstanz-style.js';
import type { KnMap } from '../../src/map/kn-map.js';
import { contrast } from '../../src/symbols/contrast.js';
import { idle, mountMap, styleId, until } from '../helpers/harness.js';
import { part, parts, text } from './control-helpers.js';

/** In front of Konstanz station, about 50 m south of the hotspot "Bahnhof Parkleitsystem". */
const BAHNHOF: [number, number] = [9.177, 47.6587];
/** In Wollmatingen, kilometres from any hotspot in operation. */
const WOLLMATINGEN: [number, number] = [9.1405, 47.6905];
/** The least distance, in pixels, between each point and the map's edges or a control. */
const CLEARANCE = 40;

/** Stands in for the browser's Geolocation API at `position` while `action` runs; counts the questions. */
async function withPosition(position: [number, number], action: () => Promise<void>): Promise<number> {
  const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'geolocation')!;
  let asked = 0;
  const granting = {
    getCurrentPosition: (ok: PositionCallback) => {
      asked++;
      const coords = { longitude: position[0], latitude: position[1], accuracy: 20, altitude: null, altitudeAccuracy: null, heading: null, speed: null };
      setTimeout(() => ok({ coords, timestamp: Date.now() } as GeolocationPosition));
    },
  };
  Object.defineProperty(navigator, 'geolocation', { configurable: true, get: () => granting });
  try {
    await action();
  } finally {
    delete (navigator as unknown as Record<string, unknown>).geolocation;
    Object.defineProperty(Navigator.prototype, 'geolocation', original);
  }
  return asked;
}

const status = (control: KnNearest) => text(part(control, '[role="status"]'));
const meButton = (control: KnNearest) => parts<HTMLButtonElement>(control, 'button').find((b) => /meinem Standort|my location/.test(text(b)))!;

/** Presses "Von meinem Standort" and waits for the answer and for the map to come to rest. */
async function nearestFromMe(nearest: KnNearest, map: KnMap): Promise<void> {
  meButton(nearest).click();
  await until(() => /Luftlinie|crow flies/.test(status(nearest)), 'the result in the status line');
  await until(() => !map.map!.isMoving(), 'the map to stop moving');
  await idle(map.map!);
}

/** Where a point is in the map's pixels. */
function pixel(map: KnMap, lngLat: [number, number]): { x: number; y: number } {
  const { x, y } = map.map!.project(lngLat);
  return { x, y };
}

/** Asserts that the point lies `CLEARANCE` px inside the map's edges and as far from each of `controls`. */
function expectClear(map: KnMap, lngLat: [number, number], what: string, controls: Element[] = []): void {
  const box = map.map!.getContainer().getBoundingClientRect();
  const { x, y } = pixel(map, lngLat);
  expect(x, `${what}: from the left edge`).to.be.at.least(CLEARANCE);
  expect(box.width - x, `${what}: from the right edge`).to.be.at.least(CLEARANCE);
  expect(y, `${what}: from the top edge`).to.be.at.least(CLEARANCE);
  expect(box.height - y, `${what}: from the bottom edge`).to.be.at.least(CLEARANCE);
  for (const control of controls) {
    const r = control.getBoundingClientRect();
    const [left, top, right, bottom] = [r.left - box.left, r.top - box.top, r.right - box.left, r.bottom - box.top];
    const apart = Math.max(left - x, x - right, top - y, y - bottom);
    expect(apart, `${what}: clear of <${control.localName}>`).to.be.at.least(CLEARANCE / 2);
  }
}

const hotspotOf = (map: KnMap) => (map.registry.selection!.feature.geometry as Point).coordinates as [number, number];

/** The labels drawn at the starting point: what maplibre placed there, read from the rendered features. */
function startLabels(map: KnMap, wlan: KnDataLayer): string[] {
  return map.map!.queryRenderedFeatures({ layers: [styleId(wlan, 'nearest-from-label')] }).map((f) => String(f.properties.label));
}

describe('<kn-nearest> from my position', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  it('on a phone frames the position and the hotspot with room around them, not closer than zoom 16, clear of the search box', async () => {
    await setViewport({ width: 390, height: 844 });
    const { map, root, layers } = await mountMap<HTMLElement>(html`
      <div>
        <kn-map id="karte" lang="de" style="display:block;width:390px;height:560px">
          <kn-wlan-layer coverage="80"></kn-wlan-layer>
          <kn-search slot="top-left"></kn-search>
        </kn-map>
        <kn-nearest for="karte"></kn-nearest>
      </div>
    `);
    const nearest = root.querySelector('kn-nearest') as KnNearest;
    await nearest.updateComplete;
    const wlan = layers[0];
    const asked = await withPosition(BAHNHOF, () => nearestFromMe(nearest, map));
    expect(asked).to.equal(1);

    expect(map.registry.selection?.feature.properties!.name).to.equal('Bahnhof Parkleitsystem');
    expect(map.map!.getZoom(), 'the zoom: the streets around in view').to.be.at.most(NEAREST_MAX_ZOOM + 1e-6);
    // 50 m apart: the zoom is the maximum, not closer.
    expect(map.map!.getZoom()).to.be.closeTo(NEAREST_MAX_ZOOM, 1e-3);
    const search = map.querySelector('kn-search')!;
    expectClear(map, BAHNHOF, 'the position', [search]);
    expectClear(map, hotspotOf(map), 'the hotspot', [search]);

    // The label is in the style and drawn at the position.
    const labelLayer = styleId(wlan, 'nearest-from-label');
    expect(map.map!.getLayer(labelLayer)?.type).to.equal('symbol');
    expect(map.map!.getLayoutProperty(labelLayer, 'text-field')).to.deep.equal(['to-string', ['get', 'label']]);
    expect(startLabels(map, wlan)).to.deep.equal(['Ihr Standort']);
    const [drawn] = map.map!.queryRenderedFeatures({ layers: [labelLayer] });
    expect((drawn.geometry as Point).coordinates.map((c) => c.toFixed(4))).to.deep.equal(BAHNHOF.map((c) => c.toFixed(4)));

    // Said as the map says it.
    expect(status(nearest)).to.match(/^Nächster Hotspot in Betrieb: Bahnhof Parkleitsystem, \d+ m Luftlinie vom Punkt „Ihr Standort“ auf der Karte\.$/);
    expect(map.registry.originName).to.equal('Ihrem Standort');
  });

  it('frames the position clear of the panel itself when <kn-nearest> sits in a corner of a phone-sized map', async () => {
    await setViewport({ width: 390, height: 844 });
    const { map, layers } = await mountMap<KnMap>(html`
      <kn-map lang="de" style="display:block;width:390px;height:640px">
        <kn-wlan-layer></kn-wlan-layer>
        <kn-nearest slot="top-left"></kn-nearest>
      </kn-map>
    `);
    const nearest = map.querySelector('kn-nearest') as KnNearest;
    await nearest.updateComplete;
    await withPosition(BAHNHOF, () => nearestFromMe(nearest, map));
    expect(map.map!.getZoom()).to.be.at.most(NEAREST_MAX_ZOOM + 1e-6);
    expectClear(map, BAHNHOF, 'the position', [nearest]);
    expectClear(map, hotspotOf(map), 'the hotspot', [nearest]);
    expect(startLabels(map, layers[0])).to.deep.equal(['Ihr Standort']);
  });

  it('on a wide map frames a hotspot kilometres away with the position, and labels the position in the map’s language', async () => {
    await setViewport({ width: 1280, height: 800 });
    const { map, root, layers } = await mountMap<HTMLElement>(html`
      <div style="display:flex">
        <kn-map id="wide" lang="en" style="display:block;width:1000px;height:700px">
          <kn-wlan-layer></kn-wlan-layer>
          <kn-search slot="top-left"></kn-search>
        </kn-map>
        <kn-nearest for="wide" style="width:260px"></kn-nearest>
      </div>
    `);
    const nearest = root.querySelector('kn-nearest') as KnNearest;
    await nearest.updateComplete;
    const wlan = layers[0];
    await withPosition(WOLLMATINGEN, () => nearestFromMe(nearest, map));
    const hotspot = hotspotOf(map);
    expect(map.map!.getZoom(), 'kilometres apart: further out than the maximum').to.be.below(NEAREST_MAX_ZOOM - 1);
    const search = map.querySelector('kn-search')!;
    expectClear(map, WOLLMATINGEN, 'the position', [search]);
    expectClear(map, hotspot, 'the hotspot', [search]);
    expect(startLabels(map, wlan)).to.deep.equal(['Your location']);
    expect(status(nearest)).to.match(/as the crow flies from the point “Your location” on the map\.$/);

    // The map switches to German: the label follows.
    map.lang = 'de';
    await until(() => startLabels(map, wlan)[0] === 'Ihr Standort', 'the label in German');
  });

  it('writes the position into neither the page address nor any request the page makes', async () => {
    // A position with more digits than anything else on the page has (and an address's # part is never sent to a
    // server).
    const position: [number, number] = [9.17713, 47.65868];
    const { map, root } = await mountMap<HTMLElement>(html`
      <div>
        <kn-map id="privat" lang="de" hash style="display:block;width:500px;height:400px"><kn-wlan-layer></kn-wlan-layer></kn-map>
        <kn-nearest for="privat"></kn-nearest>
      </div>
    `);
    const nearest = root.querySelector('kn-nearest') as KnNearest;
    await nearest.updateComplete;
    const requests: string[] = [];
    const { fetch: originalFetch } = window;
    const originalOpen = XMLHttpRequest.prototype.open;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      requests.push(`${input instanceof Request ? input.url : String(input)} ${String(init?.body ?? '')}`);
      return originalFetch(input, init);
    };
    XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, method: string, url: string | URL, ...rest: unknown[]) {
      requests.push(String(url));
      return (originalOpen as (...args: unknown[]) => void).call(this, method, url, ...rest);
    } as typeof XMLHttpRequest.prototype.open;
    try {
      await withPosition(position, () => nearestFromMe(nearest, map));
      expect(map.registry.origin).to.deep.equal(position);
      // The view moved to the position stays out of the address; the hotspot found is in it (kn-map.hash.test.ts).
      await until(() => location.hash.includes('auswahl='), () => `the hotspot in the address (it is "${location.hash}")`);
      expect(location.hash, 'no view in the address').to.not.contain('karte=');
      for (const trace of position.map(String)) {
        expect(location.href, 'the page address').to.not.contain(trace);
        expect(requests.filter((request) => request.includes(trace)), 'requests').to.deep.equal([]);
      }
    } finally {
      window.fetch = originalFetch;
      XMLHttpRequest.prototype.open = originalOpen;
      history.replaceState(null, '', location.pathname + location.search);
    }
  });

  it('draws the position and its label with enough contrast on the light and the dark basemap', () => {
    const light = [KONSTANZ_PALETTE.city, KONSTANZ_PALETTE.land, KONSTANZ_PALETTE.water];
    const dark = [KONSTANZ_DARK_PALETTE.city, KONSTANZ_DARK_PALETTE.land, KONSTANZ_DARK_PALETTE.water];
    for (const ground of light) expect(contrast(NEAREST_START.fill, ground), `the dot on ${ground}`).to.be.at.least(3);
    for (const ground of dark) expect(contrast(NEAREST_START.rim, ground), `the rim on ${ground}`).to.be.at.least(3);
    // The label's text on its halo (text: 4.5:1); the halo carries it on the dark basemap.
    expect(contrast(NEAREST_START.text, NEAREST_START.halo)).to.be.at.least(4.5);
    for (const ground of dark) expect(contrast(NEAREST_START.halo, ground), `the halo on ${ground}`).to.be.at.least(3);
    expect(NEAREST_START.rimWidth, 'a rim wide enough to see').to.be.at.least(2);
  });

  it('keeps room for the labels where the map has it, and never pads a small map shut', () => {
    const room = nearestPadding({ top: 100, right: 40, bottom: 40, left: 40 }, { width: 390, height: 560 });
    expect(room).to.deep.equal({ top: 148, right: 88, bottom: 88, left: 88 });
    const small = nearestPadding(40, { width: 200, height: 150 });
    expect(200 - small.left - small.right, 'free width').to.be.at.least(80);
    expect(150 - small.top - small.bottom, 'free height').to.be.at.least(75);
    const crowded = nearestPadding({ top: 300, right: 40, bottom: 40, left: 40 }, { width: 390, height: 360 });
    expect(360 - crowded.top - crowded.bottom, 'free height beside a tall panel').to.be.at.least(80);
  });
});
