import { expect } from '@open-wc/testing';
import type { KnGeojsonLayer } from '../../src/layers/kn-geojson-layer.js';
import type { KnMap } from '../../src/map/kn-map.js';
import { until, within } from '../helpers/harness.js';

/** Upper bound for each wait on an app in its frame (a bound against hangs, not a speed limit). */
const APP_TIMEOUT_MS = 20_000;

/** What a build loads at start, and where MapLibre went (scripts/check-examples.js, `startFiles`). */
interface StartFiles {
  /** The entry chunks and the chunks they import statically: what a browser loads when the app starts. */
  entryFiles: string[];
  entryBytes: number;
  /** Chunks holding MapLibre's code among those loaded at start (none, when MapLibre stays lazy). */
  maplibreAtStart: string[];
  /** Chunks holding MapLibre's code loaded later (by the library's `import('maplibre-gl')`). */
  maplibreLazy: string[];
}

interface ExampleCheck extends StartFiles {
  name: string;
  /** The tool that built the app ("Vite", "Angular (…)", "Next.js (next build --turbopack)" …). */
  toolchain: string;
  /** What type-checked it: tsc, vue-tsc, svelte-check, or the Angular or Next.js build itself. */
  typeChecker: string;
  buildError: string;
  buildWarnings: string[];
  buildMs: number;
  url: string;
  /** Next.js: the page whose map component renders only in the browser (next/dynamic with `ssr: false`). */
  clientOnlyUrl: string;
  /** Next.js: the `<kn-map …>` start tag in the HTML the server (the static export) wrote. */
  serverMapTag: string;
  workerEmitted: boolean;
  assetsCopied: boolean;
  typeErrors: string;
  typeCheckMs: number;
}

interface ExamplesReport {
  startedAt: string;
  package: { error: string; tarball: string; fileCount: number };
  examples: Record<string, ExampleCheck>;
  typingsErrors: string;
  assetImports: string[];
  webpack: StartFiles & { buildError: string; buildMs: number; workerEmitted: boolean };
}

const REPORT_URL = '/.test-output/examples-check.json';
let report: Promise<ExamplesReport> | undefined;

/** The results of scripts/check-examples.js (run by `npm test` before the browser tests); fails when there are none. */
function examplesReport(): Promise<ExamplesReport> {
  report ??= fetch(REPORT_URL, { cache: 'no-store' }).then(async (response) => {
    if (!response.ok)
      throw new Error(`no results of the example apps' builds at ${REPORT_URL} (HTTP ${response.status}): run \`npm run test:examples\` (\`npm test\` runs it before the browser tests)`);
    return (await response.json()) as ExamplesReport;
  });
  return report;
}

/**
 * The example apps (examples/react, vue, svelte with Vite; examples/angular with Angular's application builder;
 * examples/next with Next.js, once with Turbopack and once with webpack), each built with its own toolchain from the
 * packed tarball, and type-checked (the Vite apps with the typings generated from custom-elements.json, Angular and
 * Next.js in their builds). Both run in Node before the browser tests (scripts/check-examples.js, a step of
 * `npm test` after the build), which write their results to .test-output/examples-check.json. Each built app is
 * then loaded in an iframe.
 */
describe('the package in bundlers', () => {
  it('is packed with npm pack and unpacked where the example apps resolve it (examples/node_modules/kn-map-elements)', async () => {
    const { package: packed } = await examplesReport();
    expect(packed.error).to.equal('');
    expect(packed.fileCount).to.be.above(0);
  });

  it('has no module that bundlers read as an asset import (a URL made from a string and import.meta.url)', async () => {
    expect((await examplesReport()).assetImports).to.deep.equal([]);
  });

  it('bundles with webpack (the README\'s recipe) without an error, with MapLibre and its worker split off the entry chunk', async () => {
    const { webpack } = await examplesReport();
    expect(webpack.buildError).to.equal('');
    expect(webpack.entryFiles).to.not.be.empty;
    expect(webpack.maplibreAtStart, 'chunks with MapLibre loaded at start').to.deep.equal([]);
    expect(webpack.maplibreLazy, 'MapLibre in a chunk of its own').to.not.be.empty;
    expect(webpack.workerEmitted, 'maplibre-gl-worker.mjs emitted through new URL(…, import.meta.url)').to.equal(true);
  });
});

/**
 * Loads a built app's page in an iframe and checks what a user of the app sees: the map becomes ready at the centre
 * the app gave, the offline basemap renders (assets and MapLibre's worker found where the app put them), the
 * GeoJSON object the app built reached the layer as its `data` property, and a `kn-select` reaches the app, which
 * shows the feature's name. Returns the frame (to be removed after the test).
 */
