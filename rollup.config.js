// The CDN build, everything it needs beside it in dist/cdn/: `kn-map-elements.js` is a small autoloader
// (src/autoload.ts) that imports each element's chunk the first time its tag appears on the page;
// `kn-map-elements-all.js` (src/autoload/all.ts) registers every element at once. Both share the same chunks: one per
// element, shared code in shared chunks, lit in its own, and maplibre loaded only when a map nears the viewport.
// (The npm build is tsc's output in dist/: one module per source file, lit and maplibre-gl left as imports.)
import commonjs from '@rollup/plugin-commonjs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { cpSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve as resolvePath } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preloadDependencies } from './scripts/rollup-preload-dependencies.js';

const require = createRequire(import.meta.url);
const maplibreDist = join(dirname(require.resolve('maplibre-gl/package.json')), 'dist');

/** maplibre starts its worker from `new URL('maplibre-gl-worker.mjs', import.meta.url)`; put it beside the chunk. */
function maplibreWorker() {
  return {
    name: 'maplibre-worker',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'maplibre-gl-worker.mjs',
        source: readFileSync(join(maplibreDist, 'maplibre-gl-worker.mjs')),
      });
    },
  };
}

/**
 * but-unzip (which shpjs imports, though the shapefile reader unzips with fflate) exports its files only under the
 * `node` and `browser` conditions, and this build resolves with neither: use its browser build.
 */
function butUnzipForBrowsers() {
  return {
    name: 'but-unzip-for-browsers',
    resolveId(source) {
      return source === 'but-unzip' ? fileURLToPath(new URL('node_modules/but-unzip/index.browser.min.mjs', import.meta.url)) : null;
    },
  };
}

/**
 * Minifies the CSS in the elements' `css` templates (lit's own advice for production builds): comments, indentation
 * and long forms go, with Lightning CSS through minify-literals. `html` templates are left as written (their
 * whitespace between inline elements is text a visitor reads).
 */
function minifyCss() {
  let minify;
  return {
    name: 'minify-css-literals',
    async transform(code, id) {
      if (id.includes('/node_modules/') || !/\bcss ?`/.test(code)) return null;
      minify ??= (await import('minify-literals')).minifyHTMLLiterals;
      const result = await minify(code, { fileName: id, html: false });
      return result ? { code: result.code, map: result.map } : null;
    },
  };
}

/** Copies the bundled data and glyphs next to the output. */
function copyAssets(to) {
  return {
    name: 'copy-assets',
    writeBundle() {
      cpSync('src/assets', to, { recursive: true });
    },
  };
}

function closure(getModuleInfo, start) {
  const seen = new Set();
  const visit = (id) => {
    if (seen.has(id) || id.includes('/node_modules/')) return;
    const info = getModuleInfo(id);
    if (!info) return;
    seen.add(id);
    info.importedIds.forEach(visit);
  };
  visit(start);
  return seen;
}

/**
 * The library's own chunks, each the modules its root imports statically (transitively) that an earlier one has not
 * claimed; node modules keep their chunks (above), modules behind an `import()` stay lazy.
 * - `kn-map-elements`: the autoloader's own modules stay in its entry chunk (a manual chunk would pull them in as
 *   dependencies).
 * - `early-picture`: the map's first picture, drawn before <kn-map> is defined (src/map/still/early-picture.ts), with
 *   the still drawing code it shares with <kn-map>: one round trip on a slow network, not three.
 * - Every page with one of the library's elements has a `<kn-map>`, and nearly every one a data layer: what these
 *   need at once goes into one chunk each (`map-core`: what `<kn-map>` imports; `data-layer`: what the data layers
 *   share; `load-data`: the reading of data) instead of rollup's many small chunks, one for each set of elements that
 *   shares a module. gzip packs one file better than twenty: about 8 KB less for a page with a map and a layer
 *   (`page_kb_map_wlan`).
 */
const CHUNK_ROOTS = [
  ['kn-map-elements', 'dist/autoload.js'],
  ['early-picture', 'dist/map/still/early-picture.js'],
  ['map-core', 'dist/map/kn-map.js'],
  ['data-layer', 'dist/layers/data-layer.js'],
  ['load-data', 'dist/data/load-data.js'],
];
let chunkOf;
function libraryChunk(getModuleInfo, id) {
  if (!chunkOf) {
    chunkOf = new Map();
    for (const [name, root] of CHUNK_ROOTS) for (const module of closure(getModuleInfo, resolvePath(root))) if (!chunkOf.has(module)) chunkOf.set(module, name);
  }
  return chunkOf.get(id);
}

export default [
  {
    input: { 'kn-map-elements': 'dist/autoload.js', 'kn-map-elements-all': 'dist/autoload/all.js' },
    // Lets the lazy chunks import what the autoloader holds (the settings) from it, instead of rollup moving that
    // into a chunk of its own behind a facade.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist/cdn',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: '[name]-[hash].js',
      // Lazy chunks named after what they hold (the entry files of proj4 and pmtiles are called index.js).
      manualChunks: (id, { getModuleInfo }) => {
        // lit, lit-html, lit-element, @lit/reactive-element and @lit/context: every element needs them.
        if (/\/node_modules\/(lit|lit-html|lit-element|@lit\/[^/]+)\//.test(id)) return 'lit';
        if (id.includes('/node_modules/proj4/')) return 'proj4';
        if (id.includes('/node_modules/pmtiles/')) return 'pmtiles';
        // Unzipping, shared by PMTiles (gzip tiles), zipped shapefiles and KMZ.
        if (id.includes('/node_modules/fflate/')) return 'fflate';
        // The readers of zipped shapefiles (shpjs with parsedbf and but-unzip) and of KML and GPX.
        if (/\/node_modules\/(shpjs|parsedbf|but-unzip)\//.test(id)) return 'shpjs';
        if (id.includes('/node_modules/@tmcw/togeojson/')) return 'togeojson';
        // Esri's ArcGIS JSON → GeoJSON converter, for ArcGIS layers whose server answers no GeoJSON.
        if (id.includes('/node_modules/@terraformer/')) return 'terraformer';
        // The autoloader, the early picture and the core every page needs (CHUNK_ROOTS).
        return libraryChunk(getModuleInfo, id);
      },
      sourcemap: true,
    },
    plugins: [
      butUnzipForBrowsers(),
      minifyCss(),
      nodeResolve({ exportConditions: ['production'] }),
      // papaparse is published as UMD only; its require('stream') serves Node's DuplexStream and never runs
      // in a browser, so it stays a (dead) require instead of becoming an import of Node's 'stream'.
      commonjs({ ignore: ['stream'] }),
      // Each import() asks for the lazy chunk's own imports at once (scripts/rollup-preload-dependencies.js); before terser.
      preloadDependencies(),
      // An ES module: top-level names may be mangled too.
      terser({ module: true, compress: { passes: 2 }, format: { comments: /@license/ } }),
      maplibreWorker(),
      copyAssets('dist/cdn/assets'),
      copyAssets('dist/assets'),
    ],
  },
];
