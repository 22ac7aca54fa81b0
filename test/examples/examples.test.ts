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
  buildError: string;
  buildMs: number;
  url: string;
  workerEmitted: boolean;
  assetsCopied: boolean;
  typeErrors: string;
  typeCheckMs: number;
}

interface ExamplesReport {
  startedAt: string;
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
 * The example apps (examples/react, examples/vue, examples/svelte) built with Vite and type-checked with the typings generated
 * from custom-elements.json; both run in Node before the browser tests (scripts/check-examples.js, a step of
 * `npm test` after the build), which write their results to .test-output/examples-check.json. Each built app is
 * then loaded in an iframe.
 */
describe('the package in bundlers', () => {
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

describe('the React, Vue and Svelte example apps', () => {
  it('have React JSX, Vue GlobalComponents and Svelte SvelteHTMLElements typings generated from custom-elements.json that type-check on their own and refuse read-only members as props (test/typings/)', async () => {
    expect((await examplesReport()).typingsErrors).to.equal('');
  });

  for (const [name, checker] of [
    ['react', 'tsc'],
    ['vue', 'vue-tsc'],
    ['svelte', 'svelte-check'],
  ] as const) {
    describe(name, () => {
      let frame: HTMLIFrameElement | undefined;
      afterEach(() => {
        frame?.remove(); // frees the app's WebGL context
        frame = undefined;
      });

      it('builds with Vite, with maplibre\'s worker emitted and the assets copied', async () => {
        const check = (await examplesReport()).examples[name];
        expect(check.buildError).to.equal('');
        expect(check.workerEmitted, 'maplibre-gl-worker.mjs emitted through ?url').to.equal(true);
        expect(check.assetsCopied, 'kn-assets/ copied into the build').to.equal(true);
      });

      it('keeps MapLibre out of the files loaded at start: the app gives the worker with configure({ workerUrl }) and imports no maplibre-gl', async () => {
        const check = (await examplesReport()).examples[name];
        expect(check.buildError).to.equal('');
        expect(check.entryFiles, 'the entry chunk and its static imports').to.not.be.empty;
        expect(check.maplibreAtStart, 'chunks with MapLibre loaded at start').to.deep.equal([]);
        expect(check.maplibreLazy, 'MapLibre in a chunk of its own, loaded when a map nears the viewport').to.not.be.empty;
      });

      it(`type-checks with ${checker} and the generated typings`, async () => {
        expect((await examplesReport()).examples[name].typeErrors).to.equal('');
      });

      it('renders the map, shows the data it set as a property and shows the selected feature in its own UI', async function () {
        this.timeout(45_000);
        const check = (await examplesReport()).examples[name];
        expect(check.buildError).to.equal('');
        frame = document.createElement('iframe');
        frame.style.cssText = 'width:900px;height:700px;border:0';
        const loaded = new Promise((resolve) => frame!.addEventListener('load', resolve, { once: true }));
        frame.src = check.url;
        document.body.append(frame);
        await loaded;
        const doc = frame.contentDocument!;

        await until(() => !!doc.querySelector('kn-map'), 'the app to render <kn-map>', APP_TIMEOUT_MS);
        const map = doc.querySelector<KnMap>('kn-map')!;
        await within(map.ready, 'the map to be ready (maplibre\'s worker at configure({ workerUrl }), the basemap at assetBaseUrl)');
        const maplibre = map.map!;
        // The app set `center` as an array property.
        expect(maplibre.getCenter().lng).to.be.closeTo(9.17, 1e-4);
        expect(maplibre.getCenter().lat).to.be.closeTo(47.68, 1e-4);
        // The offline basemap rendered: assets found at the configured assetBaseUrl, maplibre's worker started.
        expect(maplibre.queryRenderedFeatures({ layers: ['basemap-district-labels'] }).length).to.be.above(0);
        expect(doc.querySelector('kn-wlan-layer')).to.exist;
        expect(doc.querySelector('kn-projects-layer')).to.exist;

        // The GeoJSON object the app built reached the layer as its `data` property, not as an attribute.
        const layer = doc.querySelector<KnGeojsonLayer>('kn-geojson-layer')!;
        expect(layer.hasAttribute('data')).to.equal(false);
        expect(layer.data?.type).to.equal('FeatureCollection');
        await until(() => layer.features.length === 3, 'the three features the app set', APP_TIMEOUT_MS);

        // kn-select reaches the app, which shows the feature's name.
        const auswahl = doc.querySelector('#auswahl')!;
        expect(auswahl.textContent).to.contain('Nichts ausgewählt');
        const feature = layer.features.find((f) => f.properties?.name === 'Treffpunkt Herosé-Park')!;
        layer.select(feature);
        await until(() => auswahl.textContent!.includes('Ausgewählt: Treffpunkt Herosé-Park'), 'the app to show the selection', APP_TIMEOUT_MS);
        await until(() => doc.querySelector('#status')!.textContent!.includes('Die Karte ist bereit.'), 'the app\'s ready status', APP_TIMEOUT_MS);
      });
    });
  }
});
