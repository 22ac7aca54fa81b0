import { DataError, quote } from './data-error.js';

/**
 * Which reader a file needs. In this order: an explicit `format`; the HTTP content type; the extension of
 * the URL; finally the content itself (magic bytes of a zip or FlatGeobuf file, then the text's first
 * characters: `{` or `[` → GeoJSON, a `<kml` or `<gpx` root → KML or GPX, anything else → CSV). Content
 * types that say nothing about the format (text/plain, application/octet-stream, text/xml, which servers
 * send for many of them) fall through. Pure.
 *
 * A zip is `zip` until its entries are known: shapefiles (`.shp`) or KMZ (`.kml`), see formats/zip.ts.
 * An explicit format that is none of ours is a `DataError` (`data-invalid`).
 */

export const DATA_FORMATS = ['geojson', 'csv', 'shapefile', 'kml', 'kmz', 'gpx', 'flatgeobuf'] as const;

export type DataFormat = (typeof DATA_FORMATS)[number];

/** What detection may leave open: a zip, whose entries decide. */
export type DetectedFormat = DataFormat | 'zip';

/** Formats read from the bytes; the others are text, decoded first (text-encoding.ts). */
const BINARY: ReadonlySet<DetectedFormat> = new Set(['shapefile', 'kmz', 'flatgeobuf', 'zip']);

export function isBinaryFormat(format: DetectedFormat): boolean {
  return BINARY.has(format);
}

export interface FormatHints {
  format?: DataFormat;
  contentType?: string | null;
  url?: string;
}

/** The format from the `format` attribute, the content type or the extension; undefined when they say nothing. */
export function formatFromHints(hints: FormatHints = {}): DetectedFormat | undefined {
  if (hints.format !== undefined && !(DATA_FORMATS as readonly string[]).includes(hints.format)) throw unknownFormat(hints.format);
  return hints.format ?? fromContentType(hints.contentType) ?? fromUrl(hints.url);
}

/** The format of a text (inline data, or a file without hints once decoded). */
export function detectFormat(text: string, hints: FormatHints = {}): DetectedFormat {
  return formatFromHints(hints) ?? sniffText(text);
}

/** An explicit format (the `format` attribute, unchecked by the element) that is none of ours. */
function unknownFormat(format: string): DataError {
  return new DataError('data-invalid', 'format.unknown', { value: quote(format) });
}

const CONTENT_TYPES: Readonly<Record<string, DetectedFormat>> = {
  'application/json': 'geojson',
  'text/json': 'geojson',
  'text/csv': 'csv',
  'application/csv': 'csv',
  'text/tab-separated-values': 'csv',
  'application/zip': 'zip',
  'application/x-zip-compressed': 'zip',
  'application/vnd.google-earth.kml+xml': 'kml',
  'application/vnd.google-earth.kmz': 'kmz',
  'application/gpx+xml': 'gpx',
  'application/flatgeobuf': 'flatgeobuf',
  'application/x-flatgeobuf': 'flatgeobuf',
};

function fromContentType(contentType: string | null | undefined): DetectedFormat | undefined {
  const type = contentType?.split(';')[0].trim().toLowerCase();
  if (!type) return undefined;
  return CONTENT_TYPES[type] ?? (type.endsWith('+json') ? 'geojson' : undefined);
}

const EXTENSIONS: Readonly<Record<string, DetectedFormat>> = {
  json: 'geojson',
  geojson: 'geojson',
  csv: 'csv',
  tsv: 'csv',
  zip: 'zip',
  kml: 'kml',
  kmz: 'kmz',
  gpx: 'gpx',
  fgb: 'flatgeobuf',
};

function fromUrl(url: string | undefined): DetectedFormat | undefined {
  const path = url?.split(/[?#]/)[0].toLowerCase() ?? '';
  const extension = /\.([a-z]+)$/.exec(path)?.[1];
  if (extension === 'shp' || extension === 'dbf') throw new DataError('data-invalid', 'shapefile.not-zipped');
  return extension ? EXTENSIONS[extension] : undefined;
}

/** "PK\\3\\4" (a zip's first entry, a local file header) or "PK\\5\\6" (the end record of an empty zip). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6));
}

/** A zip, a FlatGeobuf file or a lone .shp by their first bytes; undefined for anything else (text). */
export function sniffBytes(bytes: Uint8Array): DetectedFormat | undefined {
  const [a, b, c, d] = bytes;
  if (isZip(bytes)) return 'zip';
  if (a === 0x66 && b === 0x67 && c === 0x62 && d === 0x03) return 'flatgeobuf';
  // A shapefile's main file: file code 9994 (big-endian) — it cannot be read without its .dbf and .prj.
  if (a === 0x00 && b === 0x00 && c === 0x27 && d === 0x0a) throw new DataError('data-invalid', 'shapefile.not-zipped');
  return undefined;
}

/** GeoJSON, KML, GPX or CSV by the text's first characters. */
export function sniffText(text: string): DataFormat {
  const head = text.slice(0, 2000).replace(/^[\s\uFEFF]+/, '');
  if (head[0] === '{' || head[0] === '[') return 'geojson';
  if (head[0] === '<') {
    // After the XML declaration, comments and a doctype: the root element's name.
    const root = /^(?:<\?[^>]*\?>\s*|<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<(?:[\w-]+:)?([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
    if (root === 'kml') return 'kml';
    if (root === 'gpx') return 'gpx';
  }
  return 'csv'; // markup of another kind is said by the CSV reader ("an HTML or XML page")
}
