import { DataError, quote } from './data-error.js';

/** Protocols a data file is downloaded over; `javascript:` and the like never are. */
const DATA_PROTOCOLS = ['http:', 'https:', 'blob:', 'data:'];

/** `src` resolved against the page's address. Throws `DataError` (`data-invalid`) for anything else. */
export function resolveDataUrl(src: string, base: string): string {
  let url: URL | undefined;
  try {
    url = new URL(src, base);
  } catch {
    url = undefined;
  }
  if (url && DATA_PROTOCOLS.includes(url.protocol)) return url.href;
  const shown = quote(src, 60);
  throw new DataError('data-invalid', {
    de: `„${shown}“ ist keine Adresse, von der sich Daten laden lassen; erwartet wird eine http(s)-Adresse.`,
    en: `“${shown}” is not an address data can be loaded from; an http(s) address is expected.`,
  });
}
