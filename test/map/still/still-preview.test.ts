import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import type { KnDataLayer } from '../../../src/layers/data-layer.js';
import { KONSTANZ_PALETTE } from '../../../src/map/basemaps/konstanz-style.js';
import type { KnMap } from '../../../src/map/kn-map.js';
import { WLAN_COLOR } from '../../../src/layers/wlan/wlan-style.js';
import { PROJECTS_COLOR } from '../../../src/layers/projects/projects.js';
import { renderedBox } from '../../helpers/map.js';
import { styleId, until, within } from '../../helpers/harness.js';
import { readFrame, rgbDistance, type Frame } from '../../helpers/pixels.js';
import type { Rgb } from '../../../src/symbols/contrast.js';

/**
 * The still picture before MapLibre: MapLibre's module is held back on the server (a gate in an import map of a page
 * of its own), so what the visitor sees first can be looked at, then let through, and the live map's first full
 * frame compared with it.
 */

const WAIT_MS = 30_000;
const MAPLIBRE = '/node_modules/maplibre-gl/dist/maplibre-gl.mjs';

type FramedWindow = Window & typeof globalThis & { knErrors: { code: string; message: string }[] };

/** A page of its own whose MapLibre module waits at the gate `gate` until it is opened. */
async function gatedPage(gate: string, body: string, width = 680): Promise<FramedWindow> {
  const frame = await fixture<HTMLIFrameElement>(html`<iframe style="width:${width}px;height:520px;border:0"></iframe>`);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const importMap = JSON.stringify({ imports: { [MAPLIBRE]: `/__test/gate/${gate}?to=${MAPLIBRE}` } });
  frame.srcdoc = `<!doctype html><html lang="de"><head><meta charset="utf-8"><script type="importmap">${importMap}</script>
    <script>window.knErrors = []; addEventListener('kn-error', (event) => knErrors.push(event.detail), true);</script>
    <script type="module" src="/src/define.ts"></script></head><body style="margin:0">${body}</body></html>`;
  await loaded;
  const win = frame.contentWindow as FramedWindow;
  await until(() => !!win.customElements.get('kn-map'), 'kn-map to be defined in the frame', WAIT_MS);
  return win;
}

const stillCanvas = (map: KnMap) => map.shadowRoot!.querySelector<HTMLCanvasElement>('canvas.still-view');
const stillDrawn = (map: KnMap) => !!stillCanvas(map) && (map as unknown as { still: { drawn: boolean } }).still.drawn;
/** Whether the still picture's last drawing has features of each of these layers (its hits: what it drew where). */
const stillHas = (map: KnMap, ...layers: Element[]) => {
  const hits = (map as unknown as { still: { hits: { owner: Element }[] } }).still.hits;
  return stillDrawn(map) && layers.every((layer) => hits.some((hit) => hit.owner === layer));
};

/** The still picture's pixels, as a frame (CSS pixels × its ratio). */
function stillFrame(canvas: HTMLCanvasElement): Frame {
  const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
  return { width: canvas.width, height: canvas.height, ratio: canvas.width / canvas.clientWidth, data };
}

function pixel(frame: Frame, [x, y]: [number, number]): Rgb {
  const i = (Math.round(y * frame.ratio) * frame.width + Math.round(x * frame.ratio)) * 4;
  return [frame.data[i], frame.data[i + 1], frame.data[i + 2]];
}

/** A place in the lake (Überlinger See), on land outside the city (Bodanrück) and in the city (Wollmatingen). */
const LAKE: [number, number] = [9.222, 47.718];
const LAND: [number, number] = [9.03, 47.745];
const CITY: [number, number] = [9.133, 47.694];

