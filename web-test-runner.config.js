import os from 'node:os';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { chromeArgs, findChrome } from './scripts/chrome.js';
import { fixtureMiddleware } from './test/server/fixture-middleware.js';
import { packageCheckPlugin } from './test/server/package-check.js';
import { startForeignRequestRecorder } from './test/server/foreign-request-recorder.js';
import { startGeoServer } from './test/server/geo-server.js';
import { startKoopServer } from './test/server/koop-server.js';
import { summaryReporter } from './test/server/summary-reporter.js';
import { touchCommandPlugin } from './test/server/touch-command.js';
import { printCommandPlugin } from './test/server/print-command.js';
import { screenshotCommandPlugin } from './test/server/screenshot-command.js';
import { makeTileFixtures } from './test/server/tile-fixtures.js';
import { makeEncodingFixtures } from './test/server/encoding-fixtures.js';
import { makeFormatFixtures } from './test/server/format-fixtures.js';
import { makeFgbFixtures } from './test/server/fgb-fixtures.js';
import { makeOsmBasemapFixtures } from './test/server/osm-basemap-fixtures.js';
import { makeWfsFixtures } from './test/server/wfs-fixtures.js';

const recorder = await startForeignRequestRecorder();
// Fixture files made with Debian's tools at start; a set that cannot be made fails only its own tests, with this reason.
const FIXTURES = [
  ['tile', makeTileFixtures], // test/fixtures/tiles/, served by the geo server under /static/tiles/ (vector-tile tests)
  ['encoding', makeEncodingFixtures], // test/fixtures/encodings/: the hotspots as CSV in other encodings (iconv)
  ['format', makeFormatFixtures], // test/fixtures/formats/: shapefiles, KML/KMZ and GPX made with ogr2ogr
  ['fgb', makeFgbFixtures], // test/fixtures/fgb/: FlatGeobuf files made with ogr2ogr (indexed, without index, EPSG:25832)
  ['osm-basemap', makeOsmBasemapFixtures], // test/fixtures/osm/: street-basemap archives in the Protomaps schema (ogr2ogr -f MVT + PMTiles writer)
  ['wfs', makeWfsFixtures], // test/fixtures/wfs/: the 5,000 points MapServer's WFS serves (test/fixtures/mapserver/wfs.map)
];
for (const [name, make] of FIXTURES) {
  try {
    make();
  } catch (error) {
    console.warn(`[${name} fixtures] not made: ${error.message}`);
  }
}
const geoServer = await startGeoServer({ staticDir: 'test/fixtures' }).catch((error) => {
  // The OGC API tests fail with this reason; every other test still runs.
  console.warn(`[geo-server] not started: ${error.message}`);
  return { origin: null, error: error.message, stop() {} };
});
// Koop (an ArcGIS Feature Service, test/server/koop-server.js): the ArcGIS tests fail with this reason when it does not start.
const koopServer = await startKoopServer().catch((error) => {
  console.warn(`[koop-server] not started: ${error.message}`);
  return { origin: null, error: error.message, stop() {} };
});
process.on('exit', () => (geoServer.stop(), koopServer.stop()));
// 'exit' does not come on a signal: stop lighttpd and remove its folder then too, and end as the signal would.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    geoServer.stop();
    koopServer.stop();
    process.exit(128 + os.constants.signals[signal]);
  });
}

/**
 * papaparse ships only a UMD file. Bundlers hand its `module.exports` over as the default export; a browser
 * loading it as a native ES module (as the test server serves it) runs it with `this === undefined` and the
 * UMD wrapper throws. Serve it the way a bundler would: with a local `module` and a default export.
 */
function papaparseAsEsModule() {
  return {
    name: 'papaparse-as-es-module',
    transform(context) {
      if (!/\/node_modules\/papaparse\/papaparse(\.min)?\.js$/.test(context.path)) return undefined;
      return { body: `const module = { exports: {} }, exports = module.exports;\n${context.body}\nexport default module.exports;\n` };
    },
  };
}

/**
 * but-unzip (which shpjs imports, though the shapefile reader unzips with fflate) exports its files only under
 * the `node` and `browser` conditions, and the test server resolves with neither: serve its browser build.
 */
