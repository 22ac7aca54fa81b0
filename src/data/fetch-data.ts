import { decodeText } from './text-encoding.js';

/**
 * Why data could not be fetched; `code` matches the kn-error codes. `interrupted`: a `data-network` failure
 * after the server had answered (the connection broke off in the middle of the body).
 */
export class DataFetchError extends Error {
  constructor(
    readonly code: 'data-network' | 'data-http' | 'data-timeout',
    readonly status?: number,
    readonly interrupted = false,
  ) {
    super(code);
  }
}

export interface DownloadedFile {
  /** The body as it came (decoded by `fileText`, or by the data pipeline, which honours the file's encoding). */
  bytes: Uint8Array;
  contentType: string | null;
  /** Where the data came from, after redirects (for resolving relative links in it). */
  url: string;
}

/** More about the request: a signal that cancels it (fetchData then rejects with its reason), headers. */
export interface FetchOptions {
  signal?: AbortSignal;
  headers?: Record<string, string>;
}

/** The text of a downloaded file (a byte order mark, the Content-Type's charset, else UTF-8 or Windows-1252). */
export function fileText(file: DownloadedFile): string {
  return decodeText(file.bytes, { contentType: file.contentType }).text;
}

/**
 * Downloads a data file as bytes, reporting progress (0–1) when the server states the size. Fails with a
 * DataFetchError: unreachable, HTTP error, or time-out (also when the server stalls in the middle of the body).
 * Cancelled through `options.signal`, it rejects with the signal's reason (an AbortError), not a DataFetchError.
 */
export async function fetchData(
  url: string,
  timeoutMs: number,
  onProgress?: (fraction: number) => void,
  options: FetchOptions = {},
): Promise<DownloadedFile> {
  const timeout = AbortSignal.timeout(timeoutMs);
  let receiving = false;
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  try {
    const response = await fetch(url, { signal, headers: options.headers, credentials: 'same-origin' });
    if (!response.ok) throw new DataFetchError('data-http', response.status);
    receiving = true;
    const contentType = response.headers.get('content-type');
    const from = response.url || url;
    const total = Number(response.headers.get('content-length')) || 0;
    if (!response.body || !total || !onProgress) return { bytes: new Uint8Array(await response.arrayBuffer()), contentType, url: from };
    const reader = response.body.getReader();
    const chunks: Uint8Array[] = [];
    let received = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      received += value.length;
      onProgress(Math.min(1, received / total));
    }
    const bytes = new Uint8Array(received);
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, offset);
      offset += chunk.length;
    }
    return { bytes, contentType, url: from };
  } catch (error) {
    if (error instanceof DataFetchError) throw error;
    if (options.signal?.aborted) throw options.signal.reason;
    if (timeout.aborted) throw new DataFetchError('data-timeout');
    throw new DataFetchError('data-network', undefined, receiving);
  }
}
