import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import { configure } from '../../src/config.js';
import type { KnErrorEvent } from '../../src/events/kn-error-event.js';
import { msg } from '../../src/i18n/messages.js';
import type { KnMap } from '../../src/map/kn-map.js';
import { KnMapStartError } from '../../src/map/map-start-error.js';
import { nextTask, readyMap, until, within } from '../helpers/harness.js';
import { cdnChunk } from '../helpers/cdn.js';

/** Upper bound for each wait (against hangs, not a speed limit). */
const WAIT_MS = 20_000;

/** The next `kn-error` of a map anywhere in `root` (listened for before the map is mounted). */
function nextMapError(root: Document = document): Promise<KnErrorEvent> {
  return new Promise((resolve) => {
    const onError = (event: Event) => {
      if ((event.target as Element).localName !== 'kn-map') return;
      root.removeEventListener('kn-error', onError, true);
      resolve(event as KnErrorEvent);
    };
    root.addEventListener('kn-error', onError, true);
  });
}

/** How `ready` settled: 'resolved', or the error it rejected with. */
function settlement(ready: Promise<void>): Promise<'resolved' | unknown> {
  return ready.then(
    () => 'resolved',
    (error: unknown) => error,
  );
}

/** What the map shows in its notices. */
const noticeText = (map: KnMap) => [...map.shadowRoot!.querySelectorAll('.notice')].map((notice) => notice.textContent!.replace(/\s+/g, ' ')).join(' | ');

/** Whether `element` (light DOM inside the map) is laid out and visible on the page. */
function shown(element: HTMLElement): boolean {
  const box = element.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && element.checkVisibility();
}

/** A map with a layer and a paragraph for browsers without JavaScript (the README's "paste this" shape). */
const template = (lang = 'de') => html`
  <kn-map lang=${lang} style="width:500px;height:320px">
    <kn-geojson-layer src="/src/assets/data/wlan-hotspots.geojson" label="Konstanz-WLAN"></kn-geojson-layer>
    <p id="ohne-js">Die Standorte gibt es auch als <a href="/src/assets/data/wlan-hotspots.geojson">GeoJSON-Datei</a>.</p>
  </kn-map>
`;

/** Checks what a visitor and a page's script see of a map that cannot start. */
async function expectStartFailure(map: KnMap, error: KnErrorEvent, code: string, lang: 'de' | 'en' = 'de'): Promise<void> {
  const message = msg(lang, `error.${code}` as Parameters<typeof msg>[1]);
  expect(error.detail).to.deep.equal({ code, message });
  // `ready` rejects with the reason (and has not stayed pending).
  const settled = await within(settlement(map.ready), 'map.ready to settle', WAIT_MS);
  // (The error of a framed page comes from that page's own module, hence the name rather than instanceof.)
  expect((settled as Error).name).to.equal(KnMapStartError.name);
  expect((settled as KnMapStartError).code).to.equal(code);
  expect((settled as KnMapStartError).message).to.equal(message);
  await map.updateComplete;
  // The translated notice is on the map, the loading overlay is gone, no maplibre map is left.
  expect(noticeText(map)).to.contain(message);
  expect(map.shadowRoot!.querySelector('.status')).to.equal(null);
  expect(map.map).to.equal(undefined);
  // The content for browsers without JavaScript is readable, inside the map's box, below the notice.
  const fallback = map.querySelector<HTMLElement>('#ohne-js')!;
  expect(shown(fallback), 'the fallback paragraph is shown').to.equal(true);
  const mapBox = map.getBoundingClientRect();
  const fallbackBox = fallback.getBoundingClientRect();
  const noticeBox = map.shadowRoot!.querySelector('.notice')!.getBoundingClientRect();
  expect(fallbackBox.top).to.be.at.least(noticeBox.bottom);
  expect(fallbackBox.bottom).to.be.at.most(mapBox.bottom);
  expect(fallbackBox.right).to.be.at.most(mapBox.right);
}

