import type { Map as MaplibreMap, MapSourceDataEvent } from 'maplibre-gl';

/** Source types whose data or tiles maplibre's worker prepares: one of them arriving shows the worker runs. */
const WORKER_SOURCES = new Set(['geojson', 'vector']);

/**
 * The least time a worker has to answer, whatever `basemapTimeoutMs` says: a slow device's worker, still loading and
 * compiling its 700 KB beside a busy page, must not be taken for a broken one. 8 s was too short: a tester's phone
 * (CPU 4×, the machine busy) had the map fail with "ein Teil der Kartenbibliothek nicht geladen" while its worker was
 * on its way. Only a worker that loads and never answers waits this long to be said; one that does not load at all
 * is said at once (MapLibre's error event).
 */
const LEAST_WAIT_MS = 30_000;

/** The part of maplibre's dispatcher (`map.style.dispatcher`) the ping uses. */
interface Dispatcher {
  broadcast(type: string, data: null): Promise<unknown>;
}

/**
 * Calls `failed` when maplibre's worker cannot start. The map then draws nothing and never loads: maplibre only
 * logs it. A worker script that does not load (a wrong URL, a 404, not JavaScript, blocked by a
 * Content-Security-Policy) shows as maplibre's `error` event "Worker failed to load"; a worker that never
 * answers (another script at the URL, a browser that refuses the worker without an error event) as nothing
 * coming from it within `timeoutMs` (at least 30 s). What shows the worker runs: its answer to a message of a type it does not
 * know (maplibre's workers answer every message, so this does not wait for the network as tiles do), any data or
 * tile it prepared, or the map's `load`. A page in the background draws nothing, so the time only counts while
 * the page is visible. `workerUrl` is the configured one ('' for maplibre's own): once a worker from it answered, later
 * maps are not timed. Returns the function that stops watching.
 */
export function watchWorker(map: MaplibreMap, timeoutMs: number, failed: () => void, workerUrl = ''): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let done = false;
  const arm = () => {
    timer = setTimeout(() => (document.visibilityState === 'hidden' ? arm() : finish(true)), Math.max(timeoutMs, LEAST_WAIT_MS));
  };
  const onError = (event: { error?: unknown }) => {
    if (isWorkerFailure(event)) finish(true);
  };
  const onData = (event: MapSourceDataEvent) => {
    if (!WORKER_SOURCES.has(event.source?.type)) return;
    if (event.sourceDataType === 'metadata' || event.tile) finish(false);
  };
  const onLoad = () => finish(false);
  const ping = () => {
    const dispatcher = (map.style as unknown as { dispatcher?: Dispatcher } | undefined)?.dispatcher;
    // Answered: alive. Refused (no worker could be made): the error event or the time-out says so.
    dispatcher?.broadcast('kn-map-elements:ping', null).then(
      () => finish(false),
      () => undefined,
    );
  };
  function finish(failure: boolean): void {
    if (done) return;
    done = true;
    if (!failure) workersSeenAlive.add(workerUrl);
    clearTimeout(timer);
    map.off('error', onError);
    map.off('sourcedata', onData);
    map.off('load', onLoad);
    map.off('style.load', ping);
    if (!failure) return;
    console.warn(
      "[kn-map-elements] MapLibre's worker did not start. Where a bundler moves maplibre-gl into a chunk of its own, " +
        'give the URL of maplibre-gl-worker.mjs with configure({ workerUrl }) (README: "Bundlers").',
    );
    failed();
  }
  map.on('error', onError);
  map.on('sourcedata', onData);
  map.on('load', onLoad);
  map.once('style.load', ping);
  // maplibre's maps share one pool of workers: once a worker from this URL answered on this page, a later map's
  // slow answer (the worker busy with another map's large layer) is no sign of a broken one; only the error event counts.
  if (!workersSeenAlive.has(workerUrl)) arm();
  return () => finish(false);
}

/** The worker URLs (`configure({ workerUrl })`, '' for maplibre's own) whose worker has answered on this page. */
const workersSeenAlive = new Set<string>();

/** maplibre's `error` event for a worker script that did not load. */
export function isWorkerFailure(event: { error?: unknown }): boolean {
  return event.error instanceof Error && /worker failed to load/i.test(event.error.message);
}
