import type { Feature, FeatureCollection } from 'geojson';
import { legacyCrsMember, normalizeCrs, WGS84 } from './crs.js';
import { DataError, quote } from './data-error.js';
import type { DataMessageKey } from './data.messages.js';
import { formatFromHints, isBinaryFormat, sniffBytes, sniffText, type DataFormat, type DetectedFormat } from './detect-format.js';
import { encodingNotice, type FormatRead, type LoadNotice } from './formats/format-read.js';
import { parseJson, toFeatureCollection } from './geojson.js';
import { decodeText } from './text-encoding.js';
import { Progress, TimeSlicer } from './time-slice.js';
import { validateFeatures, type SkipReason } from './validate.js';
import { fitsLonLat } from './lon-lat-fit.js';

/**
 * The data pipeline of the data layers: a downloaded file (or a GeoJSON object) in, clean WGS84 GeoJSON
 * out. Pure: no DOM, no lit, no maplibre.
 *
 * ```ts
 * loadData(input: Uint8Array | string, options?: LoadOptions): Promise<LoadResult> // a downloaded file's bytes, or inline text
 * loadObject(value: unknown, options?: ObjectLoadOptions): Promise<LoadResult> // the `data` property
 *
 * const { collection, skipped, sourceCrs, format, notices } = await loadData(bytes, {
 *   contentType: response.headers.get('content-type'), url, crs, latField, lonField, onProgress,
 * });
 * ```
 * Both reject with a `DataError` only; the input is never modified (features and properties are copies).
 * `skipped` counts everything left out: invalid features, CSV rows without numeric coordinates, a few
 * stray features outside longitude/latitude, features that do not reproject to a place on Earth.
 *
 * Steps, each in its own module:
 * 1. Format (detect-format.ts): explicit `format`, else content type, else URL extension, else the content
 *    (magic bytes of a zip or FlatGeobuf file, then the text's first characters).
 * 2. Text (text-encoding.ts): the bytes of a text format are decoded by the `encoding` option, a byte order
 *    mark, the Content-Type's charset, an XML declaration, else as UTF-8 — or, when that fails, as
 *    Windows-1252 with a notice in `notices` (`data-encoding`).
 * 3. Parse: GeoJSON (geojson.ts: FeatureCollection, Feature or bare geometry) or CSV (csv.ts,
 *    csv-columns.ts: `,`/`;`/tab, decimal comma, BOM, German and English coordinate column names;
 *    imported, with papaparse, only for CSV); zipped shapefiles, KML/KMZ, GPX and FlatGeobuf by their module in
 *    formats/ (each imported only for such a file, with its parser from npm).
 * 4. Source CRS (crs.ts): the `crs` option, else the file's own (GeoJSON's legacy `crs` member, a reader's
 *    `crs`), else WGS84. The option wins so that a wrong `crs` member can be overridden.
 * 5. Validate (validate.ts): invalid features and CSV rows are skipped and counted in `skipped`, never
 *    fatal; unclosed rings are closed; properties are copied safely (`__proto__` stays a plain key).
 * 6. Check the coordinates against the CRS (coordinate-check.ts): in WGS84, values that cannot be
 *    longitude/latitude make an error naming the likely CRS and the `crs` attribute (when most features
 *    are out of range; a few stray ones are skipped), swapped axes in Germany are an error, and degrees that
 *    lost their decimal separator (525191 for 52.5191) are named as such; in a projected CRS, values that are
 *    plainly degrees are an error.
 * 7. Reproject (reproject.ts, with proj4) to WGS84, both imported only when needed; then most features outside the
 *    CRS's area of use (crs-areas.ts) are an error naming where they land, a few are skipped.
 * Steps 3 (CSV), 5 and 7 run in time slices of about 12 ms and yield to the main thread in between
 * (`scheduler.yield()` where present, else `setTimeout`), calling `onProgress(fraction)`: rising, 0 to 1,
 * and always 1 on success. JSON.parse itself is one synchronous step (about 30 ms for 6 MB in Chromium).
 *
 * papaparse is published only as a UMD file. Bundlers (Vite, webpack, Rollup with a CommonJS plugin)
 * turn it into a default export; a native ES module loader cannot run it, so the test server wraps it
 * (see `papaparseAsEsModule` in web-test-runner.config.js) and the CDN build needs the same.
 *
 * Errors are `DataError`s (data-error.ts) with a `code` and a reason from data.messages.ts:
 * `data-invalid` (not GeoJSON/CSV), `data-coordinates` (coordinates do not fit the CRS, swapped axes),
 * `data-crs` (unsupported or unreadable CRS), `data-csv-columns` (no coordinate columns; lists the columns
 * and names `lat-field`/`lon-field`), `data-empty` (empty file, or features/rows but none usable).
 * An empty FeatureCollection, or a CSV with a header and no rows, is not an error: it loads with count 0.
 *
 * Supported CRS: EPSG:4326 (also CRS84; ETRS89 EPSG:4258 read as it), EPSG:25832, EPSG:25833, EPSG:31466–31469, EPSG:3857, EPSG:4647, spelled
 * "EPSG:25832", "25832", "urn:ogc:def:crs:EPSG::25832" or "http://www.opengis.net/def/crs/EPSG/0/25832".
 */

