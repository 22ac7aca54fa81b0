import type { FeatureCollection } from 'geojson';
import { checkLonLat, checkProjected, firstPosition, guessCrs, notInCrsError } from './coordinate-check.js';
import { legacyCrsMember, normalizeCrs, WGS84 } from './crs.js';
import { parseCsv } from './csv.js';
import { DataError, quote } from './data-error.js';
import type { DataMessageKey } from './data.messages.js';
import { detectFormat, type DataFormat } from './detect-format.js';
import { parseJson, toFeatureCollection } from './geojson.js';
import { reprojectFeatures } from './reproject.js';
import { Progress, TimeSlicer } from './time-slice.js';
import { validateFeatures, type SkipReason } from './validate.js';

/**
 * The data pipeline of the data layers: a downloaded file (or a GeoJSON object) in, clean WGS84 GeoJSON
 * out. Pure: no DOM, no lit, no maplibre.
 *
 * ```ts
 * loadData(text: string, options?: LoadOptions): Promise<LoadResult>      // a downloaded file or inline text
 * loadObject(value: unknown, options?: ObjectLoadOptions): Promise<LoadResult> // the `data` property
 *
 * const { collection, skipped, sourceCrs, format } = await loadData(text, {
 *   contentType: response.headers.get('content-type'), url, crs, latField, lonField, onProgress,
 * });
 * ```
 * Both reject with a `DataError` only; the input is never modified (features and properties are copies).
 * `skipped` counts everything left out: invalid features, CSV rows without numeric coordinates, a few
 * stray features outside longitude/latitude, features that do not reproject to a place on Earth.
 *
 * Steps, each in its own module:
 * 1. Format (detect-format.ts): explicit `format`, else content type, else URL extension, else the first
 *    character of the text.
 * 2. Parse: GeoJSON (geojson.ts: FeatureCollection, Feature or bare geometry) or CSV (csv.ts,
 *    csv-columns.ts: `,`/`;`/tab, decimal comma, BOM, German and English coordinate column names;
 *    papaparse, imported only for CSV).
 * 3. Source CRS (crs.ts): the `crs` option, else the GeoJSON's legacy `crs` member, else WGS84. The option
 *    wins so that a wrong `crs` member can be overridden.
 * 4. Validate (validate.ts): invalid features and CSV rows are skipped and counted in `skipped`, never
 *    fatal; unclosed rings are closed; properties are copied safely (`__proto__` stays a plain key).
 * 5. Check the coordinates against the CRS (coordinate-check.ts): in WGS84, values that cannot be
 *    longitude/latitude make an error naming the likely CRS and the `crs` attribute (when most features
 *    are out of range; a few stray ones are skipped), and swapped axes in Germany are an error; in a
 *    projected CRS, values that are plainly degrees are an error.
 * 6. Reproject (reproject.ts) to WGS84 with proj4, imported only when needed.
 * Steps 2 (CSV), 4 and 6 run in time slices of about 12 ms and yield to the main thread in between
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
 * Supported CRS: EPSG:4326 (also CRS84), EPSG:25832, EPSG:25833, EPSG:31467, EPSG:3857, EPSG:4647, spelled
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
}

export interface LoadResult {
  /** WGS84 longitude/latitude, only valid features. */
  collection: FeatureCollection;
  /** Invalid features or CSV rows that were skipped. */
  skipped: number;
  /** CRS the file was read in, e.g. 'EPSG:4326', 'EPSG:25832'. */
  sourceCrs: string;
  format: DataFormat;
}

export type ObjectLoadOptions = Omit<LoadOptions, 'format' | 'contentType' | 'url'>;

/** Loads the text of a downloaded file. Throws `DataError`. */
export async function loadData(text: string, options: LoadOptions = {}): Promise<LoadResult> {
  if (!text.replace(/^\uFEFF/, '').trim()) {
    throw new DataError('data-empty', 'file.empty');
  }
  const format = detectFormat(text, options);
  if (format === 'geojson') return loadGeoJson(parseJson(text), options);
  const sourceCrs = options.crs?.trim() ? normalizeCrs(options.crs) : WGS84;
  const progress = new Progress(sourceCrs === WGS84 ? 2 : 3, options.onProgress);
  const slicer = new TimeSlicer();
  const { latField, lonField } = options;
  const csv = await parseCsv(text, { latField, lonField, projected: sourceCrs !== WGS84 }, slicer, progress);
  progress.nextStage();
  if (csv.rows > 0 && csv.features.length === 0) throw noRowValid(csv.rows, csv.columns);
  return finish(csv.features, { sourceCrs, format: 'csv', skipped: csv.skipped, progress, slicer });
}

/** Loads a GeoJSON object (the `data` property). Throws `DataError`. */
export async function loadObject(value: unknown, options: ObjectLoadOptions = {}): Promise<LoadResult> {
  return loadGeoJson(value, options);
}

async function loadGeoJson(value: unknown, options: ObjectLoadOptions): Promise<LoadResult> {
  const collection = toFeatureCollection(value);
  const declared = options.crs?.trim() ? options.crs : legacyCrsMember(value);
  const sourceCrs = declared ? normalizeCrs(declared) : WGS84;
  const progress = new Progress(sourceCrs === WGS84 ? 1 : 2, options.onProgress);
  return finish(collection.features, { sourceCrs, format: 'geojson', skipped: 0, progress, slicer: new TimeSlicer() });
}

interface Pipeline {
  sourceCrs: string;
  format: DataFormat;
  skipped: number;
  progress: Progress;
  slicer: TimeSlicer;
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
  if (sourceCrs === WGS84) {
    const checked = checkLonLat(features, valid.boxes, run.format);
    features = checked.features;
    skipped += checked.skipped;
  } else if (features.length > 0) {
    checkProjected(features, valid.boxes, sourceCrs);
    const reprojected = await reprojectFeatures(features, sourceCrs, slicer, progress);
    if (reprojected.features.length === 0) {
      const guess = guessCrs(valid.boxes, features.map((_, i) => i));
      throw notInCrsError(sourceCrs, guess, firstPosition(features[0].geometry));
    }
    features = reprojected.features;
    skipped += reprojected.skipped;
  }
  progress.done();
  return { collection: { type: 'FeatureCollection', features }, skipped, sourceCrs, format: run.format };
}
