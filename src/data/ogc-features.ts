import type { Feature } from 'geojson';
import { DataError, quote, type Reason } from './data-error.js';
import { fetchData, fileText } from './fetch-data.js';
import { parseJson } from './geojson.js';
import type { LonLatBox } from './lonlat-box.js';

export { collectionId, isItemsUrl } from './view-source.js';

/**
 * Reading an OGC API – Features "items" endpoint (`…/collections/{id}/items`) for a map view. Pure: no DOM,
 * no lit, no maplibre.
 *
 * ```ts
 * isItemsUrl('https://geo.example.de/ogcapi/collections/wlan/items?status=aktiv')  // true
 * const url = itemsRequestUrl(src, [9.15, 47.65, 9.2, 47.68], 1000);  // bbox, limit, f=json
 * const { features, truncated, numberMatched } = await fetchFeaturePages(url, { signal, maxFeatures: 5000, timeoutMs: 15000 });
 * ```
 *
 * - The request keeps the page author's own query parameters (a `limit` or `f` they set wins); `bbox` is
 *   always the view's, in WGS84 longitude/latitude (the API's default CRS84); west > east across the
 *   antimeridian (lonlat-box.ts makes that box).
 * - Pages are followed through the `links` entry with `rel: "next"`, resolved against the answer's URL, as
 *   long as it stays on the first request's origin: a `next` link to another host is not followed (it would
 *   get the first request's parameters, an API key for instance), and the result counts as truncated.
 *   Parameters of the first request that a `next` link leaves out are carried over (except `offset`):
 *   MapServer 8.0's `next` links keep only `f`, `limit` and `offset` and would otherwise page through the
 *   whole collection instead of the view.
 * - Errors are those of any data file: `DataFetchError` (unreachable, HTTP status, time-out) and
 *   `DataError` `data-invalid` when the answer is not a GeoJSON FeatureCollection. Cancelled through
 *   `signal`, it rejects with the signal's reason.
 */

const ACCEPT = { Accept: 'application/geo+json, application/json' };
/** Paging parameters that belong to one page only, never carried over to the next. */
const PAGE_PARAMS = new Set(['offset']);

/**
 * The URL of the first page for a view: the author's URL with `bbox` set to the view, `limit` (unless the
 * URL has one) and `f=json` (unless the URL has an `f`).
 */
export function itemsRequestUrl(url: string, bbox: LonLatBox, limit: number): string {
  const request = new URL(url);
  request.searchParams.set('bbox', bbox.map((value) => String(Math.round(value * 1e6) / 1e6)).join(','));
  if (!request.searchParams.has('limit')) request.searchParams.set('limit', String(Math.max(1, Math.floor(limit))));
  if (!request.searchParams.has('f')) request.searchParams.set('f', 'json');
  return request.href;
}

/** The absolute URL of the `rel: "next"` link of an items answer, resolved against `responseUrl`. */
export function nextLink(body: unknown, responseUrl: string): string | undefined {
  const links = (body as { links?: unknown } | null)?.links;
  if (!Array.isArray(links)) return undefined;
  const next = links.find((link) => link?.rel === 'next' && typeof link.href === 'string' && link.href);
  if (!next) return undefined;
  try {
    return new URL(next.href, responseUrl).href;
  } catch {
    return undefined;
  }
}

/** The next page's URL with the first request's parameters it left out (bbox, filters), except paging ones. */
export function withRequestParams(next: string, firstRequest: string): string {
  const url = new URL(next);
  for (const [key, value] of new URL(firstRequest).searchParams) {
    if (!PAGE_PARAMS.has(key) && !url.searchParams.has(key)) url.searchParams.append(key, value);
  }
  return url.href;
}

export interface FeaturePagesOptions {
  /** Cancels the download. */
  signal?: AbortSignal;
  /** Stop after this many features (the rest is reported as `truncated`). */
  maxFeatures: number;
  /** Time-out of each page's request. */
  timeoutMs: number;
  /** Called with 0…1 after each page when the total (`numberMatched`) is known. */
  onProgress?: (fraction: number) => void;
}

export interface FeaturePages {
  /** At most `maxFeatures` features, as the server sent them (not yet validated). */
  features: Feature[];
  /** True when the endpoint has more features than were collected. */
  truncated: boolean;
  /** The server's count of all matching features, when it gives one. */
  numberMatched?: number;
  /** How many pages were requested. */
  pages: number;
}

/** Downloads the pages of an items request, following `next` links until `maxFeatures` or the end. */
export async function fetchFeaturePages(url: string, options: FeaturePagesOptions): Promise<FeaturePages> {
  const { signal, maxFeatures, timeoutMs, onProgress } = options;
  const features: Feature[] = [];
  const visited = new Set<string>();
  const origin = new URL(url).origin;
  let numberMatched: number | undefined;
  let next: string | undefined = url;
  /** A `next` link to another origin, not followed: there is more that was left out. */
  let elsewhere = false;
  while (next && !visited.has(next)) {
    visited.add(next);
    const file = await fetchData(next, timeoutMs, undefined, { signal, headers: ACCEPT });
    const page = readPage(fileText(file));
    if (visited.size === 1 && typeof page.numberMatched === 'number') numberMatched = page.numberMatched;
    features.push(...page.features);
    const link = page.features.length > 0 ? nextLink(page, file.url) : undefined;
    elsewhere = !!link && new URL(link).origin !== origin;
    next = link && !elsewhere ? withRequestParams(link, url) : undefined;
    if (numberMatched !== undefined) {
      onProgress?.(Math.min(1, features.length / Math.max(1, Math.min(numberMatched, maxFeatures))));
      if (features.length >= numberMatched) {
        next = undefined;
        elsewhere = false;
      }
    }
    if (features.length >= maxFeatures) {
      const more = features.length > maxFeatures || !!next || elsewhere || (numberMatched ?? 0) > maxFeatures;
      return { features: features.slice(0, maxFeatures), truncated: more, numberMatched, pages: visited.size };
    }
  }
  return { features, truncated: elsewhere, numberMatched, pages: visited.size };
}

interface ItemsPage {
  type: 'FeatureCollection';
  features: Feature[];
  links?: unknown;
  numberMatched?: unknown;
}

function readPage(text: string): ItemsPage {
  let body: unknown;
  try {
    body = parseJson(text);
  } catch {
    throw notFeatureCollection({ key: 'ogc.got.not-json' });
  }
  const object = body as Partial<ItemsPage> | null;
  if (object?.type === 'FeatureCollection' && Array.isArray(object.features)) return object as ItemsPage;
  const type = typeof object === 'object' && object !== null && typeof object.type === 'string' ? object.type : undefined;
  throw notFeatureCollection(type ? { key: 'ogc.got.type', params: { type: quote(type) } } : { key: 'ogc.got.no-type' });
}

/** `got`: what the answer was instead. */
function notFeatureCollection(got: Reason): DataError {
  return new DataError('data-invalid', 'ogc.not-feature-collection', { got });
}
