import type { Map as MaplibreMap } from 'maplibre-gl';
import { loadObject, type LoadResult, type ObjectLoadOptions } from '../data/load-data.js';
import { containsBox, paddedBox, requestBox, type LonLatBox } from '../data/lonlat-box.js';
import { fetchFeaturePages, itemsRequestUrl } from '../data/ogc-features.js';

/** How much of the view's width and height is added on each side when loading, so small pans need nothing new. */
const PADDING = 0.2;
/** Features asked for per page; servers cap it at their own maximum. */
const PAGE_LIMIT = 1000;
/** `max-features` when not set (or not a positive number). */
export const DEFAULT_MAX_FEATURES = 5000;

export interface ViewDataHost {
  /** Whether the layer's data currently follows the view (its source is an items endpoint). */
  followsView(): boolean;
  /** Load again: the view has moved beyond what was loaded. */
  reloadForView(): void;
}

export interface ViewReadOptions extends ObjectLoadOptions {
  maxFeatures: number;
  timeoutMs: number;
  /** Download progress, 0…1. */
  onFetchProgress?: (fraction: number) => void;
}

/** Delays the reload after a move: the browser's timers, unless a test drives the time itself. */
export interface ReloadTimer {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const browserTimer: ReloadTimer = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** What was left out when the view holds more features than `max-features`. */
export interface Truncation {
  shown: number;
  /** All features in the view, when the server says. */
  total?: number;
}

/**
 * Loads a data layer's OGC API Features endpoint for the map's view (padded by a fifth on each side) and
 * again after the view moved beyond it: on `moveend`, debounced, with the previous download cancelled when
 * a new one starts; a move that stays inside the box being downloaded lets that download finish. Boxes keep
 * maplibre's unwrapped longitudes and are wrapped only for the request (lonlat-box.ts). The layer stays thin:
 * it calls `read` instead of downloading a file, and puts `version` into what identifies its data, so that a
 * new view is new data.
 */
export class ViewDataController {
  /** @internal How the reload after a move is delayed (`setTimeout`); tests replace it to drive the time by hand. */
  static timer: ReloadTimer = browserTimer;

  /** Goes up whenever the data must be loaded anew for the view. */
  version = 0;
  private map?: MaplibreMap;
  /** The delayed reload, with the timer that holds it (cancelled with that timer, even if tests replaced it since). */
  private pending?: { timer: ReloadTimer; handle: unknown };
  private download?: AbortController;
  /** The area the running download asks for; moves inside it load nothing new. */
  private requested?: LonLatBox;
  /** The area the last complete load covered; moves inside it load nothing. */
  private covered?: LonLatBox;
  /** The view of the last successful load: a `moveend` that leaves it as it was (a resize) loads nothing either. */
  private loadedView?: LonLatBox;
  private truncationReported?: string;

  constructor(
    private readonly host: ViewDataHost,
    private readonly debounceMs = 300,
  ) {}

  /** Follows this map's view (again called for the same map: nothing changes). */
  attach(map: MaplibreMap): void {
    if (this.map === map) return;
    this.map?.off('moveend', this.onMoveEnd);
    this.map = map;
    map.on('moveend', this.onMoveEnd);
  }

  /** Stops following the view and cancels a running download; the next `read` loads anew. */
  detach(map: MaplibreMap): void {
    map.off('moveend', this.onMoveEnd);
    this.cancelPending();
    this.download?.abort();
    this.download = undefined;
    this.map = undefined;
    this.requested = this.covered = this.loadedView = undefined;
    this.version++;
  }

  /**
   * Downloads the features in the current view from an items endpoint, following `next` pages up to
   * `maxFeatures`, and reads them like any GeoJSON (validation, `crs`, progress). `onTruncated` is called
   * the first time the cap cuts the data of this source.
   */
  async read(url: string, options: ViewReadOptions, onTruncated: (truncation: Truncation) => void): Promise<LoadResult> {
    const map = this.map;
    if (!map) throw new Error('The layer is not on a map.');
    this.download?.abort();
    const download = (this.download = new AbortController());
    const view = viewBox(map);
    const box = paddedBox(view, PADDING);
    this.covered = this.loadedView = undefined;
    this.requested = box;
    const { maxFeatures: cap, timeoutMs, onFetchProgress, ...loadOptions } = options;
    const maxFeatures = cap >= 1 ? Math.floor(cap) : DEFAULT_MAX_FEATURES;
    try {
      const request = itemsRequestUrl(url, requestBox(box), Math.min(PAGE_LIMIT, maxFeatures));
      const pages = await fetchFeaturePages(request, {
        signal: download.signal,
        maxFeatures,
        timeoutMs,
        onProgress: onFetchProgress,
      });
      const result = await loadObject({ type: 'FeatureCollection', features: pages.features }, loadOptions);
      download.signal.throwIfAborted(); // a newer load or the removal from the map came in between
      this.covered = pages.truncated ? undefined : box;
      this.loadedView = view;
      const source = `${url} ${maxFeatures}`;
      if (pages.truncated && this.truncationReported !== source) {
        this.truncationReported = source;
        onTruncated({ shown: pages.features.length, total: pages.numberMatched });
      }
      return result;
    } finally {
      if (this.download === download) this.requested = undefined;
    }
  }

  private readonly onMoveEnd = (): void => {
    if (!this.host.followsView()) return;
    this.cancelPending();
    const timer = ViewDataController.timer;
    const handle = timer.set(() => {
      if (this.pending?.handle === handle) this.pending = undefined;
      this.reloadIfMoved();
    }, this.debounceMs);
    this.pending = { timer, handle };
  };

  private cancelPending(): void {
    this.pending?.timer.clear(this.pending.handle);
    this.pending = undefined;
  }

  /** After the debounce: loads again when the view has left what was loaded (or is being loaded). */
  private reloadIfMoved(): void {
    const map = this.map;
    const view = map && viewBox(map);
    if (!view || String(view) === String(this.loadedView)) return;
    const loading = this.requested ?? this.covered;
    if (loading && containsBox(loading, view)) return;
    this.version++;
    this.host.reloadForView();
  }
}

function viewBox(map: MaplibreMap): LonLatBox {
  const bounds = map.getBounds();
  return [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()];
}
