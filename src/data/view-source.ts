/**
 * Whether a layer's source is read for the map's view rather than whole, told from its URL and `format` alone:
 * what a data layer needs to know at once. The readers themselves (view-reader.ts, ogc-features.ts and the layers'
 * ViewDataController) are a chunk loaded only by pages with such a source. Pure: no DOM, no maplibre.
 */

export type ViewSource = 'ogc-features' | 'flatgeobuf';

/** `max-features` when not set (or not a positive number). */
export const DEFAULT_MAX_FEATURES = 5000;

const ITEMS_PATH = /\/collections\/([^/]+)\/items\/?$/;

/** Whether the URL (absolute or relative) is an OGC API Features items endpoint: `…/collections/{id}/items`. */
export function isItemsUrl(url: string): boolean {
  return collectionId(url) !== undefined;
}

/** The collection id of an items URL (`wlan` for `…/collections/wlan/items`), else undefined. */
export function collectionId(url: string): string | undefined {
  let path: string;
  try {
    path = new URL(url, 'http://relative.invalid/').pathname;
  } catch {
    return undefined;
  }
  const match = ITEMS_PATH.exec(path);
  return match ? decodeURIComponent(match[1]) : undefined;
}

/**
 * Which reader loads a source for the view: `format="ogc-features"` or `"flatgeobuf"`, else an items
 * endpoint (`…/collections/{id}/items`) or a `.fgb` file by its URL; undefined for anything else (a file read whole).
 */
export function viewSourceOf(src: string, format: string | undefined): ViewSource | undefined {
  if (format === 'ogc-features' || format === 'flatgeobuf') return format;
  if (format) return undefined;
  if (isItemsUrl(src)) return 'ogc-features';
  return /\.fgb$/i.test(src.split(/[?#]/)[0]) ? 'flatgeobuf' : undefined;
}
