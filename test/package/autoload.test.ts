// Issue 15, item 1: the CDN script is an autoloader; a page downloads only the elements it uses.
import { sendMouse } from '@web/test-runner-commands';
import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import { createAutoloader, undefinedTags, type ModuleTable } from '../../src/autoload/autoloader.js';
import { ELEMENT_MODULES } from '../../src/autoload/element-modules.js';
import { konstanzStyle } from '../../src/map/basemaps/konstanz-style.js';
import { geoJsonUrls } from '../../src/map/still/basemap-data.js';
import type { KnMap } from '../../src/map/kn-map.js';
import { LIBRARY_ELEMENTS } from '../../src/map/unknown-elements.js';
import { until, within } from '../helpers/harness.js';
import { nextFrame } from '../helpers/map.js';
import { readFrame, rgbDistance } from '../helpers/pixels.js';

const WAIT_MS = 30_000;

/** A table of fake modules that "define" their tag in `registry` when imported, counting the imports. */
function fakeModules(tags: string[], { failFirst = new Set<string>() } = {}) {
  const defined = new Map<string, CustomElementConstructor>();
  const registry = { get: (tag: string) => defined.get(tag) };
  const imports: string[] = [];
  const table: ModuleTable = Object.fromEntries(
    tags.map((tag) => [
      tag,
      async () => {
        imports.push(tag);
        if (failFirst.delete(tag)) throw new Error(`${tag}: no such file`);
        defined.set(tag, class extends HTMLElement {});
      },
    ]),
  );
  return { table, registry, imports };
}

describe('the autoloader (pure parts, with fake modules)', () => {
  it('knows the module of every element of the library, and of nothing else', () => {
    expect(Object.keys(ELEMENT_MODULES).sort()).to.deep.equal([...LIBRARY_ELEMENTS].sort());
  });

  it('finds the undefined tags of its table inside a root and the root itself, each once, and leaves unknown kn- tags alone', async () => {
    const root = await fixture<HTMLElement>(html`<kn-a><p><kn-b></kn-b><kn-foo></kn-foo><kn-b></kn-b></p><template><kn-c></kn-c></template></kn-a>`);
    const { table, registry } = fakeModules(['kn-a', 'kn-b', 'kn-c']);
    expect(undefinedTags(root, table, registry)).to.deep.equal(['kn-a', 'kn-b']); // a template's content is no part of the page
    const fragment = document.createRange().createContextualFragment('<kn-c></kn-c>');
    expect(undefinedTags(fragment, table, registry)).to.deep.equal(['kn-c']);
    expect(undefinedTags(root, table, { get: (tag) => (tag === 'kn-a' ? HTMLElement : undefined) })).to.deep.equal(['kn-b']);
  });

  it('imports each module once, however often its tag appears, and resolves once they are defined', async () => {
    const { table, registry, imports } = fakeModules(['kn-a', 'kn-b']);
    const loader = createAutoloader(table, registry);
    const root = await fixture<HTMLElement>(html`<div><kn-a></kn-a><kn-b></kn-b><kn-a></kn-a><kn-foo></kn-foo></div>`);
    await Promise.all([loader.discover(root), loader.discover(root)]);
    expect(imports.sort()).to.deep.equal(['kn-a', 'kn-b']);
    expect(registry.get('kn-a')).to.not.equal(undefined);
    await loader.discover(root);
    expect(imports, 'nothing imported again').to.have.length(2);
  });

  it('watches a shadow root it is given: tags added there later are imported too', async () => {
    const { table, registry, imports } = fakeModules(['kn-a', 'kn-b']);
    const loader = createAutoloader(table, registry);
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<kn-a></kn-a>';
    await loader.watch(shadow);
    expect(imports).to.deep.equal(['kn-a']);
    shadow.append(document.createElement('section'));
    shadow.querySelector('section')!.innerHTML = '<kn-b></kn-b>';
    await until(() => imports.includes('kn-b'), 'the import of kn-b added to the watched shadow root');
    expect(registry.get('kn-b')).to.not.equal(undefined);
  });

  it('names a module that could not be loaded on the console, and tries again when its tag appears again', async () => {
    const { table, registry, imports } = fakeModules(['kn-a'], { failFirst: new Set(['kn-a']) });
    const loader = createAutoloader(table, registry);
    const logged: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => logged.push(args);
    try {
      const root = await fixture<HTMLElement>(html`<div><kn-a></kn-a></div>`);
      await loader.discover(root);
      expect(registry.get('kn-a')).to.equal(undefined);
      expect(String(logged[0]?.[0])).to.contain('<kn-a> could not be loaded');
      await loader.discover(root);
      expect(imports).to.deep.equal(['kn-a', 'kn-a']);
      expect(registry.get('kn-a')).to.not.equal(undefined);
    } finally {
      console.error = original;
    }
  });
});