describe('<kn-map> whose MapLibre cannot start', () => {
  afterEach(() => configure({ workerUrl: undefined }));

  it('says so on the map when MapLibre\'s worker is not at the configured URL (a 404), rejects ready and shows the fallback content', async function () {
    this.timeout(40_000);
    configure({ workerUrl: '/__test/status/404' });
    const error = nextMapError();
    const map = await fixture<KnMap>(template());
    await expectStartFailure(map, await within(error, 'the kn-error of the map', WAIT_MS), 'maplibre-worker-failed');
  });

  it('says so in English on an English map', async function () {
    this.timeout(40_000);
    configure({ workerUrl: '/__test/status/404' });
    const error = nextMapError();
    const map = await fixture<KnMap>(template('en'));
    await expectStartFailure(map, await within(error, 'the kn-error of the map', WAIT_MS), 'maplibre-worker-failed', 'en');
    expect(noticeText(map)).to.contain('The map could not start');
  });

  it('says so when the worker URL serves a script that never answers, once the basemap time-out has passed', async function () {
    this.timeout(70_000);
    // A valid module worker, just not maplibre's: no error event, nothing ever comes back. (The map waits the basemap
    // time-out, at least 30 s: a slow phone's worker still loading is not a broken one.)
    configure({ workerUrl: `/__test/text?type=text/javascript&body=${encodeURIComponent('self.onmessage = () => {};')}` });
    const error = nextMapError();
    const map = await fixture<KnMap>(template());
    const started = performance.now();
    await expectStartFailure(map, await within(error, 'the kn-error of the map', 60_000), 'maplibre-worker-failed');
    expect(performance.now() - started, 'not before 30 s').to.be.at.least(30_000);
  });

  it('keeps its still picture when the browser has no WebGL, says so and rejects ready (test/no-webgl/ has more)', async function () {
    this.timeout(40_000);
    const getContext = HTMLCanvasElement.prototype.getContext;
    // A browser without WebGL: every WebGL context is refused (2D canvases still work).
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
      return /webgl/i.test(type) ? null : (getContext as (...args: unknown[]) => unknown).call(this, type, ...rest);
    } as typeof getContext;
    try {
      const error = nextMapError();
      const map = await fixture<KnMap>(template());
      const message = msg('de', 'error.webgl-unavailable');
      expect((await within(error, 'the kn-error of the map', WAIT_MS)).detail).to.deep.equal({ code: 'webgl-unavailable', message });
      const settled = (await within(settlement(map.ready), 'map.ready to settle', WAIT_MS)) as KnMapStartError;
      expect(settled.name).to.equal(KnMapStartError.name);
      expect(settled.code).to.equal('webgl-unavailable');
      await map.updateComplete;
      expect(noticeText(map)).to.contain(message);
      expect(map.map).to.equal(undefined);
      // The still picture stays (drawn, and operable), in place of the content for browsers without JavaScript.
      await until(() => !!map.shadowRoot!.querySelector('canvas.still-view[role="application"]'), 'the still picture', WAIT_MS);
      expect(shown(map.querySelector<HTMLElement>('#ohne-js')!), 'the fallback paragraph').to.equal(false);
      expect(map.shadowRoot!.querySelector('.still-zoom-in')).to.not.equal(null);
    } finally {
      HTMLCanvasElement.prototype.getContext = getContext;
    }
  });

  it('starts with the worker at the configured URL, and with MapLibre\'s own again once the setting is taken away', async function () {
    this.timeout(60_000);
    configure({ workerUrl: '/node_modules/maplibre-gl/dist/maplibre-gl-worker.mjs' });
    let map = await readyMap(html`<kn-map style="width:400px;height:300px"></kn-map>`);
    expect(map.map!.queryRenderedFeatures({ layers: ['basemap-district-labels'] })).to.not.be.empty;
    map.remove();
    configure({ workerUrl: undefined });
    map = await readyMap(html`<kn-map style="width:400px;height:300px"></kn-map>`);
    expect(map.map!.queryRenderedFeatures({ layers: ['basemap-district-labels'] })).to.not.be.empty;
  });

  it('starts when put back after the worker URL was fixed, without the old failure notice', async function () {
    this.timeout(60_000);
    configure({ workerUrl: '/__test/status/404' });
    const error = nextMapError();
    const map = await fixture<KnMap>(template());
    await expectStartFailure(map, await within(error, 'the kn-error of the map', WAIT_MS), 'maplibre-worker-failed');
    const parent = map.parentElement!;
    map.remove();
    await nextTask(); // taken out for good (a move within one task keeps the map as it is)
    configure({ workerUrl: undefined });
    parent.append(map);
    await within(map.ready, 'map.ready after the element was put back', WAIT_MS);
    await map.updateComplete;
    expect(noticeText(map)).to.not.contain(msg('de', 'error.maplibre-worker-failed'));
    expect(map.map!.queryRenderedFeatures({ layers: ['basemap-district-labels'] })).to.not.be.empty;
  });
});

