// The CDN build: one ES module that registers every element, with lit bundled in and maplibre split into
// a chunk loaded only when a map nears the viewport. Everything it needs sits beside it in dist/cdn/.
// (The npm build is tsc's output in dist/: one module per source file, lit and maplibre-gl left as imports.)
import commonjs from '@rollup/plugin-commonjs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { cpSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

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

/** Copies the bundled data and glyphs next to the output. */
function copyAssets(to) {
  return {
    name: 'copy-assets',
    writeBundle() {
      cpSync('src/assets', to, { recursive: true });
    },
  };
}

export default [
  {
    input: 'dist/define.js',
    // Lets the lazy chunks (tiles, maplibre …) import shared code from the loader itself, instead of rollup
    // moving all of it into a second chunk behind a two-line facade.
    preserveEntrySignatures: false,
    output: {
      dir: 'dist/cdn',
      format: 'es',
      entryFileNames: 'kn-map-elements.js',
      chunkFileNames: '[name]-[hash].js',
      // Lazy chunks named after what they hold (the entry files of proj4 and pmtiles are called index.js).
      manualChunks: (id) => {
        if (id.includes('/node_modules/proj4/')) return 'proj4';
        if (id.includes('/node_modules/pmtiles/') || id.includes('/node_modules/fflate/')) return 'pmtiles';
        return undefined;
      },
      sourcemap: true,
    },
    plugins: [
      nodeResolve({ exportConditions: ['production'] }),
      // papaparse is published as UMD only; its require('stream') serves Node's DuplexStream and never runs
      // in a browser, so it stays a (dead) require instead of becoming an import of Node's 'stream'.
      commonjs({ ignore: ['stream'] }),
      // An ES module: top-level names may be mangled too.
      terser({ module: true, compress: { passes: 2 }, format: { comments: /@license/ } }),
      maplibreWorker(),
      copyAssets('dist/cdn/assets'),
      copyAssets('dist/assets'),
    ],
  },
];
