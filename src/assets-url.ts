import { getConfig } from './config.js';

/**
 * URL of a file in the bundled assets folder. The folder sits beside this module in every build
 * (src/assets, dist/assets, dist/cdn/assets), so `import.meta.url` finds it wherever the files are served as they
 * are; an app whose bundler moves the code copies the folder and sets `configure({ assetBaseUrl })`.
 */
export function assetUrl(path: string): string {
  const base = getConfig().assetBaseUrl ?? besideThisModule();
  return new URL(path, base.endsWith('/') ? base : `${base}/`).href;
}

/**
 * `assets/` in this module's folder, cut from `import.meta.url` with string operations on purpose: bundlers read a
 * URL made from a string literal and `import.meta.url` as an import of an asset, and fail on a folder (Next.js:
 * "Can't resolve './assets/'") or warn that it does not exist at build time (Vite).
 */
function besideThisModule(): string {
  const here = import.meta.url.split(/[?#]/)[0];
  if (!/^(https?|file):/i.test(here) && !warned) {
    // A module loaded from a blob: or data: URL has no folder beside it.
    warned = true;
    console.warn('[kn-map-elements] This module was not loaded from a web address, so its assets folder is unknown: set configure({ assetBaseUrl }).');
  }
  const base = `${here.slice(0, here.lastIndexOf('/') + 1)}assets/`;
  if (base.startsWith('file:') && typeof location !== 'undefined' && location.protocol !== 'file:' && !warned) {
    // webpack writes the module's path on the build machine in place of import.meta.url.
    warned = true;
    console.warn(`[kn-map-elements] The assets folder would be ${base}, a file on the machine that built this page. Copy the package's dist/assets/ to the site and set configure({ assetBaseUrl }) (README: "Bundlers").`);
  }
  return base;
}

let warned = false;
