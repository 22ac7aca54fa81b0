import type { Feature } from 'geojson';
import { ByteBuffer } from 'flatbuffers';
import { Feature as FgbFeature } from 'flatgeobuf/lib/mjs/flat-geobuf/feature.js';
import { fromFeature } from 'flatgeobuf/lib/mjs/geojson/feature.js';
import { fromByteBuffer, type HeaderMeta } from 'flatgeobuf/lib/mjs/header-meta.js';
import { calcTreeSize, generateLevelBounds, type Rect } from 'flatgeobuf/lib/mjs/packedrtree.js';
import { formatPosition } from '../coordinate-check.js';
import { crsInfo, normalizeCrs, WGS84 } from '../crs.js';
import { DataError, quote } from '../data-error.js';
import { DataFetchError } from '../fetch-data.js';
import { requestBox, type LonLatBox } from '../lonlat-box.js';
import { TimeSlicer } from '../time-slice.js';
import type { ViewFeatures, ViewLimits } from '../view-reader.js';
import { textStart, type FormatOptions, type FormatRead, type LoadNotice } from './format-read.js';

/**
 * FlatGeobuf (`.fgb`): a whole downloaded file (`readFlatgeobuf`), or only the features in a map's view, read
 * from the file on the server with HTTP range requests through its spatial index (`readFlatgeobufView`).
 * Imported only when such a file is used; it brings the `flatgeobuf` package's decoder with it.
 *
 * ```ts
 * const read = await readFlatgeobufView(url, [9.16, 47.65, 9.19, 47.67], { signal, maxFeatures: 5000, timeoutMs: 15000 });
 * // read.features: GeoJSON in the file's CRS (read.crs, e.g. 'EPSG:25832'; undefined for WGS84)
 * ```
 *
 * How a view is read: the first request asks for the file's first 32 KB (header and the top of the packed
 * Hilbert R-tree); the tree is searched level by level (one round of requests per level below what came with
 * the header); then the features found are fetched in a few requests, neighbours merged when less than
 * 32 KB lie between them. At most `maxFeatures` are kept, spread evenly over those found (every n-th in the
 * file's order, which is the Hilbert curve's: the first n would be one corner of the view), and `total`
 * says how many the view holds.
 * - The first 32 KB are kept per URL for the life of the page (at most `HEADS_KEPT` files, the least recently
 *   read dropped first), so moving the map asks only for the index below them and the features; a read that
 *   fails (a file replaced on the server reads as damaged) drops them, and the next read asks again.
 * - Each read has an AbortController of its own, following the caller's signal: when one request fails or
 *   the caller cancels, the requests still under way are cancelled too and no new one starts.
 * - A file in another CRS than WGS84 (its header names an EPSG code, or the layer's `crs` attribute does) is
 *   searched with the view's box transformed into that CRS (proj4, edges sampled); the features then go
 *   through the pipeline's reprojection like any projected file. A header without a CRS (or with a WKT only)
 *   counts as WGS84 unless its extent cannot be longitude/latitude: then it is an error naming `crs`.
 * - A file without a spatial index is streamed whole, once (`whole`: later moves load nothing), stopping
 *   after `maxFeatures`, with a notice that an index would load only the view.
 * - A server that ignores the `Range` header (answers 200 with the whole file) is an error, `fgb.no-range-requests`,
 *   unless the whole file fits into the first request's 32 KB. No more than that is downloaded to find out.
 *
 * The package is imported module by module (feature decoder, header, the R-tree's layout) and pinned to one version
 * (package.json): its `geojson.deserialize` would also work, but it takes no AbortSignal, cannot tell a
 * server without range support from one with (it would decode the wrong bytes), does not say how many
 * features the view holds, and its module graph reaches a dynamic import of @bokuweb/zstd-wasm (for
 * seekable-zstd files, which the library does not read), which rollup would turn into a chunk of its own
 * whose .wasm file it does not emit.
 */

