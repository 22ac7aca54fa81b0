import type { Feature } from 'geojson';
import { crsInfo, normalizeCrs, WGS84 } from '../crs.js';
import { DataFetchError } from '../fetch-data.js';
import type { LonLatBox } from '../lonlat-box.js';
import { requestBox } from '../lonlat-box.js';
import { queryParam } from '../query-param.js';
import { untilAborted } from '../shared-request.js';
import { decodeText } from '../text-encoding.js';
import type { ViewFeatures, ViewLimits } from '../view-reader.js';
import { readCapabilities, type WfsService } from './wfs-capabilities.js';
import { capabilitiesUrl, getFeatureUrl, hasOwnSelection, pickCrs, pickFeatureType, pickOutputFormat, type GetFeatureRequest } from './wfs-request.js';
import { readFeaturePage } from './wfs-response.js';

/**
 * Reads a WFS 2.0/1.1 feature type for a map view: `VIEW_READERS.wfs` (view-reader.ts) imports this module
 * only for such a source. Pure: no DOM elements, no lit, no maplibre.
 *
 * ```ts
 * const { features, crs, truncated, total, attribution } = await readWfsView(
 *   'https://geo.example.de/wfs?SERVICE=WFS', [9.1, 47.6, 9.3, 47.7], { typeName: 'ms:wlan', maxFeatures: 5000, timeoutMs: 15000 });
 * ```
 *
 * 1. GetCapabilities, once per address (kept for the page's life; a failed read is asked again next time):
 *    version, feature type, output format, CRS (wfs-request.ts says how each is chosen).
 * 2. GetFeature for the view's box, in pages: 2.0 with COUNT/STARTINDEX (page size the server's CountDefault,
 *    else all that is wanted at once; after a full first page up to 5 pages are asked at once), 1.1 with
 *    MAXFEATURES in one request. One feature more than max-features is asked for: whether it comes says whether
 *    the view holds more (`truncated`). Paging stops there, at a short page, at the server's numberMatched, or
 *    when a page repeats the one before (a server that ignores STARTINDEX: a notice, the first answer is kept).
 * 3. The features come back with the CRS they were asked in (`crs`, e.g. EPSG:25832): the data pipeline
 *    reprojects them and checks them for plausibility (a server answering lat/lon where lon/lat was asked is
 *    said there, not drawn in the ocean).
 *
 * Errors: `DataFetchError` (unreachable, HTTP status without an exception report, time-out); `DataError` for
 * an exception report (the server's message as text), a capabilities document without the type, unreadable
 * answers. An empty FeatureCollection is no error.
 */

/** At most this many pages per view, whatever the server's page size. */
const MAX_PAGES = 100;
/** Pages asked at once once the first page was full (the server answers them in parallel). */
const PARALLEL_PAGES = 5;

const capabilities = new Map<string, Promise<WfsService>>();

/** @internal Forgets the capabilities read so far (tests). */
export function clearWfsCapabilities(): void {
  capabilities.clear();
}

export async function readWfsView(src: string, box: LonLatBox, limits: ViewLimits): Promise<ViewFeatures> {
  const { signal, maxFeatures, timeoutMs } = limits;
  const url = new URL(src, globalThis.location?.href).href; // a relative address: against the page's
  const service = await serviceOf(url, timeoutMs, signal);
  const type = pickFeatureType(service.types, limits.typeName || queryParam(url, 'typenames') || queryParam(url, 'typename'));
  const output = pickOutputFormat(type.outputFormats, service.version);
  const crs = pickCrs(type, limits.crs);
  const bbox = hasOwnSelection(url) ? undefined : await boxIn(requestBox(box), crs.code);
  const base = { version: service.version, typeName: type.name, output, crsName: crs.name, bbox };
  const pageSize = service.version === '2.0.0' ? Math.min(maxFeatures + 1, service.countDefault ?? maxFeatures + 1) : maxFeatures + 1;
  const pages = await readPages(url, base, pageSize, limits);
  const answered = answeredCrs(pages, crs.code);
  return {
    features: pages.features.slice(0, maxFeatures),
    truncated: pages.more,
    ...(pages.total !== undefined ? { total: pages.total } : {}),
    crs: answered, // always said: the layer's own `crs` (what was asked) must not be taken for what came
    ...(bbox ? {} : { whole: true }), // the author's own FILTER, no BBOX: the same answer wherever the map moves
    ...(pages.looped ? { notices: [{ code: 'data-notice' as const, key: 'wfs.paging-loop' as const, params: { shown: pages.features.length } }] } : {}),
    ...(service.provider ? { attribution: service.provider } : {}),
  };
}

function serviceOf(url: string, timeoutMs: number, signal: AbortSignal | undefined): Promise<WfsService> {
  const key = capabilitiesUrl(url);
  let service = capabilities.get(key);
  if (!service) {
    // Shared by every layer on this service: fetched without this layer's cancel signal (shared-request.ts).
    service = fetchText(key, timeoutMs, undefined).then(readCapabilities);
    capabilities.set(key, service);
    service.catch(() => capabilities.get(key) === service && capabilities.delete(key));
  }
  return untilAborted(service, signal);
}

