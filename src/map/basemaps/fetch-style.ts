import type { StyleSpecification } from 'maplibre-gl';
import type { MessageKey, MessageParams } from '../../i18n/messages.js';

/** Why an external style could not be used, as a translatable reason. */
export class StyleLoadError extends Error {
  constructor(
    readonly reason: MessageKey,
    readonly params: MessageParams = {},
  ) {
    super(reason);
  }
}

const RELATIVE_URL_KEYS = ['url', 'data'] as const;

/** Makes the URLs inside a style absolute, as maplibre would when it loads the style by URL itself. */
export function absolutiseStyleUrls(style: StyleSpecification, styleUrl: string): StyleSpecification {
  const abs = (value: unknown) => {
    if (typeof value !== 'string') return value;
    // {z}/{x}/{y} and {fontstack} placeholders must survive URL resolution unescaped.
    try {
      return decodeURI(new URL(value, styleUrl).href);
    } catch {
      return value;
    }
  };
  const sources = Object.fromEntries(
    Object.entries(style.sources ?? {}).map(([id, source]) => {
      const copy: Record<string, unknown> = { ...source };
      for (const key of RELATIVE_URL_KEYS) if (typeof copy[key] === 'string') copy[key] = abs(copy[key]);
      if (Array.isArray(copy.tiles)) copy.tiles = copy.tiles.map(abs);
      return [id, copy];
    }),
  ) as StyleSpecification['sources'];
  const result: StyleSpecification = { ...style, sources };
  if (typeof style.sprite === 'string') result.sprite = abs(style.sprite) as string;
  if (typeof style.glyphs === 'string') result.glyphs = abs(style.glyphs) as string;
  return result;
}

export function isStyle(value: unknown): value is StyleSpecification {
  const style = value as Partial<StyleSpecification> | null;
  return (
    typeof style === 'object' &&
    style !== null &&
    style.version === 8 &&
    typeof style.sources === 'object' &&
    Array.isArray(style.layers)
  );
}

/** Fetches and checks a maplibre style, failing with a StyleLoadError after `timeoutMs`. */
export async function fetchStyle(styleUrl: string, timeoutMs: number, signal?: AbortSignal): Promise<StyleSpecification> {
  const timeout = AbortSignal.timeout(timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  let response: Response;
  let body: unknown;
  try {
    response = await fetch(styleUrl, { signal: combined, credentials: 'same-origin' });
    if (!response.ok) throw new StyleLoadError('reason.http', { status: response.status });
    body = await response.json().catch(() => {
      throw new StyleLoadError('reason.not-a-style');
    });
  } catch (error) {
    if (error instanceof StyleLoadError) throw error;
    if (timeout.aborted) throw new StyleLoadError('reason.timeout');
    if (signal?.aborted) throw error;
    throw new StyleLoadError('reason.network');
  }
  if (!isStyle(body)) throw new StyleLoadError('reason.not-a-style');
  return absolutiseStyleUrls(body, response.url || styleUrl);
}