/** `fgb` and major version 3 (the magic bytes' first four; the last four are the minor version and padding). */
const MAGIC = [0x66, 0x67, 0x62, 0x03];
/** Bytes before the header: magic (8) and the header's length (4). */
const PREAMBLE = 12;
/** The first request: the header and the top levels of the index (40 bytes a node). */
const FIRST_REQUEST = 32 * 1024;
/** Features closer together than this are fetched in one request, the bytes between them included. */
const MERGE_GAP = 32 * 1024;
/** Bytes of a node of the index: its box (4 × float64) and an offset (uint64). */
const NODE_BYTES = 40;
/** Ranges of index nodes closer together than this (in nodes, 10 KB) are read in one request. */
const NODE_GAP = 256;
/** Feature requests under way at once. */
const PARALLEL = 4;
/** A header longer than this is not believed (the package's own limit). */
const MAX_HEADER = 10 * 1024 * 1024;
/** Files whose first bytes are kept (each up to `MAX_KEPT` bytes, usually 32 KB). */
const HEADS_KEPT = 16;
/** The first bytes of a file with a header larger than this (much metadata) are not kept. */
const MAX_KEPT = 256 * 1024;

/** A whole FlatGeobuf file, downloaded: every feature, in the CRS its header names. */
export async function readFlatgeobuf(bytes: Uint8Array, _options: FormatOptions = {}): Promise<FormatRead> {
  const layout = readLayout(bytes);
  if (layout === 'short') throw new DataError('data-invalid', 'fgb.unreadable');
  const slicer = new TimeSlicer();
  const features: Feature[] = [];
  let offset = layout.featuresStart;
  while (offset < bytes.length) {
    const { feature, length } = decodeAt(bytes, offset, features.length, layout.header);
    features.push(feature);
    offset += length;
    if (slicer.due()) await slicer.yield();
  }
  return { features, crs: headerCrs(layout.header) };
}

/** The features of the file at `url` in `box` (longitude/latitude, unwrapped as maplibre gives it). */
export async function readFlatgeobufView(url: string, box: LonLatBox, limits: ViewLimits): Promise<ViewFeatures> {
  const stop = new AbortController();
  try {
    return await readView(url, box, { ...limits, signal: AbortSignal.any([limits.signal, stop.signal]) });
  } catch (error) {
    if (!limits.signal.aborted) heads.delete(url); // perhaps a file replaced on the server: read its start again
    throw error;
  } finally {
    stop.abort(); // after a failure: the requests still under way end too
  }
}

async function readView(url: string, box: LonLatBox, limits: ViewLimits): Promise<ViewFeatures> {
  const client = new RangeClient(url, limits.signal, limits.timeoutMs);
  const layout = await openFile(url, client);
  const { header } = layout;
  const declared = limits.crs?.trim() ? limits.crs : headerCrs(header);
  const crs = declared ? normalizeCrs(declared) : WGS84;
  if (crs === WGS84) checkExtent(header);
  const onCrs = crs === WGS84 ? {} : { crs };
  if (header.featuresCount === 0) return { features: [], truncated: false, whole: true, ...onCrs };
  if (header.indexNodeSize === 0) return { ...(await streamWhole(client, layout, limits)), ...onCrs };
  const found = await search(client, layout, await queryRects(box, crs));
  const kept = spread(found, Math.max(0, limits.maxFeatures));
  const features = await fetchFeatures(client, layout, kept, limits.onProgress);
  return { features, truncated: found.length > kept.length, total: found.length, ...onCrs };
}

/** `count` of `items` spread evenly over them (every n-th), in their order; all of them when they are no more. */
function spread<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  return Array.from({ length: count }, (_, i) => items[Math.floor((i * items.length) / count)]);
}

// ---- the file's first bytes, kept per URL

/** A file's first bytes as the first request brought them, and the layout read from them. */
interface Head {
  bytes: Uint8Array;
  /** They are the whole file. */
  complete: boolean;
  layout: Layout;
}

/** The heads of the files this page read, by URL; the least recently read first. */
const heads = new Map<string, Head>();

/** Header and layout of the file at `url`: kept from an earlier read, or from its first bytes (then kept). */
async function openFile(url: string, client: RangeClient): Promise<Layout> {
  const kept = heads.get(url);
  if (kept) {
    heads.delete(url); // moved to the end: the most recently read
    heads.set(url, kept);
    client.resume(kept.bytes, kept.complete);
    return kept.layout;
  }
  let bytes = await client.open(FIRST_REQUEST);
  let layout = readLayout(bytes);
  if (layout === 'short') {
    const length = PREAMBLE + new DataView(bytes.buffer, bytes.byteOffset).getUint32(8, true);
    bytes = await client.open(length + FIRST_REQUEST);
    layout = readLayout(bytes);
    if (layout === 'short') throw new DataError('data-invalid', 'fgb.unreadable');
  }
  if (bytes.length <= MAX_KEPT) {
    heads.set(url, { bytes, complete: client.complete, layout });
    if (heads.size > HEADS_KEPT) heads.delete(heads.keys().next().value as string);
  }
  return layout;
}