async function checkAppInFrame(url: string): Promise<{ frame: HTMLIFrameElement; map: KnMap }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:900px;height:700px;border:0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;

  // Rendered by the framework, or by the server and upgraded once the library has loaded.
  await until(() => !!doc.querySelector<KnMap>('kn-map')?.ready, 'the app to render <kn-map> and the library to define it', APP_TIMEOUT_MS);
  const map = doc.querySelector<KnMap>('kn-map')!;
  await within(map.ready, 'the map to be ready (maplibre\'s worker at configure({ workerUrl }), the basemap at assetBaseUrl)');
  const maplibre = map.map!;
  // The app set `center`: as an array property, or (a server-rendered page) as the attribute "9.17,47.68".
  expect(maplibre.getCenter().lng).to.be.closeTo(9.17, 1e-4);
  expect(maplibre.getCenter().lat).to.be.closeTo(47.68, 1e-4);
  // The offline basemap rendered: assets found at the configured assetBaseUrl, maplibre's worker started.
  expect(maplibre.queryRenderedFeatures({ layers: ['basemap-district-labels'] }).length).to.be.above(0);
  expect(doc.querySelector('kn-wlan-layer')).to.exist;
  expect(doc.querySelector('kn-projects-layer')).to.exist;

  // The GeoJSON object the app built reached the layer as its `data` property, not as an attribute.
  const layer = doc.querySelector<KnGeojsonLayer>('kn-geojson-layer')!;
  expect(layer.hasAttribute('data')).to.equal(false);
  await until(() => layer.data?.type === 'FeatureCollection', 'the app to set the layer\'s data', APP_TIMEOUT_MS);
  await until(() => layer.features.length === 3, 'the three features the app set', APP_TIMEOUT_MS);

  // kn-select reaches the app, which shows the feature's name.
  const auswahl = doc.querySelector('#auswahl')!;
  expect(auswahl.textContent).to.contain('Nichts ausgewählt');
  const feature = layer.features.find((f) => f.properties?.name === 'Treffpunkt Herosé-Park')!;
  layer.select(feature);
  await until(() => auswahl.textContent!.includes('Ausgewählt: Treffpunkt Herosé-Park'), 'the app to show the selection', APP_TIMEOUT_MS);
  await until(() => doc.querySelector('#status')!.textContent!.includes('Die Karte ist bereit.'), 'the app\'s ready status', APP_TIMEOUT_MS);
  return { frame, map };
}

describe('the example apps (React, Vue, Svelte with Vite; Angular; Next.js with Turbopack and with webpack)', () => {
  it('have React JSX, Vue GlobalComponents and Svelte SvelteHTMLElements typings generated from custom-elements.json that type-check on their own and refuse read-only members as props (test/typings/)', async () => {
    expect((await examplesReport()).typingsErrors).to.equal('');
  });

  for (const name of ['react', 'vue', 'svelte', 'angular', 'next-turbopack', 'next-webpack']) {
    describe(name, () => {
      let frame: HTMLIFrameElement | undefined;
      afterEach(() => {
        frame?.remove(); // frees the app's WebGL context
        frame = undefined;
      });

      it('builds with its own toolchain from the packed tarball, with maplibre\'s worker and the assets in the build', async () => {
        const check = (await examplesReport()).examples[name];
        expect(check.buildError, `the ${check.toolchain} build`).to.equal('');
        expect(check.workerEmitted, 'maplibre-gl-worker.mjs in the build (Vite: ?url; Angular: angular.json assets; Next.js: copy-kn-assets.js)').to.equal(true);
        expect(check.assetsCopied, 'kn-assets/ copied into the build').to.equal(true);
      });

      it('keeps MapLibre out of the files loaded at start: the app gives the worker with configure({ workerUrl }) and imports no maplibre-gl', async () => {
        const check = (await examplesReport()).examples[name];
        expect(check.buildError).to.equal('');
        expect(check.entryFiles, 'the entry chunk and its static imports (Next.js: the scripts its pages\' HTML loads)').to.not.be.empty;
        expect(check.maplibreAtStart, 'chunks with MapLibre loaded at start').to.deep.equal([]);
        expect(check.maplibreLazy, 'MapLibre in a chunk of its own, loaded when a map nears the viewport').to.not.be.empty;
      });

      it('type-checks (tsc, vue-tsc or svelte-check with the generated typings; Angular and Next.js in their builds)', async () => {
        const check = (await examplesReport()).examples[name];
        expect(check.typeErrors, check.typeChecker).to.equal('');
      });

      if (name === 'angular') {
        it('builds without a warning: within the budgets `ng new` writes, no CommonJS warning (papaparse is allowed in angular.json)', async () => {
          expect((await examplesReport()).examples[name].buildWarnings).to.deep.equal([]);
        });
      }

      if (!name.startsWith('next')) {
        it('renders the map, shows the data it set as a property and shows the selected feature in its own UI', async function () {
          this.timeout(45_000);
          const check = (await examplesReport()).examples[name];
          expect(check.buildError).to.equal('');
          ({ frame } = await checkAppInFrame(check.url));
        });
      } else {
        it('renders the server-rendered map, keeps the attributes the server wrote through hydration (centre, zoom), and shows the data and the selection the app set on refs once the library loaded in an effect', async function () {
          this.timeout(45_000);
          const check = (await examplesReport()).examples[name];
          expect(check.buildError).to.equal('');
          // The static export's HTML (rendered on the server at build time) holds the map with string attributes.
          expect(check.serverMapTag).to.contain('center="9.17,47.68"').and.to.contain('zoom="12"');
          let map: KnMap;
          ({ frame, map } = await checkAppInFrame(check.url));
          expect(map.getAttribute('center')).to.equal('9.17,47.68');
          expect(map.zoom).to.equal(12);
          expect(map.map!.getZoom()).to.be.closeTo(12, 1e-6);
        });

        it('renders the map on the page whose map component renders only in the browser (next/dynamic with ssr: false), with data and onkn-select as React props', async function () {
          this.timeout(45_000);
          const check = (await examplesReport()).examples[name];
          expect(check.buildError).to.equal('');
          ({ frame } = await checkAppInFrame(check.clientOnlyUrl));
        });
      }
    });
  }
});
