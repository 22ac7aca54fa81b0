// Vite settings both example apps share.
// - `kn-map-elements` resolves to this repository's build (dist/), as it would from node_modules once installed.
// - The library's assets folder (offline basemap data, layer data, glyphs) is served by the dev server and
//   copied into the build, both at `kn-assets/` beside index.html; the apps point `configure({ assetBaseUrl })` there.
import { cpSync, createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));

/** `resolve.alias` entries: the package's entry points in dist/ (an installed package needs none of this). */
export const knMapElementsAlias = [
  { find: /^kn-map-elements$/, replacement: join(dist, 'index.js') },
  { find: /^kn-map-elements\/(define|kn-[a-z-]+)\.js$/, replacement: join(dist, '$1.js') },
];

const contentTypes = { '.geojson': 'application/geo+json', '.json': 'application/json', '.csv': 'text/csv', '.pbf': 'application/x-protobuf' };

/** Serves (dev) and copies (build) the library's assets folder to `<base>kn-assets/`. */
export function knAssets(from = join(dist, 'assets'), to = 'kn-assets') {
  let outDir;
  return {
    name: 'kn-assets',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    configureServer(server) {
      server.middlewares.use(`/${to}/`, (req, res, next) => {
        const file = join(from, decodeURIComponent((req.url ?? '').split('?')[0]));
        if (!file.startsWith(from + sep) || !existsSync(file) || !statSync(file).isFile()) return next();
        res.setHeader('Content-Type', contentTypes[extname(file)] ?? 'application/octet-stream');
        createReadStream(file).pipe(res);
      });
    },
    writeBundle() {
      cpSync(from, join(outDir, to), { recursive: true });
    },
  };
}
