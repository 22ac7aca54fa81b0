import { normalizeCrs, WGS84 } from '../crs.js';
import { DataError, quote, quoted } from '../data-error.js';
import { encodingLabel } from '../text-encoding.js';
import type { FormatOptions, FormatRead, LoadNotice } from './format-read.js';
import { nothingToRead, openZip, type Zip, type ZipEntry } from './unzip.js';

/**
 * Reads a zipped shapefile (`.shp` with its `.dbf`, `.prj` and `.cpg`), as city portals publish them. Imported
 * only for such a file (load-data.ts); it imports shpjs (to read the `.shp` and `.dbf`) only then. The zip is
 * read by unzip.ts: its entries are listed first, and only the chosen layer's files are unpacked (within
 * unzip.ts's limits; a `.prj` or `.cpg` over 64 KB is no real one and is left packed). shpjs's own zip reader
 * is not used: this module needs to see the files one by one (which layers, which `.dbf` encoding, which `.prj`).
 *
 * - Layers: every `.shp` in the zip (folders too; `__MACOSX/` and hidden files are ignored) is one, named
 *   after its file without `.shp`. `sourceLayer` chooses one, case-insensitively; without it the first is
 *   shown and a notice names the others and the `source-layer` attribute. An unknown name is a `DataError`
 *   listing the layers there are.
 * - `.dbf` (attributes, required): its encoding is the `encoding` option, else a `.cpg` that names another
 *   encoding than UTF-8 ("CP1252", ArcGIS's "1252", "88591" …), else UTF-8 when the text is UTF-8, else the
 *   code page in the dBASE header (its language driver byte), else Windows-1252 with a notice
 *   (`data-encoding`); Windows-1252 with a notice too when the `.cpg` says UTF-8 and the text is not. Without
 *   this, shpjs (parsedbf) decodes a `.dbf` without `.cpg` as UTF-8, which turns every umlaut of a
 *   Windows-1252 file into "�". "The text is UTF-8" (`utf8Census`): no byte that is not UTF-8, except a
 *   character cut at the end of a field (GDAL cuts a value at the field's width in bytes, which may be in the
 *   middle of "ä"; that value ends before the cut character); or more multi-byte characters than bytes that
 *   are not UTF-8 (a few values pasted from elsewhere), then with a notice: those bytes show as "�". A few
 *   bytes do not turn a UTF-8 file into Windows-1252, and a Windows-1252 file under a wrong `.cpg` still
 *   shows its umlauts. Records marked deleted are left out; empty numbers and dates become null, dates
 *   "YYYY-MM-DD".
 * - `.prj` (the CRS): one of the supported CRS (crs.ts, recognised by its EPSG code or its Esri or OGC name,
 *   e.g. "ETRS_1989_UTM_Zone_32N") is returned as `crs` with the positions as they are, so the pipeline checks
 *   and reprojects them like any projected file; WGS 84 and ETRS89 longitude/latitude need nothing; any other
 *   is converted to WGS84 here by shpjs with proj4 from the `.prj`'s WKT. A `.prj` that proj4 cannot read is
 *   ignored, with a notice. Without a `.prj` the positions are taken as they are: the pipeline's coordinate
 *   check refuses projected values read as degrees (naming the likely CRS and the `crs` attribute), so nothing
 *   is drawn in the ocean.
 * - Refused with a `DataError`: bytes that are no zip, a zip that cannot be unzipped, is too large unpacked or
 *   holds no `.shp` (naming what it holds), a shapefile without `.dbf`,
 *   a `.shp` or `.dbf` that cannot be read, MultiPatch shapes. A `.shp` with fewer shapes than the `.dbf` has
 *   rows (cut off) shows what there is, with a notice.
 */

/** The parts of one shapefile in the zip. */
interface Layer {
  /** Name shown and chosen with `sourceLayer`: the file name without folder and `.shp`. */
  name: string;
  /** The path in the zip without the extension ("daten/wlan"), for messages. */
  path: string;
  shp: ZipEntry;
  dbf?: ZipEntry;
  prj?: ZipEntry;
  cpg?: ZipEntry;
}

