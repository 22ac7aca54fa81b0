/**
 * Counts the requests a page makes for one URL (when they are made), the bytes of their answers (their
 * Content-Length) and the Range header of each (`''` for none), by
 * wrapping `window.fetch` while `work` runs. For cross-origin files (the geo server sends no
 * Timing-Allow-Origin, so Resource Timing gives no sizes) and for range requests, one file asked for in parts.
 */
export async function countFetches<T>(
  url: string,
  work: () => Promise<T>,
): Promise<{ result: T; requests: number; bytes: number; ranges: readonly string[] }> {
  const counter = fetchCounter(url);
  try {
    return { result: await work(), requests: counter.requests, bytes: counter.bytes, ranges: counter.ranges };
  } finally {
    counter.restore();
  }
}

/** The same, open-ended: counts until `restore()`. */
export function fetchCounter(url: string): { readonly requests: number; readonly bytes: number; readonly ranges: readonly string[]; restore(): void } {
  const original = window.fetch;
  const target = new URL(url, location.href).href;
  const seen = { requests: 0, bytes: 0 };
  const ranges: string[] = [];
  window.fetch = (async (resource: RequestInfo | URL, init?: RequestInit) => {
    const counts = new URL(resource instanceof Request ? resource.url : String(resource), location.href).href === target;
    if (counts) seen.requests++; // when asked for: a request cancelled later counts too
    if (counts) ranges.push(new Headers(resource instanceof Request ? resource.headers : init?.headers).get('range') ?? '');
    const response = await original(resource, init);
    if (counts) seen.bytes += Number(response.headers.get('content-length')) || 0;
    return response;
  }) as typeof fetch;
  return {
    get requests() {
      return seen.requests;
    },
    get bytes() {
      return seen.bytes;
    },
    ranges,
    restore: () => (window.fetch = original),
  };
}

/** Records the URL of every request whose URL `match`es, in the order asked, until `restore()`. */
export function fetchUrls(match: RegExp = /./): { readonly urls: string[]; restore(): void } {
  const original = window.fetch;
  const urls: string[] = [];
  window.fetch = ((resource: RequestInfo | URL, init?: RequestInit) => {
    const url = resource instanceof Request ? resource.url : String(resource);
    if (match.test(url)) urls.push(url);
    return original(resource, init);
  }) as typeof fetch;
  return { urls, restore: () => (window.fetch = original) };
}
