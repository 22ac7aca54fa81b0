import { getConfig } from './config.js';

/**
 * URL of a file in the bundled assets folder. The folder sits beside this module in every build
 * (src/assets, dist/assets, dist/cdn/assets), so `import.meta.url` finds it wherever the files are served.
 */
export function assetUrl(path: string): string {
  const base = getConfig().assetBaseUrl ?? new URL('./assets/', import.meta.url).href;
  return new URL(path, base.endsWith('/') ? base : `${base}/`).href;
}
