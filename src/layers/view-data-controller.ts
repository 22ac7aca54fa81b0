import type { Map as MaplibreMap } from 'maplibre-gl';
import type { LoadResult, ObjectLoadOptions } from '../data/load-data.js';
import { containsBox, paddedBox, type LonLatBox } from '../data/lonlat-box.js';
import { VIEW_READERS } from '../data/view-reader.js';
import { DEFAULT_MAX_FEATURES, type ViewSource } from '../data/view-source.js';

/** How much of the view's width and height is added on each side when loading, so small pans need nothing new. */
const PADDING = 0.2;
/** What a source read whole covers: the whole world, so no move loads it again. */
const WORLD: LonLatBox = [-180, -90, 180, 90];

export interface ViewDataHost {
  /** Whether the layer's data currently follows the view (an items endpoint or a FlatGeobuf file). */
  followsView(): boolean;
  /** Load again: the view has moved beyond what was loaded. */
  reloadForView(): void;
}

export interface ViewReadOptions extends ObjectLoadOptions {
  /** What `url` is: an OGC API Features items endpoint (the default) or a FlatGeobuf file (data/view-reader.ts). */
  source?: ViewSource;
  maxFeatures: number;
  timeoutMs: number;
  /** Download progress, 0…1. */
  onFetchProgress?: (fraction: number) => void;
  /** The layer's `type-name` (a WFS feature type). */
  typeName?: string;
  /** The map's language. */
  lang?: string;
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
 * Loads a data layer's OGC API Features endpoint or FlatGeobuf file for the map's view (padded by a fifth on
 * each side; the reading itself is data/view-reader.ts's) and again after the view moved beyond it: on
 * `moveend`, debounced, with the previous download cancelled when a new one starts; a move that stays inside
 * the box being downloaded lets that download finish. Boxes keep maplibre's unwrapped longitudes and are
 * wrapped only for the request (lonlat-box.ts). The layer stays thin:
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
   * Downloads the features in the current view, up to `maxFeatures` (from an items endpoint following `next`
   * pages, or from a FlatGeobuf file through its index), and reads them like any GeoJSON (validation, `crs`,
   * progress). `onTruncated` is called the first time the cap cuts the data of this source. A source read
   * whole (a FlatGeobuf file without an index) is not loaded again after a move.
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
    const { source: kind = 'ogc-features', maxFeatures: cap, timeoutMs, onFetchProgress, typeName, lang, ...loadOptions } = options;
    const maxFeatures = cap >= 1 ? Math.floor(cap) : DEFAULT_MAX_FEATURES;
    try {
      const limits = { signal: download.signal, maxFeatures, timeoutMs, crs: loadOptions.crs, onProgress: onFetchProgress, typeName, lang };
      const read = await VIEW_READERS[kind](url, box, limits);
      const collection = { type: 'FeatureCollection', features: read.features } as const;
      const { loadObject } = await import('../data/load-data.js'); // the data pipeline's chunk (see data-layer.ts)
      const result = await loadObject(collection, { ...loadOptions, crs: read.crs ?? loadOptions.crs });
      download.signal.throwIfAborted(); // a newer load or the removal from the map came in between
      this.covered = read.whole ? WORLD : read.truncated ? undefined : box;
      this.loadedView = view;
      const source = `${url} ${maxFeatures}`;
      if (read.truncated && this.truncationReported !== source) {
        this.truncationReported = source;
        onTruncated({ shown: read.features.length, total: read.total });
      }
      const notices = read.notices?.length ? [...read.notices, ...result.notices] : result.notices;
      return { ...result, notices, ...(read.attribution ? { attribution: read.attribution } : {}) };
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
