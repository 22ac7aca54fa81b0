/**
 * Whether a layer's source is read for the map's view rather than whole, told from its URL and `format` alone:
 * what a data layer needs to know at once. The readers themselves (view-reader.ts, ogc-features.ts and the layers'
 * ViewDataController) are a chunk loaded only by pages with such a source. Pure: no DOM, no maplibre.
 */

import { queryParam } from './query-param.js';

export type ViewSource = 'ogc-features' | 'flatgeobuf' | 'wfs' | 'arcgis';

/** The `format` values that name a view source rather than a file format. */
export const VIEW_FORMATS: readonly ViewSource[] = ['ogc-features', 'flatgeobuf', 'wfs', 'arcgis'];

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

const ARCGIS_LAYER_PATH = /\/(?:FeatureServer|MapServer)\/\d+\/?$/i;

/** Whether the URL is a WFS endpoint: `service=WFS`, or a `typeNames`/`typeName` parameter, in its query. */
export function isWfsUrl(url: string): boolean {
  return queryParam(url, 'service')?.toUpperCase() === 'WFS' || queryParam(url, 'typenames') !== undefined || queryParam(url, 'typename') !== undefined;
}

/** Whether the URL is an ArcGIS REST layer: `…/FeatureServer/0` or `…/MapServer/0`. */
export function isArcgisLayerUrl(url: string): boolean {
  try {
    return ARCGIS_LAYER_PATH.test(new URL(url, 'http://relative.invalid/').pathname);
  } catch {
    return false;
  }
}

/** The service name of an ArcGIS REST layer URL (`WLAN` for `…/services/WLAN/FeatureServer/0`), else undefined. */
export function arcgisServiceName(url: string): string | undefined {
  if (!isArcgisLayerUrl(url)) return undefined;
  const parts = new URL(url, 'http://relative.invalid/').pathname.split('/').filter(Boolean);
  const name = parts[parts.findLastIndex((part) => /^(?:FeatureServer|MapServer)$/i.test(part)) - 1];
  try {
    return name ? decodeURIComponent(name) : undefined;
  } catch {
    return name;
  }
}

/**
 * Which reader loads a source for the view: `format="ogc-features"`, `"flatgeobuf"`, `"wfs"` or `"arcgis"`,
 * else told from the URL: an items endpoint (`…/collections/{id}/items`), a WFS (`service=WFS` or `typeNames`
 * in the query), an ArcGIS REST layer (`…/FeatureServer/0`) or a `.fgb` file; undefined for anything else
 * (a file read whole).
 */
export function viewSourceOf(src: string, format: string | undefined): ViewSource | undefined {
  if ((VIEW_FORMATS as readonly string[]).includes(format ?? '')) return format as ViewSource;
  if (format) return undefined;
  if (isItemsUrl(src)) return 'ogc-features';
  if (isWfsUrl(src)) return 'wfs';
  if (isArcgisLayerUrl(src)) return 'arcgis';
  return /\.fgb$/i.test(src.split(/[?#]/)[0]) ? 'flatgeobuf' : undefined;
}