// ---- the file's layout

interface Layout {
  header: HeaderMeta;
  /** Where the index starts. */
  treeStart: number;
  /** Where the first feature starts (after the index, if any). */
  featuresStart: number;
}

/** Header and layout from the file's first bytes; 'short' when they do not hold the whole header. */
function readLayout(head: Uint8Array): Layout | 'short' {
  if (head.length < PREAMBLE || MAGIC.some((byte, i) => head[i] !== byte)) throw notFlatgeobuf(head);
  const headerLength = new DataView(head.buffer, head.byteOffset, head.byteLength).getUint32(8, true);
  if (headerLength < 8 || headerLength > MAX_HEADER) throw new DataError('data-invalid', 'fgb.unreadable');
  const treeStart = PREAMBLE + headerLength;
  if (head.length < treeStart) return 'short';
  let header: HeaderMeta;
  try {
    header = fromByteBuffer(new ByteBuffer(head.slice(8, treeStart)));
  } catch {
    throw new DataError('data-invalid', 'fgb.unreadable');
  }
  const indexed = header.indexNodeSize > 0 && header.featuresCount > 0;
  return { header, treeStart, featuresStart: treeStart + (indexed ? calcTreeSize(header.featuresCount, header.indexNodeSize) : 0) };
}

/** Not a FlatGeobuf file: says how it starts when that is text (an HTML page, GeoJSON …). */
function notFlatgeobuf(head: Uint8Array): DataError {
  const start = textStart(head);
  return start
    ? new DataError('data-invalid', 'fgb.not-flatgeobuf.text', { start: quote(start, 30) })
    : new DataError('data-invalid', 'fgb.not-flatgeobuf');
}

/**
 * The CRS the header names, as a code the pipeline reads ('EPSG:25832'; 'EPSG:4258' is read as WGS84 there);
 * undefined for WGS84 and for a header without a CRS or with a WKT only (then the coordinates' check says what
 * is wrong). An EPSG code the library does not support is refused by `normalizeCrs` (`crs.unsupported` names
 * it and the supported ones), though the header carries a WKT: GDAL writes WKT2, which proj4 reads without a
 * datum shift, so a Gauß-Krüger zone 4 file (EPSG:31468) would land about 60 m off in Konstanz, silently.
 */
function headerCrs(header: HeaderMeta): string | undefined {
  const crs = header.crs;
  if (!crs) return undefined;
  const org = (crs.org ?? 'EPSG').toUpperCase();
  if (/CRS84/i.test(crs.code_string ?? '')) return undefined;
  if (org === 'EPSG' && crs.code > 0) return crs.code === 4326 ? undefined : `EPSG:${crs.code}`;
  if (crs.code_string) return `${org}:${crs.code_string}`; // named, but not by EPSG: normalizeCrs says so
  return undefined;
}

/** A file read as longitude/latitude whose extent cannot be that: say so, instead of finding nothing in the view. */
function checkExtent(header: HeaderMeta): void {
  const envelope = header.envelope;
  if (!envelope || envelope.length < 4) return;
  const [minX, minY, maxX, maxY] = envelope;
  if ([minX, maxX].every((x) => Math.abs(x) <= 180) && [minY, maxY].every((y) => Math.abs(y) <= 90)) return;
  throw new DataError('data-coordinates', 'coordinates.crs-unknown', { example: formatPosition([minX, minY]) });
}

/** One feature at `offset` (its size prefix), as GeoJSON, and how many bytes it took. */
function decodeAt(bytes: Uint8Array, offset: number, id: number, header: HeaderMeta): { feature: Feature; length: number } {
  if (offset + 4 > bytes.length) throw new DataError('data-invalid', 'fgb.unreadable');
  const size = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(offset, true);
  if (offset + 4 + size > bytes.length) throw new DataError('data-invalid', 'fgb.unreadable');
  // A copy that starts at offset 0 (as the package does): coordinates are read as Float64Arrays on the buffer.
  const aligned = new Uint8Array(size + 4);
  aligned.set(bytes.subarray(offset + 4, offset + 4 + size), 4);
  try {
    const feature = fromFeature(id, FgbFeature.getSizePrefixedRootAsFeature(new ByteBuffer(aligned)), header) as Feature;
    return { feature, length: size + 4 };
  } catch {
    throw new DataError('data-invalid', 'fgb.unreadable');
  }
}

