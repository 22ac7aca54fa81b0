// Vite settings the example apps share.
// - `kn-map-elements` is an installed package: the packed tarball, unpacked into examples/node_modules/ by
//   `npm run test:examples` (scripts/check-examples.js), so the apps see what npm publishes. No alias is needed.
// - The library's assets folder (offline basemap data, layer data, glyphs) is served by the dev server and
//   copied into the build, both at `kn-assets/` beside index.html; the apps point `configure({ assetBaseUrl })` there.
import { cpSync, createReadStream, existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join, resolve, sep } from 'node:path';

/** The installed package's assets folder (node_modules/kn-map-elements/dist/assets/), found as Node finds the package. */
export function knAssetsFolder() {
  return join(dirname(createRequire(import.meta.url).resolve('kn-map-elements/package.json')), 'dist', 'assets');
}

const contentTypes = { '.geojson': 'application/geo+json', '.json': 'application/json', '.csv': 'text/csv', '.pbf': 'application/x-protobuf' };

/** Serves (dev) and copies (build) the library's assets folder to `<base>kn-assets/`. */
export function knAssets(from = knAssetsFolder(), to = 'kn-assets') {
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
