import { DataError, loadReasons, quote } from '../data/data-error.js';
import type { LoadNotice } from '../data/formats/format-read.js';
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
    const hint = fetchHint(error.code, error.status);
    const message = t(lang, key, { layer, url, status: error.status ?? '' });
    return { code: error.code, message: hint ? `${message} ${t(lang, hint)}` : message };
  }
  if (error instanceof DataError) await loadReasons();
  if (error instanceof DataError) {
    const file = fileName(url, layer);
    const reason = error.text(lang);
    return { code: error.code, message: file ? t(lang, 'data-problem-file', { layer, file, reason }) : t(lang, 'data-problem', { layer, reason }) };
  }
  if (error instanceof MissingDataError) return { code: 'data-missing', message: t(lang, 'data-missing', { layer }) };
  console.error('[kn-map-elements]', error);
  return { code: 'data-invalid', message: t(lang, 'data-problem', { layer, reason: String(error).slice(0, 200) }) };
}

/**
 * What a visitor can make of a failed download, said after the technical sentence (which is for the page's editor):
 * a file that is not there (404, 410), data the server does not give (401, 403), or a server or connection that may
 * answer later (5xx, 408, 429, unreachable, time-out, broken off). None for other answers.
 */
export function fetchHint(code: KnErrorCode, status?: number): 'hint.missing' | 'hint.refused' | 'hint.later' | undefined {
  if (code !== 'data-http') return code === 'data-network' || code === 'data-timeout' ? 'hint.later' : undefined;
  if (status === 404 || status === 410) return 'hint.missing';
  if (status === 401 || status === 403) return 'hint.refused';
  return status !== undefined && (status >= 500 || status === 408 || status === 429) ? 'hint.later' : undefined;
}

/** What a data layer says about a file that loaded but whose maintainer should know something (its encoding …). */
export async function loadNoticeMessage(notice: LoadNotice, { lang, layer, url }: LoadErrorContext): Promise<{ code: KnErrorCode; message: string }> {
  await loadReasons();
  const reason = new DataError('data-invalid', notice.key, notice.params).text(lang);
  const file = fileName(url, layer);
  return { code: notice.code, message: file ? t(lang, 'data-notice-file', { layer, file, reason }) : t(lang, 'data-notice', { layer, reason }) };
}

/**
 * The name of the file an address points to ("wlan.csv"), or undefined when its last part names no file (a
 * service) or the layer is already called so (a layer without `label` is named after its file).
 */
function fileName(url: string, layer: string): string | undefined {
  let last = url.split(/[?#]/)[0].split('/').pop() ?? '';
  try {
    last = decodeURIComponent(last);
  } catch {
    // keep it as it is
  }
  return /\.[a-z0-9]{2,8}$/i.test(last) && last !== layer ? quote(last, 60) : undefined;
}
