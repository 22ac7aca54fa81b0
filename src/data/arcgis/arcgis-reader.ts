import type { LoadNotice } from '../formats/format-read.js';
import { fetchData, fileText } from '../fetch-data.js';
import { parseJson } from '../geojson.js';
import { requestBox, type LonLatBox } from '../lonlat-box.js';
import { untilAborted } from '../shared-request.js';
import type { ViewFeatures, ViewLimits } from '../view-reader.js';
import { throwIfArcgisError } from './arcgis-error.js';
import { readLayerInfo, type ArcgisLayerInfo } from './arcgis-layer-info.js';
import { fetchArcgisPages } from './arcgis-pages.js';
import { envelopeParams, metadataUrl, queryUrl } from './arcgis-query.js';

/**
 * Reads an ArcGIS REST Feature Service (or Map Service) layer, `…/FeatureServer/0`, for a map's view: the
 * `arcgis` ViewReader (view-reader.ts), loaded only by pages with such a layer. No DOM.
 *
 * ```ts
 * const read = await readArcgisView('https://…/FeatureServer/0', [9.15, 47.65, 9.2, 47.68], { signal, maxFeatures: 5000, timeoutMs: 15000 });
 * read.whole        // true: the layer has at most max-features features and was read whole
 * read.attribution  // the layer's copyrightText, plain text
 * ```
 *
 * 1. The layer's description (`?f=json`) and its count (`returnCountOnly`) are asked once per address and kept
 *    (a failure is not kept: the next view asks again).
 * 2. A layer of at most `maxFeatures` features is read whole (`whole`: moving the map loads nothing new).
 * 3. A larger one is read for the view's envelope (`esriGeometryEnvelope`, `inSR=4326`), counted first so the
 *    truncation notice can say "n of m".
 * Pages follow `exceededTransferLimit` (arcgis-pages.ts). Errors: ArcGIS's error JSON as `arcgis-error`, a
 * service root or a table as `data-invalid` (arcgis-layer-info.ts), HTTP errors and time-outs as for any file.
 */

interface LayerFacts {
  info: ArcgisLayerInfo;
  /** Features the whole layer holds (undefined when the server cannot count). */
  count?: number;
}

/** Descriptions and counts already asked for, by layer address (a few; the oldest goes first). */
const facts = new Map<string, Promise<LayerFacts>>();
const KEPT = 20;

export async function readArcgisView(url: string, box: LonLatBox, limits: ViewLimits): Promise<ViewFeatures> {
  const { signal, maxFeatures, timeoutMs, onProgress } = limits;
  const { info, count } = await layerFacts(url, limits);
  // Read whole only what one can really have whole: without paging, one answer holds at most maxRecordCount.
  const whole = count !== undefined && count <= (info.pagination ? maxFeatures : Math.min(maxFeatures, info.maxRecordCount));
  const area = whole ? {} : envelopeParams(requestBox(box));
  const total = whole ? count : await countOf(url, area, limits);
  const format = info.geojson ? 'geojson' : 'json';
  const pages = await fetchArcgisPages(
    (offset, size) => queryUrl(url, { ...area, f: format, returnGeometry: 'true', ...(offset === undefined ? {} : { resultOffset: String(offset), resultRecordCount: String(size) }) }),
    { signal, timeoutMs, maxFeatures, pageSize: info.maxRecordCount, pagination: info.pagination, geojson: info.geojson, total, objectIdField: info.objectIdField, onProgress },
  );
  const notices: LoadNotice[] = pages.stuck ? [{ code: 'data-notice', key: 'arcgis.paging-stuck', params: { count: pages.features.length } }] : [];
  return {
    features: pages.features,
    truncated: pages.truncated,
    total,
    whole: whole && !pages.truncated,
    ...(notices.length ? { notices } : {}),
    ...(info.attribution ? { attribution: info.attribution } : {}),
  };
}

function layerFacts(url: string, limits: ViewLimits): Promise<LayerFacts> {
  const kept = facts.get(url);
  if (kept) return untilAborted(kept, limits.signal);
  // Shared by every layer on this address: asked without this layer's cancel signal (shared-request.ts).
  const shared = { timeoutMs: limits.timeoutMs };
  const asked = (async () => {
    const info = readLayerInfo(await askJson(metadataUrl(url), shared));
    return { info, count: await countOf(url, {}, shared) };
  })();
  facts.set(url, asked);
  asked.catch(() => facts.get(url) === asked && facts.delete(url));
  if (facts.size > KEPT) facts.delete(facts.keys().next().value!);
  return untilAborted(asked, limits.signal);
}

/** How many features match (`returnCountOnly`), or undefined when the answer has no count. */
async function countOf(url: string, area: Record<string, string>, limits: Pick<ViewLimits, 'timeoutMs'> & { signal?: AbortSignal }): Promise<number | undefined> {
  const body = (await askJson(queryUrl(url, { ...area, returnCountOnly: 'true', f: 'json' }), limits)) as { count?: unknown } | null;
  return typeof body?.count === 'number' && body.count >= 0 ? body.count : undefined;
}

/** A JSON answer; ArcGIS's error JSON throws its DataError. */
async function askJson(url: string, { signal, timeoutMs }: Pick<ViewLimits, 'timeoutMs'> & { signal?: AbortSignal }): Promise<unknown> {
  const file = await fetchData(url, timeoutMs, undefined, { signal });
  return throwIfArcgisError(parseJson(fileText(file)));
}