describe('<kn-map> before MapLibre has loaded', () => {
  it("draws the first view at once, and the live map's first full frame shows the same view in the same place", async function () {
    this.timeout(90_000);
    const gate = `still-${Math.random().toString(36).slice(2)}`;
    const win = await gatedPage(gate, '<kn-map style="width:640px;height:480px"><kn-wlan-layer></kn-wlan-layer></kn-map>');
    const map = win.document.querySelector('kn-map') as KnMap;
    const layer = win.document.querySelector('kn-wlan-layer') as KnDataLayer;
    await until(() => layer.features.length > 0 && !!stillCanvas(map), 'the hotspots and the still picture', WAIT_MS);
    await until(() => win.performance.getEntriesByName('kn-map:first-pixels').length > 0, 'the first pixels mark', WAIT_MS);
    await until(() => stillHas(map, layer), 'the still picture drawn with the hotspots', WAIT_MS);
    await map.updateComplete;
    expect(map.map, 'MapLibre is held back').to.equal(undefined);
    const canvas = stillCanvas(map)!;
    expect(canvas.getAttribute('part')).to.equal('still-view');
    expect(canvas.getAttribute('role')).to.equal('img');
    expect(canvas.getAttribute('aria-label')).to.contain('Vorschaubild');
    expect(map.shadowRoot!.querySelector('.status'), 'no loading notice over the picture').to.equal(null);
    const before = stillFrame(canvas);

    await fetch(`/__test/gate/${gate}/open`);
    await within(map.ready, 'map.ready', WAIT_MS);
    await until(() => !stillCanvas(map), 'the still picture to make way', WAIT_MS);
    expect(win.performance.getEntriesByName('kn-map:first-pixels')).to.have.length(1);
    expect(win.knErrors).to.deep.equal([]);
    const live = readFrame(map.map!);
    const at = (lngLat: [number, number]) => {
      const { x, y } = map.map!.project(lngLat);
      return [x, y] as [number, number];
    };

    // The basemap, in the same place: the lake, the land and the city in their colours, before and after.
    for (const [name, lngLat, colour] of [['lake', LAKE, KONSTANZ_PALETTE.water], ['land', LAND, KONSTANZ_PALETTE.land], ['city', CITY, KONSTANZ_PALETTE.city]] as const) {
      const point = at(lngLat);
      expect(rgbDistance(pixel(live, point), colour), `${name} on the live map`).to.be.below(12);
      expect(rgbDistance(pixel(before, point), colour), `${name} in the still picture`).to.be.below(12);
    }
    // A hotspot the live map draws on its own (not in a cluster) is in the picture at the same place, in its colour.
    const [hotspot] = map.map!.queryRenderedFeatures({ layers: [styleId(layer, 'active')] });
    expect(hotspot, 'a single hotspot on the live map').to.not.equal(undefined);
    const centre = at((hotspot.geometry as GeoJSON.Point).coordinates as [number, number]);
    expect(rgbDistance(pixel(live, centre), WLAN_COLOR)).to.be.below(40);
    expect(rgbDistance(pixel(before, centre), WLAN_COLOR)).to.be.below(40);

    // The whole picture: nearly every point of a grid has the same colour before and after (text is drawn in
    // another font, and edges fall on other pixels where they are a pixel apart).
    let same = 0;
    let all = 0;
    for (let y = 8; y < 480; y += 16)
      for (let x = 8; x < 640; x += 16) {
        all++;
        if (rgbDistance(pixel(before, [x, y]), pixel(live, [x, y])) < 40) same++;
      }
    expect(same / all).to.be.above(0.9);
  });

  it('shows the pan buttons only where they stay: not over a credit line that comes a source at a time while MapLibre starts', async function () {
    // The demo's frames: the arrows bottom right appeared with the live map's controls, then climbed twice as the
    // credits of the sources came (one line "MapLibre", then two lines), over the still picture.
    this.timeout(90_000);
    const gate = `pan-${Math.random().toString(36).slice(2)}`;
    // (wider than 640 px: MapLibre's credits as a line, not behind the ⓘ)
    const win = await gatedPage(gate, '<kn-map style="width:900px;height:480px"><kn-wlan-layer></kn-wlan-layer><kn-projects-layer></kn-projects-layer></kn-map>', 940);
    const map = win.document.querySelector('kn-map') as KnMap;
    await until(() => stillDrawn(map), 'the still picture drawn', WAIT_MS);
    // Every frame from here on: where the pan buttons are while they can be seen.
    const seen = new Set<number>();
    let watching = true;
    const watch = () => {
      const pan = map.shadowRoot!.querySelector<HTMLElement>('.kn-pan');
      if (pan && win.getComputedStyle(pan).visibility === 'visible' && pan.getClientRects().length) seen.add(Math.round(pan.getBoundingClientRect().top));
      if (watching) win.requestAnimationFrame(watch);
    };
    win.requestAnimationFrame(watch);
    await fetch(`/__test/gate/${gate}/open`);
    await within(map.ready, 'map.ready', WAIT_MS);
    // As the live map takes over, its credit line names every source drawn (not "MapLibre" alone, growing a moment later).
    const line = map.shadowRoot!.querySelector('.maplibregl-ctrl-attrib-inner')!.textContent!;
    expect(line).to.contain('WLAN: Stadtwerke Konstanz');
    expect(line).to.contain('Smart Green City');
    await until(() => !stillCanvas(map), 'the still picture to make way', WAIT_MS);
    for (let frames = 0; frames < 3; frames++) await new Promise((resolve) => win.requestAnimationFrame(resolve));
    watching = false;
    const credits = map.shadowRoot!.querySelector<HTMLElement>('.maplibregl-ctrl-attrib')!;
    expect(credits.getBoundingClientRect().height, 'the credits take more than one line').to.be.above(20);
    expect([...seen], 'the pan buttons seen at one height only').to.have.length(1);
    expect(win.knErrors).to.deep.equal([]);
  });

  it('draws the first view when its basemap files come only after the live map was made, and keeps it until the hand-over', async function () {
    // A fast network and a slow processor (the demo on a phone): MapLibre's module was in before the basemap's files,
    // and the picture, frozen as the live map was made, stayed an empty box for seconds (4× CPU, the demo).
    this.timeout(90_000);
    const gate = `worker-${Math.random().toString(36).slice(2)}`;
    const frame = await fixture<HTMLIFrameElement>(html`<iframe style="width:680px;height:520px;border:0"></iframe>`);
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    // The page holds the basemap's files (its own fetches) until told; MapLibre's worker waits at a gate, so that the
    // live map cannot draw its first frame (and take the picture away) before the test has looked.
    frame.srcdoc = `<!doctype html><html lang="de"><head><meta charset="utf-8">
      <script>
        window.knErrors = []; addEventListener('kn-error', (event) => knErrors.push(event.detail), true);
        const held = []; const realFetch = window.fetch.bind(window);
        window.heldFiles = () => held.length;
        window.releaseFiles = () => { window.filesOpen = true; held.splice(0).forEach((go) => go()); };
        window.fetch = (input, init) => {
          const url = String(input instanceof Request ? input.url : input);
          const path = new URL(url, location.href).pathname;
          if (window.filesOpen || !path.includes('/assets/data/') || !path.endsWith('.geojson')) return realFetch(input, init);
          return new Promise((resolve) => held.push(() => resolve(realFetch(input, init))));
        };
      </script>
      <script type="module">
        import { configure } from '/src/config.ts';
        // (the worker watch's limit is the basemap time-out: long, so that a busy machine does not end the test)
        configure({ workerUrl: '/__test/gate/${gate}?to=/node_modules/maplibre-gl/dist/maplibre-gl-worker.mjs', basemapTimeoutMs: 600000 });
      </script>
      <script type="module" src="/src/define.ts"></script></head>
      <body style="margin:0"><kn-map style="width:640px;height:480px"><kn-wlan-layer></kn-wlan-layer></kn-map></body></html>`;
    await loaded;
    const win = frame.contentWindow as FramedWindow & { heldFiles(): number; releaseFiles(): void };
    await until(() => !!win.customElements.get('kn-map'), 'kn-map to be defined in the frame', WAIT_MS);
    const map = win.document.querySelector('kn-map') as KnMap;
    const layer = win.document.querySelector('kn-wlan-layer') as KnDataLayer;
    await until(() => !!map.map, 'the live map made (MapLibre in) while the basemap files are held', WAIT_MS);
    expect(win.heldFiles(), 'basemap files held').to.be.above(0);
    expect(stillDrawn(map), 'nothing drawn yet').to.equal(false);

    win.releaseFiles();
    await until(() => stillDrawn(map), 'the still picture drawn once its files are in', WAIT_MS);
    expect(win.performance.getEntriesByName('kn-map:first-pixels')).to.have.length(1);
    await map.updateComplete;
    expect(map.shadowRoot!.querySelector('.status'), 'no loading notice over the picture').to.equal(null);
    const lake = stillFrame(stillCanvas(map)!);
    const still = (map as unknown as { still: { shownCamera: { center: [number, number]; zoom: number }; hits: unknown[] } }).still;
    const shown = { ...still.shownCamera };
    // It stays as it is: a change that would draw it again (the layer's data, the language) draws nothing.
    const hits = still.hits;
    map.lang = 'en';
    await map.updateComplete;
    for (let frames = 0; frames < 3; frames++) await new Promise((resolve) => win.requestAnimationFrame(resolve));
    expect(still.hits === hits, 'not drawn again after the first drawing').to.equal(true);

    await fetch(`/__test/gate/${gate}/open`);
    await within(map.ready, 'map.ready', WAIT_MS);
    // The live map takes over in the view the picture showed (no jump at the hand-over).
    expect(map.map!.getZoom()).to.be.closeTo(shown.zoom, 1e-6);
    expect(map.map!.getCenter().lng).to.be.closeTo(shown.center[0], 1e-6);
    expect(map.map!.getCenter().lat).to.be.closeTo(shown.center[1], 1e-6);
    await until(() => !stillCanvas(map), 'the still picture to make way', WAIT_MS);
    expect(layer.features.length).to.be.above(0);
    expect(win.knErrors).to.deep.equal([]);
    // What the picture showed was the basemap: the lake where the live map has it.
    const { x, y } = map.map!.project(LAKE);
    expect(rgbDistance(pixel(lake, [x, y]), KONSTANZ_PALETTE.water), 'the lake in the still picture').to.be.below(12);
  });

  it('stands the clusters of two layers that meet beside each other, none hidden, in the still picture where the live map draws them', async function () {
    this.timeout(90_000);
    const gate = `clusters-${Math.random().toString(36).slice(2)}`;
    const win = await gatedPage(gate, '<kn-map style="width:390px;height:520px"><kn-projects-layer></kn-projects-layer><kn-wlan-layer></kn-wlan-layer></kn-map>');
    const map = win.document.querySelector('kn-map') as KnMap;
    const [projects, wlan] = [...win.document.querySelectorAll('kn-projects-layer, kn-wlan-layer')] as KnDataLayer[];
    await until(() => stillHas(map, projects, wlan), 'the still picture drawn with both layers', WAIT_MS);
    await map.updateComplete;
    const before = stillFrame(stillCanvas(map)!);
    await fetch(`/__test/gate/${gate}/open`);
    await within(map.ready, 'map.ready', WAIT_MS);
    await until(() => !stillCanvas(map), 'the still picture to make way', WAIT_MS);
    const live = readFrame(map.map!);
    const m = map.map!;

    // Every cluster in view, where the live map draws its badge (it may stand beside its point).
    const badges = [
      [projects, PROJECTS_COLOR],
      [wlan, WLAN_COLOR],
    ].flatMap(([layer, colour]) => {
      const id = styleId(layer as KnDataLayer, 'clusters');
      return m.queryRenderedFeatures({ layers: [id] }).map((cluster) => {
        const point = m.project((cluster.geometry as GeoJSON.Point).coordinates as [number, number]);
        const box = renderedBox(m, id, (feature) => feature.properties.cluster_id === cluster.properties.cluster_id, point);
        expect(box, `the badge of a cluster of ${cluster.properties.point_count}`).to.be.ok;
        return { layer, colour: colour as string, count: cluster.properties.point_count, point, at: box! };
      });
    });
    expect(badges.filter((badge) => badge.layer === projects).length, 'project clusters in view').to.be.above(0);
    expect(badges.filter((badge) => badge.layer === wlan).length, 'WLAN clusters in view').to.be.above(0);
    const moved = badges.filter((badge) => Math.hypot(badge.at.x - badge.point.x, badge.at.y - badge.point.y) > 10);
    expect(moved.length, 'a badge moved beside another one (this view has clusters that meet)').to.be.above(0);
    // No two badges of different layers cover each other (a badge is 32 px high and at least as wide).
    for (const a of badges)
      for (const b of badges)
        if (a.layer !== b.layer) expect(Math.max(Math.abs(a.at.x - b.at.x), Math.abs(a.at.y - b.at.y)), `clusters of ${a.count} and ${b.count}`).to.be.at.least(28);
    // Each badge, in its layer's colour (above its count), at the same place in the still picture as on the live map.
    for (const badge of badges) {
      const above: [number, number] = [badge.at.x, badge.at.y - 11];
      expect(rgbDistance(pixel(live, above), badge.colour), `cluster of ${badge.count} on the live map`).to.be.below(40);
      expect(rgbDistance(pixel(before, above), badge.colour), `cluster of ${badge.count} in the still picture`).to.be.below(40);
    }
  });

  it('shows the poster of an external basemap while MapLibre loads, and reports a poster that is no address', async function () {
    this.timeout(60_000);
    const poster = `/__test/text?type=image/svg%2Bxml&body=${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30"><rect width="40" height="30" fill="#ff00ff"/></svg>')}`;
    const win = await gatedPage(
      `poster-${Math.random().toString(36).slice(2)}`,
      `<kn-map id="a" basemap="/__test/status/404.json" poster="${poster.replace(/"/g, '&quot;')}" style="width:300px;height:200px"></kn-map>
       <kn-map id="b" basemap="/__test/status/404.json" poster="javascript:alert(1)" style="width:300px;height:200px"></kn-map>`,
    );
    const [withPoster, invalid] = [win.document.getElementById('a') as KnMap, win.document.getElementById('b') as KnMap];
    await until(() => !!stillCanvas(withPoster) && (withPoster as unknown as { still: { drawn: boolean } }).still.drawn, 'the poster to be drawn', WAIT_MS);
    const drawn = stillFrame(stillCanvas(withPoster)!);
    expect(rgbDistance(pixel(drawn, [150, 100]), '#ff00ff')).to.be.below(8);
    // The invalid one says so and shows the offline drawing of Konstanz instead.
    await until(() => win.knErrors.some((error) => error.code === 'invalid-attribute' && error.message.includes('poster')), 'the invalid poster reported', WAIT_MS);
    await until(() => !!stillCanvas(invalid) && (invalid as unknown as { still: { drawn: boolean } }).still.drawn, 'the offline drawing', WAIT_MS);
    const offline = stillFrame(stillCanvas(invalid)!);
    const colours = [pixel(offline, [5, 5]), pixel(offline, [150, 100]), pixel(offline, [295, 195])];
    expect(colours.some((colour) => [KONSTANZ_PALETTE.land, KONSTANZ_PALETTE.water, KONSTANZ_PALETTE.city].some((c) => rgbDistance(colour, c) < 12))).to.equal(true);
  });
});