export interface LoadOptions {
  /** Explicit format; wins over detection. */
  format?: DataFormat;
  /** Content-Type of the HTTP response. */
  contentType?: string | null;
  /** URL of the file, for its extension. */
  url?: string;
  /** The `crs` attribute: CRS of the coordinates in the file. */
  crs?: string;
  /** Explicit CSV coordinate columns (northing/easting in a projected CRS). */
  latField?: string;
  lonField?: string;
  /** Called with the overall progress, 0…1, between time slices. */
  onProgress?: (fraction: number) => void;
  /** The `encoding` attribute: forces the text encoding (text-encoding.ts). */
  encoding?: string;
  /** The `source-layer` attribute: the layer of a file that holds several (a zip of shapefiles). */
  sourceLayer?: string;
}

export interface LoadResult {
  /** WGS84 longitude/latitude, only valid features. */
  collection: FeatureCollection;
  /** Invalid features or CSV rows that were skipped. */
  skipped: number;
  /** CRS the file was read in, e.g. 'EPSG:4326', 'EPSG:25832'. */
  sourceCrs: string;
  format: DataFormat;
  /** What the file's maintainer should know though it loaded (the encoding was guessed …). */
  notices: LoadNotice[];
  /** A service's own credit line (WFS, ArcGIS), plain text from the server: shown only as text. */
  attribution?: string;
}

export type ObjectLoadOptions = Omit<LoadOptions, 'format' | 'contentType' | 'url'>;

/**
 * Loads a downloaded file (its bytes: the encoding is found here) or inline text. Throws `DataError`.
 * Binary formats (zipped shapefiles, KMZ, FlatGeobuf) and the XML ones (KML, GPX) are read by their own
 * module in formats/, imported only for such a file.
 */
export async function loadData(input: string | Uint8Array, options: LoadOptions = {}): Promise<LoadResult> {
  const notices: LoadNotice[] = [];
  let format: DetectedFormat | undefined = formatFromHints(options);
  let text: string | undefined;
  if (typeof input === 'string') text = input;
  else {
    format ??= sniffBytes(input);
    if (format === undefined || !isBinaryFormat(format)) {
      const decoded = decodeText(input, options);
      if (decoded.fallback) notices.push(encodingNotice());
      text = decoded.text;
    }
  }
  const empty = text === undefined ? input.length === 0 : !text.replace(/^\uFEFF/, '').trim();
  if (empty) throw new DataError('data-empty', 'file.empty');
  format ??= sniffText(text as string);
  if (format === 'zip') format = await (await import('./formats/zip.js')).zipFormat(input as Uint8Array);
  switch (format) {
    case 'geojson':
      return withNotices(await loadGeoJson(parseJson(text as string), options, 'geojson'), notices);
    case 'csv':
      return withNotices(await loadCsv(text as string, options), notices);
    default:
      return withNotices(await loadRead(await readFormat(format, input, text, options), options, format), notices);
  }
}

/** A file of one of the formats read by a module of formats/, each imported only for such a file. */
async function readFormat(format: Exclude<DataFormat, 'geojson' | 'csv'>, input: string | Uint8Array, text: string | undefined, options: LoadOptions): Promise<FormatRead> {
  // Inline text of a binary format (which cannot be) is handed on as its UTF-8 bytes, for the reader to refuse.
  const bytes = () => (typeof input === 'string' ? new TextEncoder().encode(input) : input);
  const formatOptions = { sourceLayer: options.sourceLayer, encoding: options.encoding, url: options.url };
  switch (format) {
    case 'shapefile':
      return (await import('./formats/shapefile.js')).readShapefileZip(bytes(), formatOptions);
    case 'kmz':
      return (await import('./formats/kml.js')).readKmz(bytes(), formatOptions);
    case 'kml':
      return (await import('./formats/kml.js')).readKml(text ?? decodeText(bytes(), options).text, formatOptions);
    case 'gpx':
      return (await import('./formats/gpx.js')).readGpx(text ?? decodeText(bytes(), options).text, formatOptions);
    case 'flatgeobuf':
      return (await import('./formats/flatgeobuf.js')).readFlatgeobuf(bytes(), formatOptions);
  }
}

function withNotices(result: LoadResult, notices: readonly LoadNotice[]): LoadResult {
  return notices.length ? { ...result, notices: [...notices, ...result.notices] } : result;
}

