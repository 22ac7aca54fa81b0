import type { Feature } from 'geojson';
import { DataError } from '../data-error.js';
import { fetchData, fileText } from '../fetch-data.js';
import { parseJson } from '../geojson.js';
import { throwIfArcgisError } from './arcgis-error.js';

/**
 * Reading the pages of an ArcGIS layer query (`…/FeatureServer/0/query`), following `exceededTransferLimit`
 * with `resultOffset`/`resultRecordCount` up to `maxFeatures`. No DOM.
 *
 * ```ts
 * const pages = await fetchArcgisPages((offset, count) => queryUrl(layer, { f: 'geojson', resultOffset: …, … }), {
 *   geojson: true, pagination: true, pageSize: 1000, maxFeatures: 5000, total: 1200, signal, timeoutMs: 15000,
 * });
 * ```
 *
 * - `f=geojson` answers are used as they are; `f=json` ones (servers without GeoJSON) are converted with Esri's
 *   own @terraformer/arcgis, loaded only then.
 * - Whether there is more: the answer's `exceededTransferLimit` (top level in JSON, under `properties` in ArcGIS's
 *   GeoJSON) when it has one; else, when the count (`total`) is known, whether fewer were read; else whether
 *   the page was full. (Koop's GeoJSON answers carry no such flag.)
 * - A page that brings no feature not seen before (a server that ignores `resultOffset` and sends the same
 *   page again) ends the paging: `stuck`, with what was read (not `truncated`: zooming in would not help). An
 *   empty page ends it too.
 * - A layer that cannot page (`pagination` false) is read in one request; more than it sent is `truncated`.
 */

export interface ArcgisPageOptions {
  signal: AbortSignal;
  timeoutMs: number;
  /** Stop at this many features; more are reported as `truncated`. */
  maxFeatures: number;
  /** The layer's maxRecordCount: the page size asked for. */
  pageSize: number;
  /** Whether `resultOffset` works. */
  pagination: boolean;
  /** Ask `f=geojson` (else `f=json`, converted). */
  geojson: boolean;
  /** The number of matching features, when counted before. */
  total?: number;
  /** The layer's object id field, for the converted features' ids. */
  objectIdField?: string;
  onProgress?: (fraction: number) => void;
}

export interface ArcgisPages {
  features: Feature[];
  truncated: boolean;
  /** Requests made. */
  pages: number;
  /** The server sent a page again instead of the next one. */
  stuck: boolean;
}

/** The page URL for `offset` and `count` (undefined: no paging parameters, a server that cannot page). */
export type PageUrl = (offset: number | undefined, count: number | undefined) => string;

/** More pages than any sane layer needs: a guard against a server that never says it is done. */
const MAX_PAGES = 1000;

export async function fetchArcgisPages(pageUrl: PageUrl, options: ArcgisPageOptions): Promise<ArcgisPages> {
  const { signal, timeoutMs, maxFeatures, pageSize, pagination, total, onProgress } = options;
  const features: Feature[] = [];
  const seen = new Set<string>();
  let pages = 0;
  const wanted = Math.min(maxFeatures, total ?? Infinity);
  for (;;) {
    const count = pagination ? Math.max(1, Math.min(pageSize, maxFeatures - features.length)) : undefined;
    const file = await fetchData(pageUrl(pagination ? features.length : undefined, count), timeoutMs, undefined, { signal });
    pages++;
    const page = await readPage(fileText(file), options);
    const fresh = page.features.filter((feature) => {
      const key = featureKey(feature);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    // Not `truncated`: zooming in would not help; the paging-stuck notice says what happened.
    if (page.features.length > 0 && fresh.length === 0) return { features, truncated: false, pages, stuck: true };
    features.push(...fresh);
    if (Number.isFinite(wanted)) onProgress?.(Math.min(1, features.length / Math.max(1, wanted)));
    const more = page.features.length > 0 && (page.exceeded ?? (total !== undefined ? features.length < total : page.features.length >= (count ?? pageSize)));
    if (features.length >= maxFeatures) {
      return { features: features.slice(0, maxFeatures), truncated: more || features.length > maxFeatures || (total ?? 0) > maxFeatures, pages, stuck: false };
    }
    if (!more) return { features, truncated: false, pages, stuck: false };
    if (!pagination || pages >= MAX_PAGES) return { features, truncated: true, pages, stuck: false };
  }
}

interface Page {
  features: Feature[];
  /** The answer's own `exceededTransferLimit`, when it has one. */
  exceeded?: boolean;
}

async function readPage(text: string, { geojson, objectIdField }: ArcgisPageOptions): Promise<Page> {
  const body = throwIfArcgisError(parseJson(text)) as {
    features?: unknown;
    exceededTransferLimit?: unknown;
    properties?: { exceededTransferLimit?: unknown } | null;
  } | null;
  if (!body || !Array.isArray(body.features)) throw new DataError('data-invalid', 'arcgis.not-features');
  const flag = body.exceededTransferLimit ?? body.properties?.exceededTransferLimit;
  const exceeded = typeof flag === 'boolean' ? flag : undefined;
  if (geojson) return { features: body.features as Feature[], exceeded };
  const { arcgisToGeoJSON } = await import('@terraformer/arcgis');
  const converted = arcgisToGeoJSON({ features: body.features }, objectIdField) as { features?: Feature[] };
  return { features: converted.features ?? [], exceeded };
}

/** What tells a feature from another across pages: its id, else all of it. */
function featureKey(feature: Feature): string {
  return feature?.id !== undefined && feature.id !== null ? `id:${String(feature.id)}` : `json:${JSON.stringify(feature)}`;
}
