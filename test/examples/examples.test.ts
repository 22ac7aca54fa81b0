import { expect } from '@open-wc/testing';
import type { KnGeojsonLayer } from '../../src/layers/kn-geojson-layer.js';
import type { KnMap } from '../../src/map/kn-map.js';
import { until, within } from '../helpers/harness.js';

/** Upper bound for each wait on an app in its frame (a bound against hangs, not a speed limit). */
const APP_TIMEOUT_MS = 20_000;

interface ExampleCheck {
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
 * The example apps (examples/react, examples/vue) built with Vite and type-checked with the typings generated
 * from custom-elements.json; both run in Node before the browser tests (scripts/check-examples.js, a step of
 * `npm test` after the build), which write their results to .test-output/examples-check.json. Each built app is
 * then loaded in an iframe.
 */
describe('the React and Vue example apps', () => {
  it('have React JSX and Vue GlobalComponents typings generated from custom-elements.json that type-check on their own', async () => {
    expect((await examplesReport()).typingsErrors).to.equal('');
  });

  for (const [name, checker] of [
    ['react', 'tsc'],
    ['vue', 'vue-tsc'],
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
        await within(map.ready, 'the map to be ready (maplibre\'s worker via setWorkerUrl, the basemap at assetBaseUrl)');
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
