import { DataError, loadReasons } from '../data/data-error.js';
import { DataFetchError } from '../data/fetch-data.js';
import type { KnErrorCode } from '../events/kn-error-event.js';
import type { Lang } from '../i18n/lang.js';
import { MissingDataError } from './missing-data-error.js';
import { t } from './load-error.messages.js';

export { t as loadMessages };


export interface LoadErrorContext {
  lang: Lang;
  /** The layer's name for people. */
  layer: string;
  /** The address that failed. */
  url: string;
}

/**
 * What a data layer says (as `kn-error` and on the map) when its data cannot be loaded or read. Loaded by the
 * layers only when that happens (a lazy chunk, with the reasons' catalogue).
 */
export async function loadErrorMessage(error: unknown, { lang, layer, url }: LoadErrorContext): Promise<{ code: KnErrorCode; message: string }> {
  if (error instanceof DataFetchError) {
    const key = error.interrupted ? 'data-interrupted' : error.code;
    return { code: error.code, message: t(lang, key, { layer, url, status: error.status ?? '' }) };
  }
  if (error instanceof DataError) await loadReasons();
  if (error instanceof DataError) return { code: error.code, message: t(lang, 'data-problem', { layer, reason: error.text(lang) }) };
  if (error instanceof MissingDataError) return { code: 'data-missing', message: t(lang, 'data-missing', { layer }) };
  console.error('[kn-map-elements]', error);
  return { code: 'data-invalid', message: t(lang, 'data-problem', { layer, reason: String(error).slice(0, 200) }) };
}