type FramedWindow = Window & {
  customElements: CustomElementRegistry;
  kn?: { watch(root: ShadowRoot): Promise<void>; discover(root: ParentNode): Promise<void>; configure(settings: object): void };
  pageErrors: string[];
};

/** The element a CDN chunk defines, by its file name (`kn-wlan-layer-D-m7_T0J.js`: rollup's 8-character hash). */
function elementOfChunk(url: string): string | undefined {
  const file = new URL(url).pathname.split('/').pop()!;
  return LIBRARY_ELEMENTS.find((tag) => file.startsWith(`${tag}-`) && file.length === tag.length + 1 + 8 + '.js'.length);
}

/** A page of its own in a frame, loading `script` of the CDN build (needs the build: npm test builds first). */
async function framedPage(script: string, body: string, head = ''): Promise<{ win: FramedWindow; doc: Document }> {
  const response = await fetch(`/dist/cdn/${script}`);
  expect(response.ok, `dist/cdn/${script} (run npm run build first)`).to.equal(true);
  const frame = await fixture<HTMLIFrameElement>(html`<iframe style="width:620px;height:420px;border:0"></iframe>`);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="de"><head><meta charset="utf-8">
    <script>
      window.pageErrors = [];
      addEventListener('error', (event) => pageErrors.push(event.message));
      addEventListener('unhandledrejection', (event) => pageErrors.push(String(event.reason)));
    </script>${head}
    <script type="module">import * as kn from '/dist/cdn/${script}'; window.kn = kn;</script></head>
    <body style="margin:0">${body}</body></html>`;
  await loaded;
  const win = frame.contentWindow as FramedWindow;
  await until(() => !!win.kn, `the frame to import ${script}`, WAIT_MS);
  return { win, doc: frame.contentDocument! };
}

/** The file name of the chunk `name` (`kn-map`, `map-core` …) as the CDN file `file` imports it (the tests hold it back or break it). */
async function chunkIn(file: string, name: string): Promise<string> {
  const code = await (await fetch(`/dist/cdn/${file}`)).text();
  const chunk = new RegExp(`"\\./(${name}-[\\w-]{8}\\.js)"`).exec(code)?.[1];
  expect(chunk, `${name}'s chunk named in ${file}`).to.be.a('string');
  return chunk!;
}

/**
 * A framed CDN page with a ready map (the WLAN layer, Marktstätte's hotspot in the middle at zoom 17) whose picking's
 * chunk is imported from `to(its file name)` instead (a file that is not there, a gate).
 */
async function pickingPage(to: (chunk: string) => string): Promise<{ win: FramedWindow; map: KnMap }> {
  const pick = await chunkIn(await chunkIn(await knMapChunk(), 'map-core'), 'pick-controller');
  const importMap = JSON.stringify({ imports: { [new URL(`/dist/cdn/${pick}`, location.href).href]: to(pick) } });
  const { win, doc } = await framedPage(
    'kn-map-elements.js',
    `<kn-map center="9.1755,47.6604" zoom="17" style="display:block;width:600px;height:400px"><kn-wlan-layer></kn-wlan-layer></kn-map>`,
    `<script type="importmap">${importMap}</script>`,
  );
  const map = doc.querySelector('kn-map') as KnMap;
  await within(win.customElements.whenDefined('kn-map'), 'kn-map defined in the frame');
  await within(map.ready, 'the map ready', WAIT_MS);
  return { win, map };
}

/**
 * A framed page of the CDN loader with `body`, whose import of `chunk` is held at a gate (an import map in the frame)
 * until the test asks `/__test/gate/<gate>/open`: what comes before it can be looked at.
 */