function butUnzipForBrowsers() {
  return {
    name: 'but-unzip-for-browsers',
    resolveImport({ source }) {
      return source === 'but-unzip' ? '/node_modules/but-unzip/index.browser.min.mjs' : undefined;
    },
  };
}

/**
 * @rgrove/parse-xml (the XML parser of @camptocamp/ogc-client, which reads WMS/WFS capabilities) ships CommonJS
 * only; its self-contained browser build sets `module.exports`. Serve that build as an ES module with its named
 * exports, as a bundler would (the build uses @rollup/plugin-commonjs).
 */
function parseXmlAsEsModule() {
  const names = ['parseXml', 'XmlCdata', 'XmlComment', 'XmlDeclaration', 'XmlDocument', 'XmlDocumentType', 'XmlElement', 'XmlError', 'XmlNode', 'XmlProcessingInstruction', 'XmlText'];
  return {
    name: 'parse-xml-as-es-module',
    resolveImport({ source }) {
      return source === '@rgrove/parse-xml' ? '/node_modules/@rgrove/parse-xml/dist/browser.js' : undefined;
    },
    transform(context) {
      if (!context.path.endsWith('/node_modules/@rgrove/parse-xml/dist/browser.js')) return undefined;
      return { body: `const parseXmlModule = (() => {\nconst module = { exports: {} }, exports = module.exports;\n${context.body}\nreturn module.exports;\n})();\nexport const { ${names.join(', ')} } = parseXmlModule;\n` };
    },
  };
}

/**
 * The example apps' builds (examples/<app>/dist-test/, scripts/check-examples.js) are served as their toolchains
 * wrote them, as a web server would: this plugin would rewrite their scripts for this repository's source (its
 * tsconfig, an inline source map), and the Next.js app built with webpack did not start after that (Next.js 16.5).
 */
function servedAsBuilt(plugin) {
  const transform = plugin.transform.bind(plugin);
  plugin.transform = (context) => (/^\/examples\/[^/]+\/dist-test\//.test(context.path) ? undefined : transform(context));
  return plugin;
}

/**
 * Chromium without WebGL (as on locked-down office PCs and virtual desktops): the map's still picture is all there
 * is (test/no-webgl/). Run with the rest in a full run, alone with `--group no-webgl`; a run of chosen files
 * (`--files …`) leaves it out.
 */
const argv = process.argv.slice(2);
const chosenFiles = argv.some((arg) => arg === '--files' || arg.startsWith('--files='));
const noWebglGroup = {
  name: 'no-webgl',
  files: 'test/no-webgl/**/*.test.ts',
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findChrome(), headless: true, args: [...chromeArgs(), '--disable-webgl', '--disable-3d-apis'] },
      createBrowserContext: ({ browser }) => browser.createBrowserContext({ proxyServer: `http://127.0.0.1:${recorder.port}` }),
      createPage: ({ context }) => context.newPage(),
    }),
  ],
};

export default {
  files: ['test/**/*.test.ts', '!test/no-webgl/**'],
  groups: chosenFiles && !argv.some((arg) => arg.startsWith('--group')) ? [] : [noWebglGroup],
  nodeResolve: true,
  rootDir: '.',
  concurrency: 1, // WebGL on SwiftShader is CPU-bound; files run one after another on 2 cores
  testsFinishTimeout: 10 * 60_000,
  browserStartTimeout: 60_000,
  testFramework: { config: { timeout: 30_000 } },
  middleware: [fixtureMiddleware(recorder, geoServer, koopServer)],
  plugins: [servedAsBuilt(esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })), papaparseAsEsModule(), parseXmlAsEsModule(), butUnzipForBrowsers(), packageCheckPlugin(), touchCommandPlugin(), printCommandPlugin(), screenshotCommandPlugin(), a11ySnapshotPlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findChrome(), headless: true, args: chromeArgs() },
      // Only the test pages' traffic (their workers included) goes through the recorder; the browser's
      // own background traffic does not, and goes nowhere (see chromeArgs).
      createBrowserContext: ({ browser }) => browser.createBrowserContext({ proxyServer: `http://127.0.0.1:${recorder.port}` }),
      createPage: ({ context }) => context.newPage(),
    }),
  ],
  reporters: [defaultReporter(), summaryReporter()],
};
