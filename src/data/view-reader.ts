import type { Feature } from 'geojson';
import type { LoadNotice } from './formats/format-read.js';
import { requestBox, type LonLatBox } from './lonlat-box.js';
import { fetchFeaturePages, itemsRequestUrl } from './ogc-features.js';
import type { ViewSource } from './view-source.js';

export { viewSourceOf, type ViewSource } from './view-source.js';

/**
 * Sources read for a map's view rather than whole: an OGC API Features items endpoint (ogc-features.ts), a
 * FlatGeobuf file read through its spatial index with range requests (formats/flatgeobuf.ts), a WFS 2.0/1.1
 * (wfs/) or an ArcGIS REST Feature Service layer (arcgis/); all but the first imported only when such a
 * source is used. Each is a `ViewReader`: the same call, the same answer, so the layers'
 * ViewDataController (debounce, cancelling, what is covered) knows neither. Pure: no DOM, no maplibre.
 *
 * ```ts
 * const source = viewSourceOf('https://example.de/baeume.fgb', undefined);  // 'flatgeobuf'
 * const read = await VIEW_READERS[source](url, box, { signal, maxFeatures: 5000, timeoutMs: 15000 });
 * ```
 */

export interface ViewLimits {
  /** Cancels the download; the promise then rejects with the signal's reason. */
  signal: AbortSignal;
  /** At most this many features (at least 1); the rest is reported as `truncated`. */
  maxFeatures: number;
  /** Time-out of each request. */
  timeoutMs: number;
  /** The layer's `crs` attribute (a FlatGeobuf file's header names its own; the attribute wins). */
  crs?: string;
  /** Download progress, 0…1. */
  onProgress?: (fraction: number) => void;
  /** The layer's `type-name` attribute: the feature type of a WFS (else from the URL's `typeNames`). */
  typeName?: string;
  /** The map's language ('de', 'en'), for services that answer in it. */
  lang?: string;
}

/** What a reader found for a view, not yet validated. */
export interface ViewFeatures {
  /** GeoJSON features, in `crs`. */
  features: Feature[];
  /** The view holds more than `maxFeatures` features. */
  truncated: boolean;
  /** How many features the view holds, when known. */
  total?: number;
  /** The CRS of the positions ('EPSG:25832'); when not given, the layer's `crs` attribute, else WGS84. */
  crs?: string;
  /** The whole source was read, not only the view: moving the map loads nothing new. */
  whole?: boolean;
  /** What the source's maintainer should know (a FlatGeobuf file without an index …). */
  notices?: LoadNotice[];
  /**
   * The service's own credit line (a WFS's or ArcGIS layer's copyright text), as plain text from the server:
   * untrusted, shown only as text.
   */
  attribution?: string;
}

/** Reads the features of `url` in `box` (longitude/latitude, unwrapped as maplibre gives it, padded). */
export type ViewReader = (url: string, box: LonLatBox, limits: ViewLimits) => Promise<ViewFeatures>;

/** Features asked for per page of an items endpoint; servers cap it at their own maximum. */
const PAGE_LIMIT = 1000;

export const VIEW_READERS: Readonly<Record<ViewSource, ViewReader>> = {
  'ogc-features': async (url, box, { signal, maxFeatures, timeoutMs, onProgress }) => {
    const request = itemsRequestUrl(url, requestBox(box), Math.min(PAGE_LIMIT, maxFeatures));
    const pages = await fetchFeaturePages(request, { signal, maxFeatures, timeoutMs, onProgress });
    return { features: pages.features, truncated: pages.truncated, total: pages.numberMatched };
  },
  flatgeobuf: async (url, box, limits) => (await import('./formats/flatgeobuf.js')).readFlatgeobufView(url, box, limits),
  wfs: async (url, box, limits) => (await import('./wfs/wfs-reader.js')).readWfsView(url, box, limits),
  arcgis: async (url, box, limits) => (await import('./arcgis/arcgis-reader.js')).readArcgisView(url, box, limits),
};
