/**
 * What `<kn-wms-layer>` asks a WMS over the network, and how it words what went wrong: a chunk of its own (with
 * `@camptocamp/ogc-client`'s capabilities parsing), loaded by the first WMS layer of a page. The capabilities of
 * each address are read once per page, however many layers show that service.
 */
import { fetchData, fileText, DataFetchError } from '../../data/fetch-data.js';
import type { KnErrorCode } from '../../events/kn-error-event.js';
import type { Lang } from '../../i18n/lang.js';
import { loadErrorMessage } from '../load-error-message.js';
import { readCapabilities, readFeatureInfo, serviceException, WmsNotCapabilitiesError, WmsServiceException, type FeatureInfo, type WmsCapabilities } from './wms-capabilities.js';
import { t } from './wms.messages.js';

export type { FeatureInfo, WmsCapabilities, WmsLayerInfo } from './wms-capabilities.js';

const capabilities = new Map<string, Promise<WmsCapabilities>>();

/** The capabilities at `url` (a GetCapabilities request), read once; a failure is tried again on the next call. */
export function loadCapabilities(url: string, timeoutMs: number): Promise<WmsCapabilities> {
  let pending = capabilities.get(url);
  if (!pending) {
    pending = fetchData(url, timeoutMs).then((file) => readCapabilities(fileText(file)));
    capabilities.set(url, pending);
    pending.catch(() => capabilities.delete(url));
  }
  return pending;
}

/** Asks GetFeatureInfo; undefined for an answer that cannot be read (it is said as such). */
export async function askFeatureInfo(url: string, timeoutMs: number, signal?: AbortSignal): Promise<FeatureInfo | undefined> {
  const file = await fetchData(url, timeoutMs, undefined, { signal });
  return readFeatureInfo(fileText(file), file.contentType ?? '');
}

/** Whether the server answered with its own error message (another format may still work). */
export const isServiceException = (error: unknown): error is WmsServiceException => error instanceof WmsServiceException;

/**
 * Why a tile did not load, asked again of the server: its exception report, its HTTP status, or an answer that is
 * no image. Undefined when the tile now comes as an image (the failure passed).
 */
export async function diagnoseTile(url: string, timeoutMs: number): Promise<WmsServiceException | DataFetchError | 'not-an-image' | undefined> {
  let file;
  try {
    file = await fetchData(url, timeoutMs);
  } catch (error) {
    return error instanceof DataFetchError ? error : undefined;
  }
  if (/^image\//i.test(file.contentType ?? '')) return undefined;
  return serviceException(fileText(file)) ?? 'not-an-image';
}

export interface WmsErrorContext {
  lang: Lang;
  /** The layer's name for people. */
  layer: string;
  /** The address that failed. */
  url: string;
}

type Said = { code: KnErrorCode; message: string };

/** What the layer says when its capabilities cannot be read: the server's own words for an exception. */
export async function capabilitiesError(error: unknown, context: WmsErrorContext): Promise<Said> {
  const { lang, layer, url } = context;
  if (error instanceof WmsServiceException) return { code: 'wms-service-exception', message: t(lang, 'service-exception', { layer, reason: error.reason }) };
  if (error instanceof WmsNotCapabilitiesError) return { code: 'wms-capabilities-invalid', message: t(lang, 'not-capabilities', { layer, url }) };
  return loadErrorMessage(error, context);
}

/** What the layer says when its tiles fail: once per source, with the server's words where it sent some. */
export async function tileError(reason: Awaited<ReturnType<typeof diagnoseTile>>, context: WmsErrorContext): Promise<Said | undefined> {
  const { lang, layer } = context;
  if (reason instanceof WmsServiceException) return { code: 'wms-service-exception', message: t(lang, 'service-exception-tiles', { layer, reason: reason.reason }) };
  if (reason === 'not-an-image') return { code: 'wms-tiles', message: t(lang, 'tiles-failed', { layer, reason: t(lang, 'tiles-unreadable') }) };
  if (reason instanceof DataFetchError && reason.code === 'data-http') {
    return { code: 'wms-tiles', message: t(lang, 'tiles-failed', { layer, reason: t(lang, 'tiles-status', { status: reason.status ?? '' }) }) };
  }
  if (reason instanceof DataFetchError) return loadErrorMessage(reason, context);
  return undefined;
}

/** What the layer says when GetFeatureInfo fails. */
export async function featureInfoError(error: unknown, context: WmsErrorContext): Promise<Said> {
  const { lang, layer } = context;
  if (error instanceof WmsServiceException) return { code: 'wms-service-exception', message: t(lang, 'service-exception', { layer, reason: error.reason }) };
  if (error instanceof DataFetchError) return loadErrorMessage(error, context);
  return { code: 'wms-feature-info', message: t(lang, 'info-failed', { layer, reason: t(lang, 'info-unreadable') }) };
}
