// Copies what the library needs at run time into public/kn-assets/ (served as /kn-assets/, exported into out/):
// the library's assets folder (offline basemap data, layer data, glyphs) and MapLibre's worker. Run before
// `next dev` and `next build` (package.json's predev and prebuild); public/kn-assets/ is not committed.
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const library = dirname(require.resolve('kn-map-elements/package.json'));
// The maplibre-gl the library itself imports (its own dependency), so worker and main module match.
const maplibre = dirname(createRequire(join(library, 'package.json')).resolve('maplibre-gl/package.json'));
const target = join(dirname(fileURLToPath(import.meta.url)), 'public', 'kn-assets');

rmSync(target, { recursive: true, force: true });
mkdirSync(target, { recursive: true });
cpSync(join(library, 'dist', 'assets'), target, { recursive: true });
cpSync(join(maplibre, 'dist', 'maplibre-gl-worker.mjs'), join(target, 'maplibre-gl-worker.mjs'));