/** One layer's files, unpacked. */
interface LayerFiles {
  shp: Uint8Array;
  dbf: Uint8Array;
  prj?: string;
  cpg?: string;
}

const PARTS = /\.(shp|dbf|prj|cpg)$/i;
/** Larger than any real `.prj` (< 2 KB) or `.cpg` (a few bytes): such a file is left packed. */
const TEXT_PART_LIMIT = 64 * 1024;

export async function readShapefileZip(bytes: Uint8Array, options: FormatOptions = {}): Promise<FormatRead> {
  const zip = openZip(bytes);
  const notices: LoadNotice[] = [];
  const layer = chooseLayer(shapefileLayers(zip), options.sourceLayer, notices);
  if (!layer.dbf) throw new DataError('data-invalid', 'shapefile.no-dbf', { layer: quote(layer.name), file: quote(`${layer.name}.dbf`) });
  const files = await unzipLayer(zip, layer, layer.dbf, notices);

  const shpjs = await import('shpjs');
  const crs = prjCrs(files.prj);
  if (crs.convert && !(await proj4Reads(files.prj as string))) {
    // Taken as they are, as without a .prj: the coordinate check refuses them if they are not degrees.
    notices.push(prjUnreadable(layer));
    crs.convert = undefined;
  }
  checkShpHeader(files.shp, layer);
  let shapes: unknown[];
  try {
    const view = new DataView(files.shp.buffer, files.shp.byteOffset, files.shp.byteLength);
    shapes = crs.convert ? shpjs.parseShp(view, files.prj) : shpjs.parseShp(view);
  } catch {
    throw new DataError('data-invalid', 'shapefile.broken', { file: quote(`${layer.name}.shp`) });
  }

  const { dbf } = files;
  const dbfBroken = () => new DataError('data-invalid', 'shapefile.dbf-broken', { file: quote(`${layer.name}.dbf`) });
  const fields = dbfFields(dbf);
  if (!fields) throw dbfBroken();
  const encoding = dbfEncoding(dbf, fields, files.cpg, options.encoding);
  if (encoding.notice) {
    const params = { file: quote(`${layer.name}.dbf`), cpg: quote(`${layer.name}.cpg`), count: encoding.invalid ?? 0 };
    notices.push({ code: 'data-encoding', key: encoding.notice, params });
  }
  let rows: Record<string, unknown>[];
  try {
    rows = shpjs.parseDbf(new DataView(dbf.buffer, dbf.byteOffset, dbf.byteLength), encoding.label) as Record<string, unknown>[];
  } catch {
    throw dbfBroken();
  }
  if (shapes.length < rows.length) {
    notices.push({
      code: 'data-notice',
      key: 'shapefile.cut-off',
      params: { shp: quote(`${layer.name}.shp`), dbf: quote(`${layer.name}.dbf`), shapes: shapes.length, rows: rows.length },
    });
  }

  const deleted = deletedRecords(dbf, rows.length);
  const utf8 = encoding.label === 'utf-8';
  const features = [];
  for (let i = 0; i < shapes.length; i++) {
    if (deleted.has(i)) continue;
    features.push({ type: 'Feature', geometry: shapes[i], properties: cleanRow(rows[i], utf8) });
  }
  return { features, crs: crs.code, notices };
}

/** The shapefiles in a zip, in the zip's order (nothing unpacked). */
function shapefileLayers(zip: Zip): Layer[] {
  const byPath = new Map<string, Partial<Layer>>();
  for (const entry of zip.files) {
    if (!PARTS.test(entry.name)) continue;
    const path = entry.name.slice(0, -4);
    const part = entry.name.slice(-3).toLowerCase() as 'shp' | 'dbf' | 'prj' | 'cpg';
    const layer = byPath.get(path) ?? { path, name: path.split('/').pop() };
    layer[part] = entry;
    byPath.set(path, layer);
  }
  const layers = [...byPath.values()].filter((layer): layer is Layer => layer.shp !== undefined);
  if (!layers.length) throw nothingToRead(zip);
  return layers;
}

