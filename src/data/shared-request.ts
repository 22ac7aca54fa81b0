/**
 * What several layers share (a service's capabilities, an ArcGIS layer's description) is downloaded without any
 * one layer's cancel signal, so that a layer removed or changed meanwhile does not cancel it for the others; each
 * caller waits for it with its own signal. Pure: no DOM.
 *
 * ```ts
 * const shared = cache.get(url) ?? fetchOnce(url);   // no caller's signal inside
 * const answer = await untilAborted(shared, signal); // rejects with signal.reason when this caller cancels
 * ```
 */
export function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(signal.reason);
    signal.addEventListener('abort', abort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}
