/** Why data could not be fetched; `code` matches the kn-error codes. */
export class DataFetchError extends Error {
  constructor(
    readonly code: 'data-network' | 'data-http' | 'data-timeout',
    readonly status?: number,
  ) {
    super(code);
  }
}

/** Fetches a data file as text, distinguishing unreachable, HTTP error and time-out. */
export async function fetchText(url: string, timeoutMs: number, signal?: AbortSignal): Promise<string> {
  const timeout = AbortSignal.timeout(timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  try {
    const response = await fetch(url, { signal: combined, credentials: 'same-origin' });
    if (!response.ok) throw new DataFetchError('data-http', response.status);
    return await response.text();
  } catch (error) {
    if (error instanceof DataFetchError) throw error;
    if (timeout.aborted) throw new DataFetchError('data-timeout');
    if (signal?.aborted) throw error;
    throw new DataFetchError('data-network');
  }
}