/** The request box in the asked CRS: unchanged for WGS84, else its corners and edge midpoints projected with proj4. */
async function boxIn(box: LonLatBox, code: string): Promise<LonLatBox> {
  if (code === WGS84) return box;
  const { default: proj4 } = await import('proj4');
  const converter = proj4(crsInfo(WGS84).proj, crsInfo(code).proj);
  const [w, s, e, n] = box[0] <= box[2] ? box : [-180, box[1], 180, box[3]];
  const points = [w, (w + e) / 2, e].flatMap((x) => [s, (s + n) / 2, n].map((y) => converter.forward([x, y])));
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/**
 * The CRS the positions are really in. GML: the one asked for (OpenLayers read the axis order from srsName).
 * GeoJSON: the one its `crs` member names (MapServer); without one, WGS84 as RFC 7946 has it (QGIS Server
 * answers so whatever SRSNAME asked), unless its numbers are plainly projected (a server that sends the CRS
 * asked for and leaves the member out).
 */
function answeredCrs(pages: Pages, asked: string): string {
  if (pages.declaredCrs === undefined) return asked;
  if (pages.declaredCrs !== null) return normalizeCrs(pages.declaredCrs);
  return asked !== WGS84 && pages.features.some(projectedPosition) ? asked : WGS84;
}

/** Whether a feature's first position lies outside longitude/latitude's range: metres, not degrees. */
function projectedPosition(feature: Feature): boolean {
  let coordinates: unknown = (feature.geometry as { coordinates?: unknown } | null)?.coordinates;
  while (Array.isArray(coordinates) && Array.isArray(coordinates[0])) coordinates = coordinates[0];
  if (!Array.isArray(coordinates) || typeof coordinates[0] !== 'number') return false;
  return Math.abs(coordinates[0]) > 180 || Math.abs(coordinates[1] as number) > 90;
}

interface Pages {
  /** The first page's `declaredCrs` (wfs-response.ts). */
  declaredCrs?: string | null;
  features: Feature[];
  /** More features than were read (the last page was full, or numberMatched says so). */
  more: boolean;
  total?: number;
  looped: boolean;
}

async function readPages(url: string, base: Omit<GetFeatureRequest, 'count' | 'startIndex'>, pageSize: number, limits: ViewLimits): Promise<Pages> {
  const { signal, maxFeatures, timeoutMs, onProgress } = limits;
  // One feature more than max-features is asked for in all: whether it comes says whether the view holds more.
  const limit = maxFeatures + 1;
  const read = async (startIndex: number) => {
    const count = Math.min(pageSize, limit - startIndex);
    const text = await fetchText(getFeatureUrl(url, { ...base, count, startIndex }), timeoutMs, signal);
    return { count, ...(await readFeaturePage(text, { gml: base.output.gml, version: base.version })) };
  };
  const first = await read(0);
  const features = [...first.features];
  const total = first.numberMatched;
  const wanted = Math.min(limit, total ?? limit);
  const progress = () => onProgress?.(Math.min(1, features.length / Math.max(1, Math.min(wanted, maxFeatures))));
  progress();
  let full = first.features.length >= first.count;
  let looped = false;
  if (base.version === '2.0.0') {
    let previous = first.features;
    let start = features.length;
    while (full && features.length < wanted && previous.length > 0 && start / pageSize < MAX_PAGES) {
      const starts: number[] = [];
      for (let next = start; starts.length < PARALLEL_PAGES && next < wanted; next += pageSize) starts.push(next);
      const batch = await Promise.all(starts.map(read));
      for (const page of batch) {
        if (page.features.length > 0 && sameFeature(page.features[0], previous[0])) {
          looped = true;
          full = false;
          break;
        }
        features.push(...page.features);
        previous = page.features;
        full = page.features.length >= page.count;
        if (!full) break;
      }
      start = features.length;
      progress();
    }
  }
  const more = total !== undefined ? total > Math.min(features.length, maxFeatures) && !looped : features.length > maxFeatures;
  return { features, more, looped, declaredCrs: first.declaredCrs, ...(total !== undefined ? { total } : {}) };
}

/** Whether two features are the same (by id, else by their JSON): a page repeating the one before. */
function sameFeature(a: Feature | undefined, b: Feature | undefined): boolean {
  if (!a || !b) return false;
  if (a.id !== undefined || b.id !== undefined) return a.id === b.id;
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Downloads an answer as text. Unlike a data file, an HTTP error with an XML body is read: WFS servers send
 * their exception reports with status 400 (or 500), and its message is what the page author needs.
 */
async function fetchText(url: string, timeoutMs: number, signal: AbortSignal | undefined): Promise<string> {
  const timeout = AbortSignal.timeout(timeoutMs);
  const both = signal ? AbortSignal.any([signal, timeout]) : timeout;
  let status = 0;
  try {
    const response = await fetch(url, { signal: both, credentials: 'same-origin', headers: { Accept: 'application/geo+json, application/json, application/xml, text/xml' } });
    status = response.status;
    const contentType = response.headers.get('content-type');
    const bytes = new Uint8Array(await response.arrayBuffer());
    const text = decodeText(bytes, { contentType }).text;
    if (!response.ok && !/xml/i.test(contentType ?? '') && !text.trimStart().startsWith('<?xml')) throw new DataFetchError('data-http', status);
    return text;
  } catch (error) {
    if (error instanceof DataFetchError) throw error;
    if (signal?.aborted) throw signal.reason;
    if (timeout.aborted) throw new DataFetchError('data-timeout');
    throw new DataFetchError('data-network', undefined, status > 0);
  }
}