/** Unpacks one layer's files; a `.prj` or `.cpg` too large to be one is left out (a `.prj` with a notice). */
async function unzipLayer(zip: Zip, layer: Layer, dbfEntry: ZipEntry, notices: LoadNotice[]): Promise<LayerFiles> {
  const fits = (entry: ZipEntry | undefined) => (entry && entry.originalSize <= TEXT_PART_LIMIT ? entry : undefined);
  const [prj, cpg] = [fits(layer.prj), fits(layer.cpg)];
  if (layer.prj && !prj) notices.push(prjUnreadable(layer));
  const [shp, dbf, ...texts] = await zip.read([layer.shp, dbfEntry, ...(prj ? [prj] : []), ...(cpg ? [cpg] : [])]);
  const text = (entry: ZipEntry | undefined) => (entry ? new TextDecoder().decode(texts.shift()).trim() : undefined);
  return { shp, dbf, prj: text(prj), cpg: text(cpg) };
}

function prjUnreadable(layer: Layer): LoadNotice {
  return { code: 'data-notice', key: 'shapefile.prj-unreadable', params: { file: quote(`${layer.name}.prj`) } };
}

function chooseLayer(layers: Layer[], sourceLayer: string | undefined, notices: LoadNotice[]): Layer {
  const wanted = sourceLayer?.trim().replace(/\.shp$/i, '').toLowerCase();
  if (wanted) {
    const layer = layers.find((candidate) => candidate.name.toLowerCase() === wanted || candidate.path.toLowerCase() === wanted);
    if (layer) return layer;
    throw new DataError('data-invalid', 'shapefile.no-such-layer', {
      layer: quote(sourceLayer),
      layers: layers.map((candidate) => quoted(candidate.name)),
    });
  }
  if (layers.length > 1) {
    notices.push({
      code: 'data-notice',
      key: 'shapefile.several',
      params: { layer: quote(layers[0].name), others: layers.slice(1).map((other) => quoted(other.name)) },
    });
  }
  return layers[0];
}

/** The shapefile types shpjs reads (null shapes, points, lines, polygons, multipoints, with Z or M). */
const SHAPE_TYPES = new Set([0, 1, 3, 5, 8, 11, 13, 15, 18, 21, 23, 25, 28]);
const MULTIPATCH = 31;

/** A `.shp` starts with the file code 9994 (big-endian) and version 1000; its type says what it holds. */
function checkShpHeader(shp: Uint8Array, layer: Layer): void {
  const view = new DataView(shp.buffer, shp.byteOffset, shp.byteLength);
  const file = quote(`${layer.name}.shp`);
  if (shp.length < 100 || view.getInt32(0) !== 9994 || view.getInt32(28, true) !== 1000) {
    throw new DataError('data-invalid', 'shapefile.broken', { file });
  }
  const type = view.getInt32(32, true);
  if (type === MULTIPATCH) throw new DataError('data-invalid', 'shapefile.multipatch', { file });
  if (!SHAPE_TYPES.has(type)) throw new DataError('data-invalid', 'shapefile.broken', { file });
}

/**
 * The widths of a `.dbf`'s fields, when its header fits its file (undefined otherwise: parsedbf would read
 * garbage, or loop over a record count it made up).
 */
function dbfFields(dbf: Uint8Array): number[] | undefined {
  if (dbf.length < 33) return undefined;
  const view = new DataView(dbf.buffer, dbf.byteOffset, dbf.byteLength);
  const [records, headerLength, recordLength] = [view.getUint32(4, true), view.getUint16(8, true), view.getUint16(10, true)];
  if (headerLength < 33 || headerLength > dbf.length || recordLength < 1 || headerLength + records * recordLength > dbf.length) return undefined;
  const widths: number[] = [];
  for (let offset = 32; offset + 32 <= headerLength && dbf[offset] !== 0x0d; offset += 32) widths.push(dbf[offset + 16]);
  // The deletion flag and the fields must fit a record.
  return 1 + widths.reduce((sum, width) => sum + width, 0) <= recordLength ? widths : undefined;
}

/**
 * The supported CRS (crs.ts) by the names `.prj` files give them: Esri's (what GDAL and ArcGIS write) and the
 * OGC/EPSG names, lower case without anything but letters and digits.
 */