async function loadCsv(text: string, options: LoadOptions): Promise<LoadResult> {
  const sourceCrs = options.crs?.trim() ? normalizeCrs(options.crs) : WGS84;
  const progress = new Progress(sourceCrs === WGS84 ? 2 : 3, options.onProgress);
  const slicer = new TimeSlicer();
  const { latField, lonField } = options;
  const csv = await (await import('./csv.js')).parseCsv(text, { latField, lonField, projected: sourceCrs !== WGS84 }, slicer, progress);
  progress.nextStage();
  if (csv.rows > 0 && csv.features.length === 0) throw noRowValid(csv.rows, csv.columns);
  return finish(csv.features, { sourceCrs, format: 'csv', skipped: csv.skipped, progress, slicer, lines: csv.lines });
}

/** Features a format's reader found: validated, checked and reprojected like GeoJSON. The `crs` attribute wins over the file's. */
async function loadRead(read: FormatRead, options: ObjectLoadOptions, format: DataFormat): Promise<LoadResult> {
  const declared = options.crs?.trim() ? options.crs : read.crs;
  const sourceCrs = declared ? normalizeCrs(declared) : WGS84;
  const progress = new Progress(sourceCrs === WGS84 ? 1 : 2, options.onProgress);
  const result = await finish(read.features, { sourceCrs, format, skipped: 0, progress, slicer: new TimeSlicer() });
  return withNotices(result, read.notices ?? []);
}

/** Loads a GeoJSON object (the `data` property). Throws `DataError`. */
export async function loadObject(value: unknown, options: ObjectLoadOptions = {}): Promise<LoadResult> {
  return loadGeoJson(value, options);
}

async function loadGeoJson(value: unknown, options: ObjectLoadOptions, format: DataFormat = 'geojson'): Promise<LoadResult> {
  const collection = toFeatureCollection(value);
  const declared = options.crs?.trim() ? options.crs : legacyCrsMember(value);
  const sourceCrs = declared ? normalizeCrs(declared) : WGS84;
  const progress = new Progress(sourceCrs === WGS84 ? 1 : 2, options.onProgress);
  return finish(collection.features, { sourceCrs, format, skipped: 0, progress, slicer: new TimeSlicer() });
}

interface Pipeline {
  sourceCrs: string;
  format: DataFormat;
  skipped: number;
  progress: Progress;
  slicer: TimeSlicer;
  /** For CSV: each item's line, for messages naming one. */
  lines?: readonly number[];
}

const FAULTS: Record<SkipReason, DataMessageKey> = {
  geometry: 'fault.geometry',
  type: 'fault.type',
  coordinates: 'fault.coordinates',
  shape: 'fault.shape',
};

/** No feature of the file is usable: says how many there were and the most common fault. */
function noneValid(total: number, reasons: Record<SkipReason, number>): DataError {
  const main = (Object.entries(reasons) as [SkipReason, number][]).sort((a, b) => b[1] - a[1])[0][0];
  const fault = { key: FAULTS[main] };
  return total === 1
    ? new DataError('data-empty', 'features.none-valid.one', { fault })
    : new DataError('data-empty', 'features.none-valid', { total, fault });
}

/** A CSV with rows, but none with numbers in the coordinate columns. */
function noRowValid(rows: number, columns: { x: string; y: string }): DataError {
  const params = { latColumn: quote(columns.y, 30), lonColumn: quote(columns.x, 30) };
  return rows === 1
    ? new DataError('data-empty', 'rows.none-valid.one', params)
    : new DataError('data-empty', 'rows.none-valid', { ...params, rows });
}

async function finish(items: readonly unknown[], run: Pipeline): Promise<LoadResult> {
  const { sourceCrs, progress, slicer } = run;
  const valid = await validateFeatures(items, slicer, progress);
  progress.nextStage();
  if (items.length > 0 && valid.features.length === 0) throw noneValid(items.length, valid.reasons);
  let { features } = valid;
  let skipped = run.skipped + valid.skipped;
  const origin = { items, lines: run.lines };
  if (sourceCrs === WGS84) {
    // Data that plainly fits keeps every feature; anything else is looked at closely (a lazy chunk).
    if (fitsLonLat(valid.boxes, features.length)) return done(features, skipped, run);
    const { checkLonLat } = await import('./coordinate-check.js');
    const checked = checkLonLat(features, valid.boxes, run.format === 'csv' ? 'csv' : 'geojson', origin);
    features = checked.features;
    skipped += checked.skipped;
  } else if (features.length > 0) {
    const { checkArea, checkProjected } = await import('./coordinate-check.js');
    checkProjected(features, valid.boxes, sourceCrs, origin);
    const reprojected = await (await import('./reproject.js')).reprojectFeatures(features, sourceCrs, slicer, progress);
    const checked = checkArea(features, valid.boxes, reprojected.features, sourceCrs, origin);
    features = checked.features;
    skipped += reprojected.skipped + checked.skipped;
  }
  return done(features, skipped, run);
}

function done(features: Feature[], skipped: number, { progress, sourceCrs, format }: Pipeline): LoadResult {
  progress.done();
  return { collection: { type: 'FeatureCollection', features }, skipped, sourceCrs, format, notices: [] };
}