async function heldChunkPage(chunk: string, body: string): Promise<{ win: FramedWindow; doc: Document; gate: string }> {
  const gate = `held-${Math.random().toString(36).slice(2)}`;
  const importMap = JSON.stringify({ imports: { [new URL(`/dist/cdn/${chunk}`, location.href).href]: `/__test/gate/${gate}?to=/dist/cdn/${chunk}` } });
  return { ...(await framedPage('kn-map-elements.js', body, `<script type="importmap">${importMap}</script>`)), gate };
}

/** `file` of the CDN build and every chunk it imports statically, and theirs (read from the files). */
async function staticClosure(file: string, seen = new Set<string>()): Promise<Set<string>> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = await (await fetch(`/dist/cdn/${file}`)).text();
  // Static imports only: `import … from"./x.js"` and `import"./x.js"`, not `import("./x.js")`.
  for (const [, imported] of code.matchAll(/(?:from|import)\s*"\.\/([\w-]+\.js)"/g)) await staticClosure(imported, seen);
  return seen;
}

/** The file name of `<kn-map>`'s chunk, as the CDN loader imports it. */
const knMapChunk = (): Promise<string> => chunkIn('kn-map-elements.js', 'kn-map');

/** The elements whose chunks the framed page requested so far. */
const requestedElements = (win: Window) =>
  [...new Set(win.performance.getEntriesByType('resource').map((entry) => elementOfChunk(entry.name)).filter((tag) => tag !== undefined))].sort();