const PRJ_NAMES: Readonly<Record<string, string>> = {
  gcswgs1984: WGS84,
  wgs84: WGS84,
  gcsetrs1989: WGS84, // ETRS89 longitude/latitude: within a metre of WGS 84 in Germany
  etrs89: WGS84,
  etrs1989utmzone32n: 'EPSG:25832',
  etrs89utmzone32n: 'EPSG:25832',
  etrs1989utmzone33n: 'EPSG:25833',
  etrs89utmzone33n: 'EPSG:25833',
  dhdn3degreegausszone2: 'EPSG:31466',
  dhdn3degreegausskrugerzone2: 'EPSG:31466',
  dhdngausskrugerzone2: 'EPSG:31466',
  dhdn3degreegausszone3: 'EPSG:31467',
  dhdn3degreegausskrugerzone3: 'EPSG:31467',
  dhdngausskrugerzone3: 'EPSG:31467',
  dhdn3degreegausszone4: 'EPSG:31468',
  dhdn3degreegausskrugerzone4: 'EPSG:31468',
  dhdngausskrugerzone4: 'EPSG:31468',
  dhdn3degreegausszone5: 'EPSG:31469',
  dhdn3degreegausskrugerzone5: 'EPSG:31469',
  dhdngausskrugerzone5: 'EPSG:31469',
  wgs1984webmercatorauxiliarysphere: 'EPSG:3857',
  wgs84pseudomercator: 'EPSG:3857',
  etrs1989utmzonen32: 'EPSG:4647',
  etrs89utmzone32nzen: 'EPSG:4647',
};

/**
 * What the `.prj` says: a supported CRS by its code (`code`, undefined for WGS 84 and for no `.prj`), or
 * `convert` for a CRS that shpjs converts with proj4 from the WKT.
 */
function prjCrs(prj: string | undefined): { code?: string; convert?: boolean } {
  if (!prj) return {};
  const authority = /AUTHORITY\s*\[\s*"EPSG"\s*,\s*"?(\d+)"?\s*\]\s*\]\s*$/i.exec(prj)?.[1] ?? /\bID\s*\[\s*"EPSG"\s*,\s*(\d+)\s*\]\s*\]\s*$/i.exec(prj)?.[1];
  const name = /^\s*[A-Z]+\s*\[\s*"([^"]*)"/i.exec(prj)?.[1]?.toLowerCase().replace(/[^a-z0-9]/g, '');
  const code = (authority && supported(`EPSG:${authority}`)) || (name !== undefined && Object.hasOwn(PRJ_NAMES, name) ? PRJ_NAMES[name] : undefined);
  if (code === WGS84) return {};
  return code ? { code } : { convert: true };
}

/** Whether proj4 understands a `.prj`'s WKT (shpjs would silently take the positions as they are if not). */
async function proj4Reads(prj: string): Promise<boolean> {
  const { default: proj4 } = await import('proj4');
  try {
    proj4(prj);
    return true;
  } catch {
    return false;
  }
}

function supported(code: string): string | undefined {
  try {
    return normalizeCrs(code);
  } catch {
    return undefined;
  }
}

/** dBASE language driver ids of code pages a browser decodes (a `.dbf` without `.cpg` may carry one). */
const LANGUAGE_DRIVERS: Readonly<Record<number, string>> = {
  0x03: 'windows-1252',
  0x57: 'windows-1252',
  0x58: 'windows-1252',
  0x59: 'windows-1252',
  0xc8: 'windows-1250',
  0xc9: 'windows-1251',
};

type EncodingNotice = 'shapefile.encoding-fallback' | 'shapefile.cpg-not-utf8' | 'shapefile.utf8-invalid';

/**
 * The encoding to read the `.dbf` in (a TextDecoder label), and the notice to give (see the module's comment);
 * `invalid`: the bytes that are not UTF-8 in a `.dbf` read as UTF-8 nonetheless.
 */
