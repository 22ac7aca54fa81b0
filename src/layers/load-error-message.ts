import { DataError } from '../data/data-error.js';
import { DataFetchError } from '../data/fetch-data.js';
import type { KnErrorCode } from '../events/kn-error-event.js';
import type { Lang } from '../i18n/lang.js';
import { msg } from '../i18n/messages.js';

/** A layer with no data source at all: no `data`, inline data, `src`, site default or bundled data. */
export class MissingDataError extends Error {}

export interface LoadErrorContext {
  lang: Lang;
  /** The layer's name for people. */
  layer: string;
  /** The address that failed. */
  url: string;
}

/** What a data layer says (as `kn-error` and on the map) when its data cannot be loaded or read. */
export function loadErrorMessage(error: unknown, { lang, layer, url }: LoadErrorContext): { code: KnErrorCode; message: string } {
  if (error instanceof DataFetchError) {
    const keys = { 'data-http': 'error.data-http', 'data-timeout': 'error.data-timeout', 'data-network': 'error.data-network' } as const;
    const key = error.interrupted ? 'error.data-interrupted' : keys[error.code];
    return { code: error.code, message: msg(lang, key, { layer, url, status: error.status ?? '' }) };
  }
  if (error instanceof DataError) return { code: error.code, message: msg(lang, 'error.data-problem', { layer, reason: error.reason[lang] }) };
  if (error instanceof MissingDataError) return { code: 'data-missing', message: msg(lang, 'error.data-missing', { layer }) };
  console.error('[kn-map-elements]', error);
  return { code: 'data-invalid', message: msg(lang, 'error.data-problem', { layer, reason: String(error).slice(0, 200) }) };
}
