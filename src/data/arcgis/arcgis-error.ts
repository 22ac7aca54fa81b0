import { DataError, quote, quoted } from '../data-error.js';

/**
 * ArcGIS REST's own error answers: `{"error": {"code": 400, "message": "…", "details": ["…"]}}`, mostly sent with
 * HTTP status 200, so they come through as a successful download. Pure: no DOM.
 *
 * ```ts
 * arcgisError({ error: { code: 499, message: 'Token Required' } })  // DataError 'arcgis-error', 'arcgis.token-required'
 * arcgisError({ type: 'FeatureCollection', features: [] })          // undefined
 * ```
 *
 * The server's message and details are untrusted text: quoted and cut short (`quote`), shown only as text.
 */

/** ArcGIS codes that mean "sign in first": 499 token required, 498 invalid or expired token. */
const TOKEN_CODES = new Set([498, 499]);

/** The DataError for an ArcGIS error answer, or undefined when `body` is not one. */
export function arcgisError(body: unknown): DataError | undefined {
  const error = (body as { error?: unknown } | null)?.error;
  if (typeof error !== 'object' || error === null || Array.isArray(error)) return undefined;
  const { code, message, details } = error as { code?: unknown; message?: unknown; details?: unknown };
  const codeText = typeof code === 'number' || typeof code === 'string' ? quote(code, 12) : '?';
  const messageText = quoted(typeof message === 'string' && message.trim() ? message : '—', 200);
  if (TOKEN_CODES.has(Number(code))) return new DataError('arcgis-error', 'arcgis.token-required', { code: codeText, message: messageText });
  const detailTexts = Array.isArray(details) ? details.filter((item) => typeof item === 'string' && item.trim()).slice(0, 3) : [];
  if (!detailTexts.length) return new DataError('arcgis-error', 'arcgis.error', { code: codeText, message: messageText });
  const detailParams = detailTexts.map((item) => quoted(item, 120));
  return new DataError('arcgis-error', 'arcgis.error.details', { code: codeText, message: messageText, details: detailParams });
}

/** Throws the DataError of an ArcGIS error answer; returns `body` otherwise. */
export function throwIfArcgisError<T>(body: T): T {
  const error = arcgisError(body);
  if (error) throw error;
  return body;
}
