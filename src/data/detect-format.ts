import { DataError, quote } from './data-error.js';

/**
 * Which parser a downloaded file needs. In this order: an explicit `format`; the HTTP content type
 * (application/json, application/geo+json and other `+json` types → GeoJSON; text/csv → CSV); the
 * extension of the URL (.json, .geojson → GeoJSON; .csv, .tsv → CSV); finally the text itself (first
 * non-space character `{` or `[` → GeoJSON, anything else → CSV). Content types that say nothing about the
 * format (text/plain, application/octet-stream, which many servers send for both) fall through. An explicit
 * format other than `geojson` or `csv` is a `DataError` (`data-invalid`).
 */

export type DataFormat = 'geojson' | 'csv';

export interface FormatHints {
  format?: DataFormat;
  contentType?: string | null;
  url?: string;
}

export function detectFormat(text: string, hints: FormatHints = {}): DataFormat {
  if (hints.format !== undefined && hints.format !== 'geojson' && hints.format !== 'csv') throw unknownFormat(hints.format);
  return hints.format ?? fromContentType(hints.contentType) ?? fromUrl(hints.url) ?? sniff(text);
}

/** An explicit format (the `format` attribute, unchecked by the element) that is none of ours. */
function unknownFormat(format: string): DataError {
  return new DataError('data-invalid', 'format.unknown', { value: quote(format) });
}

function fromContentType(contentType: string | null | undefined): DataFormat | undefined {
  const type = contentType?.split(';')[0].trim().toLowerCase();
  if (!type) return undefined;
  if (type === 'application/json' || type === 'text/json' || type.endsWith('+json')) return 'geojson';
  if (type === 'text/csv' || type === 'application/csv' || type === 'text/tab-separated-values') return 'csv';
  return undefined;
}

function fromUrl(url: string | undefined): DataFormat | undefined {
  const path = url?.split(/[?#]/)[0].toLowerCase() ?? '';
  const extension = /\.([a-z]+)$/.exec(path)?.[1];
  if (extension === 'json' || extension === 'geojson') return 'geojson';
  if (extension === 'csv' || extension === 'tsv') return 'csv';
  return undefined;
}

function sniff(text: string): DataFormat {
  const first = /[^\s\uFEFF]/.exec(text)?.[0];
  return first === '{' || first === '[' ? 'geojson' : 'csv';
}
