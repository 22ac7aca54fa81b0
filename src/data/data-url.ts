import { DataError, quote } from './data-error.js';

/** Protocols a data file is downloaded over; `javascript:` and the like never are. */
const DATA_PROTOCOLS = ['http:', 'https:', 'blob:', 'data:'];

/** `value` resolved against `base` when it is a URL (absolute or relative) with one of `protocols`; else undefined. */
export function resolveUrl(value: string, base: string, protocols: readonly string[]): URL | undefined {
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return undefined;
  }
  return protocols.includes(url.protocol) ? url : undefined;
}

/** `src` resolved against the page's address. Throws `DataError` (`data-invalid`) for anything else. */
export function resolveDataUrl(src: string, base: string): string {
  const url = resolveUrl(src, base, DATA_PROTOCOLS);
  if (url) return url.href;
  throw new DataError('data-invalid', 'url.not-data', { url: quote(src, 60) });
}