// ---- reading a view through the index

/** The view's box as rectangles in the file's CRS: two for a box across the antimeridian. */
async function queryRects(box: LonLatBox, crs: string): Promise<Rect[]> {
  if (crs === WGS84) {
    const [west, south, east, north] = requestBox(box);
    if (west <= east) return [{ minX: west, minY: south, maxX: east, maxY: north }];
    return [
      { minX: west, minY: south, maxX: 180, maxY: north },
      { minX: -180, minY: south, maxX: east, maxY: north },
    ];
  }
  const { default: proj4 } = await import('proj4');
  const toFile = proj4(crsInfo(WGS84).proj, crsInfo(crs).proj);
  const [west, south, east, north] = [Math.max(-180, box[0]), Math.max(-89, box[1]), Math.min(180, box[2]), Math.min(89, box[3])];
  // The box's edges are curves in a projected CRS: sample them.
  const xs: number[] = [];
  const ys: number[] = [];
  const steps = 16;
  for (let i = 0; i <= steps; i++) {
    const lon = west + ((east - west) * i) / steps;
    const lat = south + ((north - south) * i) / steps;
    for (const [x, y] of [toFile.forward([lon, south]), toFile.forward([lon, north]), toFile.forward([west, lat]), toFile.forward([east, lat])]) {
      if (Number.isFinite(x) && Number.isFinite(y)) {
        xs.push(x);
        ys.push(y);
      }
    }
  }
  if (!xs.length) return [];
  return [{ minX: Math.min(...xs), minY: Math.min(...ys), maxX: Math.max(...xs), maxY: Math.max(...ys) }];
}

/** A feature the index found: its offset from the first feature, its index in the file, its length (null: the last one). */
type Hit = [offset: number, index: number, length: number | null];

/**
 * The index's hits in any of the rectangles, in the file's order. The packed R-tree is read level by level
 * from the root, one round of requests per level: the children of the nodes that meet a rectangle, ranges
 * less than NODE_GAP nodes apart read together. (The package's `streamSearch` does the same, but logs each
 * step with `console.debug`, formatting its whole queue every time.)
 */
async function search(client: RangeClient, layout: Layout, rects: Rect[]): Promise<Hit[]> {
  const { featuresCount: count, indexNodeSize: nodeSize } = layout.header;
  const levels = generateLevelBounds(count, nodeSize); // [first, end) node of each level, the leaves first, the root last
  const firstLeaf = levels[0][0];
  const meets = (view: DataView, at: number) =>
    rects.some(
      (rect) =>
        view.getFloat64(at, true) <= rect.maxX &&
        view.getFloat64(at + 8, true) <= rect.maxY &&
        view.getFloat64(at + 16, true) >= rect.minX &&
        view.getFloat64(at + 24, true) >= rect.minY,
    );
  const hits: Hit[] = [];
  let ranges: [number, number][] = [[0, 1]];
  for (let level = levels.length - 1; level >= 0 && ranges.length > 0; level--) {
    const leaves = level === 0;
    const levelEnd = levels[level][1];
    const childEnd = leaves ? 0 : levels[level - 1][1];
    const merged = mergeRanges(ranges);
    // At the leaves one node more where there is one: the next feature's offset gives a feature's length.
    const reads = await Promise.all(
      merged.map(async ([first, end]) => {
        const readEnd = leaves ? Math.min(end + 1, levelEnd) : end;
        const bytes = await client.read(layout.treeStart + first * NODE_BYTES, (readEnd - first) * NODE_BYTES);
        if (bytes.length < (readEnd - first) * NODE_BYTES) throw new DataError('data-invalid', 'fgb.unreadable');
        return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      }),
    );
    ranges = [];
    merged.forEach(([first, end], r) => {
      const view = reads[r];
      for (let node = first; node < end; node++) {
        const at = (node - first) * NODE_BYTES;
        if (!meets(view, at)) continue;
        const offset = Number(view.getBigUint64(at + 32, true));
        if (!leaves) {
          ranges.push([offset, Math.min(offset + nodeSize, childEnd)]);
          continue;
        }
        const last = node + 1 >= levelEnd;
        hits.push([offset, node - firstLeaf, last ? null : Number(view.getBigUint64(at + NODE_BYTES + 32, true)) - offset]);
      }
    });
  }
  return hits.sort((a, b) => a[0] - b[0]);
}