function dbfEncoding(
  dbf: Uint8Array,
  fields: readonly number[],
  cpg: string | undefined,
  forced: string | undefined,
): { label: string; notice?: EncodingNotice; invalid?: number } {
  if (forced?.trim()) return { label: encodingLabel(forced.trim(), true) };
  const declared = cpg ? cpgLabel(cpg) : undefined;
  if (declared && declared !== 'utf-8') return { label: declared };
  const { multibyte, invalid } = utf8Census(dbf, fields);
  if (invalid === 0) return { label: 'utf-8' };
  if (multibyte > invalid) return { label: 'utf-8', notice: 'shapefile.utf8-invalid', invalid };
  if (declared) return { label: 'windows-1252', notice: 'shapefile.cpg-not-utf8' };
  const driver = LANGUAGE_DRIVERS[dbf[29]];
  return driver ? { label: driver } : { label: 'windows-1252', notice: 'shapefile.encoding-fallback' };
}

/** The label of a `.cpg`: "UTF-8", "CP1252", "1252" and "ANSI 1252" (ArcGIS), "88591" (ISO-8859-1) … */
function cpgLabel(cpg: string): string | undefined {
  const text = cpg.trim();
  const number = /^(?:ANSI\s*)?(\d+)$/i.exec(text)?.[1];
  if (number === '65001') return 'utf-8';
  if (number && /^8859\d+$/.test(number)) return encodingLabel(`iso-8859-${number.slice(4)}`, false);
  if (number && /^2859\d$/.test(number)) return encodingLabel(`iso-8859-${Number(number) - 28590}`, false);
  if (number) return encodingLabel(`windows-${number}`, false);
  return encodingLabel(text, false);
}

/**
 * The `.dbf`'s text (field names and records) read as UTF-8: how many multi-byte characters it has and how many
 * bytes that are not UTF-8. A character cut at the end of a field counts as neither (see the module's comment).
 */
function utf8Census(dbf: Uint8Array, fields: readonly number[]): { multibyte: number; invalid: number } {
  let multibyte = 0;
  let invalid = 0;
  const scan = (start: number, end: number) => {
    for (let i = start; i < end; ) {
      const byte = dbf[i];
      if (byte < 0x80) {
        i++;
        continue;
      }
      const length = byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 1;
      let next = i + 1;
      while (next < i + length && next < end && (dbf[next] & 0xc0) === 0x80) next++;
      if (length > 1 && next === i + length) multibyte++;
      else if (length > 1 && next === end) break; // cut at the field's end
      else {
        invalid++;
        next = i + 1;
      }
      i = next;
    }
  };
  const view = new DataView(dbf.buffer, dbf.byteOffset, dbf.byteLength);
  const [records, headerLength, recordLength] = [view.getUint32(4, true), view.getUint16(8, true), view.getUint16(10, true)];
  for (let i = 0; i < fields.length; i++) scan(32 + i * 32, 32 + i * 32 + 11);
  for (let record = 0; record < records; record++) {
    let start = headerLength + record * recordLength + 1;
    for (const width of fields) {
      scan(start, start + width);
      start += width;
    }
  }
  return { multibyte, invalid };
}

/** Rows whose deletion flag is set ("*"): dBASE keeps them in the file until it is packed. */
function deletedRecords(dbf: Uint8Array, count: number): Set<number> {
  const deleted = new Set<number>();
  if (dbf.length < 12) return deleted;
  const view = new DataView(dbf.buffer, dbf.byteOffset, dbf.byteLength);
  const headerLength = view.getUint16(8, true);
  const recordLength = view.getUint16(10, true);
  for (let i = 0; i < count; i++) if (dbf[headerLength + i * recordLength] === 0x2a) deleted.add(i);
  return deleted;
}

/**
 * A row's values as JSON would have them: empty numbers and dates null, dates as "YYYY-MM-DD"; read as UTF-8
 * (`utf8`), a text without the character cut at the field's end (a "�" at its end).
 */
function cleanRow(row: Record<string, unknown> | undefined, utf8: boolean): Record<string, unknown> {
  // fromEntries: a field named "__proto__" stays a plain key.
  return Object.fromEntries(
    Object.entries(row ?? {}).map(([key, value]) => {
      if (utf8 && typeof value === 'string' && value.endsWith('\uFFFD')) return [key, value.slice(0, -1).trimEnd()];
      if (typeof value === 'number' && !Number.isFinite(value)) return [key, null];
      if (value instanceof Date) return [key, Number.isNaN(value.getTime()) ? null : isoDate(value)];
      return [key, value];
    }),
  );
}

function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