/** The `kn-error` details of the maps in a framed page, recorded from its start. */
type FramedWindow = Window & { knErrors: { code: string; message: string }[]; customElements: CustomElementRegistry };

/**
 * A page in a frame of its own (its own MapLibre and worker pool) with the map of `template()`: `head` goes before
 * the library's module. Resolves with the frame's window once the page
 * has loaded and `kn-map` is defined; `knErrors` holds the map's `kn-error` details from the start.
 */
async function framedPage(head: string, libraryUrl: string): Promise<FramedWindow> {
  const frame = await fixture<HTMLIFrameElement>(html`<iframe style="width:520px;height:360px;border:0"></iframe>`);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="de"><head><meta charset="utf-8">${head}
    <script>
      window.knErrors = [];
      addEventListener('kn-error', (event) => event.target.localName === 'kn-map' && knErrors.push(event.detail), true);
    </script>
    <script type="module" src="${libraryUrl}"></script></head>
    <body style="margin:0"><kn-map style="width:500px;height:320px">
      <kn-geojson-layer src="/src/assets/data/wlan-hotspots.geojson" label="Konstanz-WLAN"></kn-geojson-layer>
      <p id="ohne-js">Die Standorte gibt es auch als <a href="/src/assets/data/wlan-hotspots.geojson">GeoJSON-Datei</a>.</p>
    </kn-map></body></html>`;
  await loaded;
  const win = frame.contentWindow as FramedWindow;
  await until(() => !!win.customElements.get('kn-map'), 'kn-map to be defined in the frame', WAIT_MS);
  return win;
}

/** The first `kn-error` of the map in a framed page, as the event the checks take. */
async function framedMapError(win: FramedWindow): Promise<KnErrorEvent> {
  await until(() => win.knErrors.length > 0, 'the kn-error of the map', WAIT_MS);
  return { detail: win.knErrors[0] } as KnErrorEvent;
}

describe('<kn-map> whose MapLibre cannot start, on pages of their own', () => {
  it('says so when a Content-Security-Policy blocks MapLibre\'s worker', async function () {
    this.timeout(40_000);
    // Chromium refuses the worker with an error event (a browser that refused it silently would be caught by the
    // basemap time-out, as the silent worker above).
    const win = await framedPage(`<meta http-equiv="Content-Security-Policy" content="worker-src 'none'">`, '/src/define.ts');
    const map = win.document.querySelector('kn-map') as KnMap;
    await expectStartFailure(map, await framedMapError(win), 'maplibre-worker-failed');
  });

  it('says so when the CDN build\'s MapLibre chunk is missing on the server (needs the build)', async function () {
    this.timeout(40_000);
    const chunk = await cdnChunk(/^maplibre-gl-[\w-]+\.js$/);
    expect(chunk, 'the CDN build names its MapLibre chunk').to.be.a('string');
    // The chunk's URL answers 404, as on a server the folder was copied to without it.
    const importMap = JSON.stringify({ imports: { [`/dist/cdn/${chunk}`]: '/__test/status/404' } });
    const win = await framedPage(`<script type="importmap">${importMap}</script>`, '/dist/cdn/kn-map-elements.js');
    const map = win.document.querySelector('kn-map') as KnMap;
    await expectStartFailure(map, await framedMapError(win), 'maplibre-load-failed');
  });
});