describe('the CDN script kn-map-elements.js (the autoloader, needs the build)', () => {
  it('loads only the modules of the elements on the page, and an element added later when it appears', async function () {
    this.timeout(60_000);
    const { win, doc } = await framedPage(
      'kn-map-elements.js',
      `<kn-map style="display:block;width:600px;height:400px"><kn-wlan-layer></kn-wlan-layer></kn-map>`,
    );
    const map = doc.querySelector('kn-map') as KnMap;
    await within(win.customElements.whenDefined('kn-map'), 'kn-map defined in the frame');
    await within(map.ready, 'the map ready', WAIT_MS);
    expect(map.map!.queryRenderedFeatures({ layers: ['basemap-district-labels'] })).to.not.be.empty;
    expect(win.customElements.get('kn-wlan-layer'), 'kn-wlan-layer').to.not.equal(undefined);
    expect(win.customElements.get('kn-legend'), 'kn-legend, not on the page').to.equal(undefined);
    expect(requestedElements(win)).to.deep.equal(['kn-map', 'kn-wlan-layer']);
    // Nor what the map and the layer use only when a visitor turns to the map or the data asks for it.
    const lazy = /\/(feature-walk|pick-controller|view-data-controller|tile-set-controller|csv|reproject|fetch-style|coordinate-check)-[\w-]{8}\.js$/;
    expect(win.performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => lazy.test(name))).to.deep.equal([]);
    expect(win.performance.getEntriesByType('resource').length, 'every request listed (the browser keeps 250)').to.be.below(250);

    // Later: a legend (known) and a misspelt element (unknown, left alone) in the same change.
    const legend = doc.createElement('kn-legend');
    legend.slot = 'top-left';
    map.append(legend, doc.createElement('kn-foo'));
    await within(win.customElements.whenDefined('kn-legend'), 'kn-legend defined after it was added');
    await until(() => !!legend.shadowRoot?.textContent?.includes('WLAN'), 'the legend showing the WLAN layer');
    expect(win.customElements.get('kn-foo')).to.equal(undefined);
    expect(requestedElements(win)).to.deep.equal(['kn-legend', 'kn-map', 'kn-wlan-layer']);
    expect(win.pageErrors).to.deep.equal([]);
  });

  it('defines elements inside a shadow root the page hands to watch(), also those added there later', async function () {
    this.timeout(60_000);
    const { win, doc } = await framedPage('kn-map-elements.js', '<div id="host"></div>');
    const shadow = doc.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<kn-year-slider></kn-year-slider>';
    await within(win.kn!.watch(shadow), 'watch(shadowRoot)');
    expect(win.customElements.get('kn-year-slider')).to.not.equal(undefined);
    expect(shadow.querySelector('kn-year-slider')!.matches(':defined')).to.equal(true);
    shadow.append(doc.createElement('kn-filter-chips'));
    await within(win.customElements.whenDefined('kn-filter-chips'), 'kn-filter-chips added to the watched shadow root');
    expect(win.pageErrors).to.deep.equal([]);
  });

  it('starts maplibre at once for a map in view, and not for a map far down the page until it is scrolled to', async function () {
    this.timeout(60_000);
    const maplibreRequested = (win: Window) => win.performance.getEntriesByType('resource').some((entry) => /\/maplibre-gl-[\w-]{8}\.js$/.test(entry.name));
    // Far below the fold: the map module loads (the tag is on the page), maplibre only once a visitor scrolls near.
    const far = await framedPage('kn-map-elements.js', `<div style="height:5000px"></div><kn-map style="display:block;width:600px;height:400px"></kn-map>`);
    await within(far.win.customElements.whenDefined('kn-map'), 'kn-map defined');
    const farMap = far.doc.querySelector('kn-map') as KnMap;
    await until(() => !!farMap.shadowRoot, 'the far map rendered');
    expect(maplibreRequested(far.win), 'maplibre for a map 5000 px below the view').to.equal(false);
    farMap.scrollIntoView();
    await within(farMap.ready, 'the far map ready once scrolled to', WAIT_MS);
    expect(maplibreRequested(far.win)).to.equal(true);

    // Hidden (a closed tab, display:none): its empty rectangle is no reason to fetch MapLibre.
    const hidden = await framedPage('kn-map-elements.js', `<div hidden><kn-map></kn-map></div>`);
    await within(hidden.win.customElements.whenDefined('kn-map'), 'kn-map defined in the hidden page');
    await until(() => !!hidden.doc.querySelector('kn-map')!.shadowRoot, 'the hidden map rendered');
    expect(maplibreRequested(hidden.win), 'maplibre for a map in a display:none box').to.equal(false);

    // In view: requested as the page starts (how much sooner than through the map module is the bench's to say:
    // bench/throttled.js, "maplibre chunk received").
    const near = await framedPage('kn-map-elements.js', `<kn-map style="display:block;width:600px;height:400px"></kn-map>`);
    await until(() => maplibreRequested(near.win), 'maplibre requested for the map in view');
    await within((near.doc.querySelector('kn-map') as KnMap).ready, 'the map in view ready', WAIT_MS);
    expect(near.win.pageErrors).to.deep.equal([]);
  });

  it('draws the first picture of a map in view before <kn-map> is defined, asks for MapLibre beside its files and for the map after them, and gives way to the map', async function () {
    this.timeout(60_000);
    // <kn-map>'s chunk is held at a gate (an import map in the frame), so that what comes before it can be looked at.
    const chunk = await knMapChunk();
    const { win, doc, gate } = await heldChunkPage(
      chunk,
      `<kn-map id="m" style="display:block;width:600px;height:400px"><kn-wlan-layer></kn-wlan-layer></kn-map><kn-legend data-map="m"></kn-legend>`,
    );
    const map = doc.querySelector('kn-map') as KnMap;
    const entries = () => win.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const requested = (pattern: RegExp) => entries().find((entry) => pattern.test(entry.name));
    await until(() => win.performance.getEntriesByName('kn-map:first-pixels', 'mark').length > 0, 'the first pixels in the frame', WAIT_MS);
    expect(win.customElements.get('kn-map'), '<kn-map> defined').to.equal(undefined);
    // A legend beside the map, defined before the map is: the layers are coming with the map, not missing.
    const legend = doc.querySelector('kn-legend')!;
    await until(() => legend.shadowRoot?.querySelector('p.muted')?.textContent === 'Ebenen werden geladen …', 'the legend waiting for the map and its layers', WAIT_MS);
    const earlyRoot = map.shadowRoot;
    const canvas = map.shadowRoot!.querySelector<HTMLCanvasElement>('canvas.early-still')!;
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    const painted = data.filter((value, index) => index % 4 === 3 && value === 255).length / (data.length / 4);
    expect(painted, 'share of the early picture painted').to.be.above(0.99);
    expect(requested(/\/early-picture-[\w-]{8}\.js$/), 'the early picture chunk').to.not.equal(undefined);
    // MapLibre is asked for once the picture's chunk is in (beside the basemap's files), <kn-map> once the files are.
    const files = Object.values(geoJsonUrls(konstanzStyle({ assetUrl: (path) => path, attribution: '' }))).map((path) => `/dist/cdn/assets/${path}`);
    await until(() => !!requested(/\/maplibre-gl-[\w-]{8}\.js$/), 'maplibre requested', WAIT_MS);
    expect(requested(/\/maplibre-gl-[\w-]{8}\.js$/)!.startTime).to.be.at.least(requested(/\/early-picture-[\w-]{8}\.js$/)!.responseEnd);
    const basemapFiles = entries().filter((entry) => files.some((file) => entry.name.endsWith(file)));
    expect(basemapFiles, 'each basemap file').to.have.length(files.length);
    await fetch(`/__test/gate/${gate}/open`);
    await within(win.customElements.whenDefined('kn-map'), 'kn-map defined once its chunk is let through', WAIT_MS);
    // (A request held at the gate has no resource entry until it is answered.)
    const mapChunk = requested(new RegExp(`/__test/gate/${gate}|/${chunk.replace('.', '\\.')}`));
    expect(mapChunk, "<kn-map>'s chunk").to.not.equal(undefined);
    expect(mapChunk!.startTime).to.be.at.least(Math.max(...basemapFiles.map((entry) => entry.responseEnd)));
    await within(map.ready, 'the map ready', WAIT_MS);
    // (Booleans: chai would print the whole shadow root on a failure, which takes minutes.)
    expect(map.shadowRoot === earlyRoot, 'the early shadow root adopted by <kn-map>').to.equal(true);
    expect(map.shadowRoot!.querySelector('canvas.early-still') === null, 'the early picture gone once the map is there').to.equal(true);
    expect(map.map!.queryRenderedFeatures({ layers: ['basemap-district-labels'] })).to.not.be.empty;
    expect(entries().filter((entry) => files.some((file) => entry.name.endsWith(file))), 'the basemap files fetched once').to.have.length(files.length);
    expect(win.pageErrors).to.deep.equal([]);
  });

  it('draws the first picture early for a map at a given centre and zoom with a search in its corner, the view the live map shows', async function () {
    // Corner controls keep only a fitted first view from an early picture (it keeps clear of them); a map that opens at
    // a centre and zoom shows the same view whatever is in its corners.
    this.timeout(60_000);
    const { win, doc, gate } = await heldChunkPage(
      await knMapChunk(),
      `<kn-map center="9.1757,47.66" zoom="14" style="display:block;width:600px;height:400px"><kn-search slot="top-left"></kn-search></kn-map>`,
    );
    const map = doc.querySelector('kn-map') as KnMap;
    await until(() => win.performance.getEntriesByName('kn-map:first-pixels', 'mark').length > 0, 'the first pixels in the frame', WAIT_MS);
    expect(win.customElements.get('kn-map'), '<kn-map> defined').to.equal(undefined);
    const early = map.shadowRoot!.querySelector<HTMLCanvasElement>('canvas.early-still')!;
    const before = early.getContext('2d')!.getImageData(0, 0, early.width, early.height);
    await fetch(`/__test/gate/${gate}/open`);
    await within(win.customElements.whenDefined('kn-map'), 'kn-map defined once its chunk is let through', WAIT_MS);
    await within(map.ready, 'the map ready', WAIT_MS);
    const live = readFrame(map.map!);
    expect([live.width, live.height]).to.deep.equal([before.width, before.height]);
    // Nearly every point of a grid has the same colour in the early picture and in the live map's first frame.
    let same = 0;
    let all = 0;
    for (let y = 8; y < 400; y += 16)
      for (let x = 8; x < 600; x += 16) {
        const i = (Math.round(y * live.ratio) * live.width + Math.round(x * live.ratio)) * 4;
        all++;
        if (rgbDistance([before.data[i], before.data[i + 1], before.data[i + 2]], [live.data[i], live.data[i + 1], live.data[i + 2]]) < 40) same++;
      }
    expect(same / all, 'the same view, in the same place').to.be.above(0.9);
    expect(win.pageErrors).to.deep.equal([]);
  });

  it('asks for all the chunks an element needs at once, not one level of imports after the other, and fetches each once', async function () {
    this.timeout(60_000);
    // The fibre layer's chunk is held at a gate: what its chunk imports (the map images, and their geometry, which only
    // it needs here) can then only have been asked for beside it (rollup-preload-dependencies.js), not after it was read.
    const chunk = await chunkIn('kn-map-elements.js', 'kn-fibre-layer');
    const needed = [...(await staticClosure(chunk))].filter((file) => file !== chunk);
    expect(needed.some((file) => file.startsWith('geometry-')) && needed.some((file) => file.startsWith('map-images-')), 'map-images and geometry among them').to.equal(true);
    const { win, doc, gate } = await heldChunkPage(
      chunk,
      `<kn-year-slider data-map="m"></kn-year-slider><kn-map id="m" style="display:block;width:600px;height:400px"><kn-fibre-layer></kn-fibre-layer></kn-map>`,
    );
    const fetched = (file: string) => win.performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith(`/dist/cdn/${file}`)).length;
    await until(() => needed.every((file) => fetched(file) > 0), `every chunk the fibre layer's chunk imports, while that one is held: ${needed.join(', ')}`, WAIT_MS);
    expect(win.customElements.get('kn-fibre-layer'), 'the fibre layer, its chunk held').to.equal(undefined);
    // Meanwhile the year slider says that layers are coming, not that there is none (as it did while a page loaded).
    const slider = doc.querySelector('kn-year-slider')!;
    await until(() => slider.shadowRoot?.querySelector('p.muted')?.textContent === 'Ebenen werden geladen …', 'the year slider waiting for the fibre layer', WAIT_MS);
    await fetch(`/__test/gate/${gate}/open`);
    await within(win.customElements.whenDefined('kn-fibre-layer'), 'kn-fibre-layer defined once its chunk is let through', WAIT_MS);
    const map = doc.querySelector('kn-map') as KnMap;
    await within(map.ready, 'the map ready', WAIT_MS);
    expect(map.map!.queryRenderedFeatures({ layers: ['kn-fibre-1-fill'] }), 'the districts drawn by the fibre layer').to.not.be.empty;
    expect(needed.filter((file) => fetched(file) !== 1), 'asked for early and then imported: each fetched once').to.deep.equal([]);
    expect(win.pageErrors).to.deep.equal([]);
  });

  it("takes the early picture away and shows the page's own content when <kn-map>'s module cannot be loaded", async function () {
    this.timeout(60_000);
    const chunk = await knMapChunk();
    // Its chunk is missing on the server (a bad deploy): the import map sends it to an address that answers 404.
    const importMap = JSON.stringify({ imports: { [new URL(`/dist/cdn/${chunk}`, location.href).href]: '/dist/cdn/not-deployed.js' } });
    const { win, doc } = await framedPage(
      'kn-map-elements.js',
      `<kn-map style="display:block;width:600px;height:400px"><p id="fallback">Die Karte zeigt die WLAN-Hotspots in Konstanz.</p></kn-map>`,
      `<script type="importmap">${importMap}</script>`,
    );
    const map = doc.querySelector('kn-map')!;
    // (Whether the picture got drawn before the loader gave up depends on how fast the 404 comes: not waited for.)
    await until(() => !!map.shadowRoot && !map.shadowRoot.querySelector('canvas'), 'the early picture started and taken away', WAIT_MS);
    expect(win.customElements.get('kn-map')).to.equal(undefined);
    const fallback = doc.getElementById('fallback')!;
    expect(fallback.checkVisibility() && fallback.offsetHeight > 0, "the page's text inside the map shown").to.equal(true);
    expect(win.pageErrors).to.deep.equal([]);
  });

  it('says which part could not be loaded (part-load-failed) when the keyboard help\'s chunk is missing, and the map goes on', async function () {
    this.timeout(60_000);
    // The chunks: <kn-map>'s imports map-core, which imports the keyboard help when it is first asked for.
    const help = await chunkIn(await chunkIn(await knMapChunk(), 'map-core'), 'keyboard-help');
    const importMap = JSON.stringify({ imports: { [new URL(`/dist/cdn/${help}`, location.href).href]: '/dist/cdn/not-deployed.js' } });
    const { win, doc } = await framedPage('kn-map-elements.js', `<kn-map style="display:block;width:600px;height:400px"></kn-map>`, `<script type="importmap">${importMap}</script>`);
    const map = doc.querySelector('kn-map') as KnMap;
    await within(win.customElements.whenDefined('kn-map'), 'kn-map defined in the frame');
    await within(map.ready, 'the map ready', WAIT_MS);
    const errors: { code: string; message: string }[] = [];
    map.addEventListener('kn-error', (event) => errors.push((event as CustomEvent).detail));
    map.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-label="Tastaturbefehle anzeigen"]')!.click();
    await until(() => errors.length > 0, 'a kn-error for the missing chunk', WAIT_MS);
    expect(errors[0].code).to.equal('part-load-failed');
    expect(errors[0].message).to.contain('Tastaturhilfe');
    expect(map.shadowRoot!.textContent, 'the notice in the map').to.contain('Ein Teil der Karte (die Tastaturhilfe) konnte nicht geladen werden');
    expect(map.map!.loaded() || map.map!.isStyleLoaded(), 'the map still live').to.equal(true);
    expect(map.shadowRoot!.querySelector('dialog.keyboard-help'), 'no dialog').to.equal(null);
    expect(win.pageErrors).to.deep.equal([]);
  });

  it('says once that choosing on the map could not be loaded when the picking\'s chunk is missing, and asks for it again at the next click', async function () {
    this.timeout(60_000);
    const { win, map } = await pickingPage(() => '/dist/cdn/not-deployed.js');
    const errors: { code: string; message: string }[] = [];
    map.addEventListener('kn-error', (event) => errors.push((event as CustomEvent).detail));
    const point = map.map!.project([9.175563, 47.660373]);
    const click = () => map.map!.fire('click', { point, lngLat: map.map!.unproject(point), originalEvent: new MouseEvent('click') });
    click();
    await until(() => errors.length > 0, 'a kn-error for the missing chunk', WAIT_MS);
    expect(errors[0].code).to.equal('part-load-failed');
    expect(map.shadowRoot!.textContent, 'the notice in the map').to.contain('Ein Teil der Karte (die Auswahl auf der Karte) konnte nicht geladen werden');
    // Asked for again at the next click (an import that failed is not cached), and not said again.
    const asked = () => win.performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith('/not-deployed.js')).length;
    const before = asked();
    click();
    await until(() => asked() > before, 'the chunk asked for again at the next click', WAIT_MS);
    await nextFrame(win);
    expect(errors.map((error) => error.code)).to.deep.equal(['part-load-failed']);
    expect(map.map!.isStyleLoaded(), 'the map still live').to.equal(true);
    expect(win.pageErrors).to.deep.equal([]);
  });

  it('shows the hand over a hotspot a mouse came onto in one move while the picking was still on its way', async function () {
    this.timeout(60_000);
    const gate = `pick-${Math.random().toString(36).slice(2)}`;
    const { win, map } = await pickingPage((pick) => `/__test/gate/${gate}?to=/dist/cdn/${pick}`);
    const frame = win.frameElement!.getBoundingClientRect();
    const canvas = map.map!.getCanvas();
    const box = canvas.getBoundingClientRect();
    const point = map.map!.project([9.175563, 47.660373]); // Marktstätte's hotspot
    await sendMouse({ type: 'move', position: [Math.round(frame.left + box.left + point.x), Math.round(frame.top + box.top + point.y)] });
    expect(canvas.style.cursor, 'no hand while the picking is held back').to.equal('');
    await fetch(`/__test/gate/${gate}/open`);
    await until(() => canvas.style.cursor === 'pointer', 'the hand over the hotspot once the picking is there, without a further move', WAIT_MS);
  });

  it('keeps configure() where the docs say: exported by the script, read by the elements it loads', async function () {
    this.timeout(60_000);
    const { win, doc } = await framedPage('kn-map-elements.js', '');
    win.kn!.configure({ theme: 'dark' });
    const map = doc.createElement('kn-map') as KnMap;
    map.style.cssText = 'display:block;width:600px;height:400px';
    doc.body.append(map);
    await within(win.customElements.whenDefined('kn-map'), 'kn-map defined after it was added');
    await within(map.ready, 'the map ready', WAIT_MS);
    expect(map.isDark, 'the site-wide theme set with configure()').to.equal(true);
    expect(map.hasAttribute('data-kn-dark')).to.equal(true);
  });
});

describe('the CDN script kn-map-elements-all.js (every element at once, needs the build)', () => {
  it('defines every element of the library as soon as it has loaded, and exports the classes', async function () {
    this.timeout(60_000);
    const { win } = await framedPage('kn-map-elements-all.js', '');
    const missing = LIBRARY_ELEMENTS.filter((tag) => !win.customElements.get(tag));
    expect(missing).to.deep.equal([]);
    const kn = win.kn as unknown as Record<string, unknown>;
    expect(kn.KnMap).to.equal(win.customElements.get('kn-map'));
    expect(kn.configure).to.be.a('function');
  });
});