/** Node ranges sorted and joined where they overlap or lie less than NODE_GAP nodes apart. */
function mergeRanges(ranges: [number, number][]): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [first, end] of sorted) {
    const last = merged.at(-1);
    if (last && first - last[1] <= NODE_GAP) last[1] = Math.max(last[1], end);
    else merged.push([first, end]);
  }
  return merged;
}

/** Fetches the hits' features, neighbours together, a few requests at a time, and decodes them. */
async function fetchFeatures(client: RangeClient, layout: Layout, hits: Hit[], onProgress?: (fraction: number) => void): Promise<Feature[]> {
  const batches: Hit[][] = [];
  for (const hit of hits) {
    const batch = batches.at(-1);
    const last = batch?.at(-1);
    if (batch && last && last[2] !== null && hit[0] - (last[0] + last[2]) <= MERGE_GAP) batch.push(hit);
    else batches.push([hit]);
  }
  const decoded: Feature[][] = new Array(batches.length);
  const slicer = new TimeSlicer();
  let next = 0;
  let done = 0;
  let failed = false;
  const worker = async () => {
    while (next < batches.length && !failed) {
      const at = next++;
      try {
        decoded[at] = await fetchBatch(client, layout, batches[at], slicer);
      } catch (error) {
        failed = true; // the others start nothing new
        throw error;
      }
      onProgress?.(++done / batches.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, batches.length) }, worker));
  return decoded.flat();
}

async function fetchBatch(client: RangeClient, layout: Layout, batch: Hit[], slicer: TimeSlicer): Promise<Feature[]> {
  const start = batch[0][0];
  const [lastOffset, , lastLength] = batch[batch.length - 1];
  // The file's last feature: its length is in its own size prefix.
  const end = lastLength ?? 4 + (await sizePrefix(client, layout.featuresStart + lastOffset));
  const bytes = await client.read(layout.featuresStart + start, lastOffset + end - start);
  const features: Feature[] = [];
  for (const [offset, index] of batch) {
    features.push(decodeAt(bytes, offset - start, index, layout.header).feature);
    if (slicer.due()) await slicer.yield();
  }
  return features;
}

async function sizePrefix(client: RangeClient, at: number): Promise<number> {
  const bytes = await client.read(at, 4);
  if (bytes.length < 4) throw new DataError('data-invalid', 'fgb.unreadable');
  return new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0, true);
}

/** A file without an index: streamed from its first feature on, up to `maxFeatures`, once. */
async function streamWhole(client: RangeClient, layout: Layout, limits: ViewLimits): Promise<ViewFeatures> {
  const { header } = layout;
  const features: Feature[] = [];
  const slicer = new TimeSlicer();
  let pending = new Uint8Array(0);
  for await (const chunk of client.stream(layout.featuresStart, limits.onProgress)) {
    const joined = new Uint8Array(pending.length + chunk.length);
    joined.set(pending);
    joined.set(chunk, pending.length);
    let offset = 0;
    while (offset + 4 <= joined.length && features.length < limits.maxFeatures) {
      const size = new DataView(joined.buffer).getUint32(offset, true);
      if (offset + 4 + size > joined.length) break;
      features.push(decodeAt(joined, offset, features.length, header).feature);
      offset += 4 + size;
      if (slicer.due()) await slicer.yield();
    }
    pending = joined.slice(offset);
    if (features.length >= limits.maxFeatures) break; // ends the download
  }
  // Bytes left over that make no whole feature: the file is cut off.
  if (features.length < limits.maxFeatures && pending.length > 0) throw new DataError('data-invalid', 'fgb.unreadable');
  const notices: LoadNotice[] = [{ code: 'data-notice', key: 'fgb.no-index' }];
  return { features, truncated: header.featuresCount > features.length, total: header.featuresCount, whole: true, notices };
}

// ---- HTTP

/**
 * Range requests for one file, under one AbortSignal and a time-out per request; keeps the file's first
 * bytes (from `open`) and answers reads inside them without a request. Fails like `fetchData`
 * (`DataFetchError`), and with `fgb.no-range-requests` when the server sends the whole file instead.
 */
class RangeClient {
  private head: Uint8Array = new Uint8Array(0);
  /** The first request brought the whole file (a server without range support, a small file). */
  complete = false;

  constructor(
    private readonly url: string,
    private readonly signal: AbortSignal,
    private readonly timeoutMs: number,
  ) {}

  /** The file's first `length` bytes (fewer for a shorter file), kept for later reads. */
  async open(length: number): Promise<Uint8Array> {
    this.head = await this.request(0, length, (response, timeout) => this.wholeFile(response, length, timeout));
    if (this.head.length < length) this.complete = true; // a file shorter than that: it is all there
    return this.head;
  }

  /** Reads from the first bytes an earlier `open` of the same file brought, instead of asking again. */
  resume(head: Uint8Array, complete: boolean): void {
    this.head = head;
    this.complete = complete;
  }

  /** `length` bytes from `start` (fewer at the end of the file). */
  async read(start: number, length: number): Promise<Uint8Array> {
    if (this.complete || start + length <= this.head.length) return this.head.subarray(start, start + length);
    return this.request(start, length, (response) => this.noRanges(response));
  }

  /** The file from `start` to its end, as it arrives; progress when the server says how much that is. */
  async *stream(start: number, onProgress?: (fraction: number) => void): AsyncGenerator<Uint8Array> {
    if (this.complete) {
      yield this.head.subarray(start);
      return;
    }
    const { signal, timeout } = this.signals();
    const response = await this.fetch(start, undefined, signal, timeout);
    if (response.status === 416) throw new DataError('data-invalid', 'fgb.unreadable'); // shorter than its header says
    if (response.status !== 206) await this.noRanges(response);
    const total = Number(response.headers.get('content-length')) || 0;
    const reader = response.body!.getReader();
    let received = 0;
    try {
      for (;;) {
        const { done, value } = await this.guard(reader.read(), timeout, true);
        if (done) return;
        received += value.length;
        if (total) onProgress?.(Math.min(1, received / total));
        yield value;
      }
    } finally {
      void reader.cancel().catch(() => undefined); // stopped early (max-features) or failed: end the download
    }
  }

  private signals() {
    const timeout = AbortSignal.timeout(this.timeoutMs);
    return { timeout, signal: AbortSignal.any([this.signal, timeout]) };
  }

  private async request(
    start: number,
    length: number,
    whole: (response: Response, timeout: AbortSignal) => Promise<Uint8Array>,
  ): Promise<Uint8Array> {
    const { signal, timeout } = this.signals();
    const response = await this.fetch(start, length, signal, timeout);
    if (response.status === 416) return new Uint8Array(0); // starts beyond the end: a file shorter than its header says
    if (response.status !== 206) return whole(response, timeout);
    return new Uint8Array(await this.guard(response.arrayBuffer(), timeout, true));
  }

  private async fetch(start: number, length: number | undefined, signal: AbortSignal, timeout: AbortSignal): Promise<Response> {
    const range = `bytes=${start}-${length === undefined ? '' : start + length - 1}`;
    const response = await this.guard(fetch(this.url, { signal, headers: { Range: range }, credentials: 'same-origin' }), timeout, false);
    if (!response.ok && response.status !== 416) throw new DataFetchError('data-http', response.status);
    return response;
  }

  /** Rejections of fetch and of reading the body, as `fetchData` reports them. */
  private async guard<T>(work: Promise<T>, timeout: AbortSignal, receiving: boolean): Promise<T> {
    try {
      return await work;
    } catch (error) {
      if (error instanceof DataFetchError || error instanceof DataError) throw error;
      if (this.signal.aborted) throw this.signal.reason;
      if (timeout.aborted) throw new DataFetchError('data-timeout');
      throw new DataFetchError('data-network', undefined, receiving);
    }
  }

  /**
   * The server answered the first request with the whole file (200): fine for a file no longer than what
   * was asked for (it is all there is); else it does not serve parts, and no more of it is downloaded.
   */
  private async wholeFile(response: Response, length: number, timeout: AbortSignal): Promise<Uint8Array> {
    const declared = Number(response.headers.get('content-length'));
    if (declared > length) return this.noRanges(response);
    const reader = response.body!.getReader();
    const chunks: Uint8Array[] = [];
    let received = 0;
    for (;;) {
      const { done, value } = await this.guard(reader.read(), timeout, true);
      if (done) break;
      received += value.length;
      if (received > length) return this.noRanges(response, reader);
      chunks.push(value);
    }
    const bytes = new Uint8Array(received);
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, offset);
      offset += chunk.length;
    }
    this.complete = true;
    return bytes;
  }

  private async noRanges(response: Response, reader?: ReadableStreamDefaultReader<Uint8Array>): Promise<never> {
    await (reader ? reader.cancel() : response.body?.cancel())?.catch(() => undefined);
    throw new DataError('data-invalid', 'fgb.no-range-requests');
  }
}
