import type { Feature } from 'geojson';
import type { Map as MaplibreMap, MapSourceDataEvent } from 'maplibre-gl';
import { DataError, quote } from '../../data/data-error.js';
import { DataFetchError } from '../../data/fetch-data.js';
import type { DescribeOptions, DescribedTiles } from './describe-tiles.js';
import { featureSetKey, uniqueTileFeatures } from './tile-features.js';

export interface TileSetHost {
  /** The id of the layer's maplibre source. */
  sourceId(): string;
  /** The features of the tiles loaded for the view changed. */
  tileFeaturesChanged(features: Feature[], described: DescribedTiles): void;
  /** No tile could be loaded (wrong address, server down); reported once per tile set. */
  tilesFailed(error: unknown): void;
}

interface TileErrorEvent {
  sourceId?: string;
  error?: { status?: number; message?: string };
}

/**
 * A data layer's vector tiles (the `tiles` attribute): reads what the tile set says about itself, then, once
 * the source is on the map, keeps the host told of the features in the tiles loaded for the view (for
 * lists, search and `features`) and of a tile set of which no tile loads at all. Single missing tiles are
 * normal in sparse tile sets and are not reported.
 */
export class TileSetController {
  described?: DescribedTiles;
  private map?: MaplibreMap;
  private loadedTiles = 0;
  private firstError?: TileErrorEvent['error'];
  private reported = false;
  private checkedEmpty = false;
  /** Tiles of this source loaded, or the view moved, since the features were last collected. */
  private dirty = true;
  private shownKey?: string;

  constructor(private readonly host: TileSetHost) {}

  /** Reads the tile set at `value` (the `tiles` attribute). Throws `DataError` or `DataFetchError`. */
  async describe(value: string, options: DescribeOptions): Promise<DescribedTiles> {
    // Loaded only by pages that use tiles.
    const { describeTilesAt } = await import('./describe-tiles.js');
    return describeTilesAt(value, document.baseURI, options);
  }

  /** The described source is on `map`: start following it. */
  watch(map: MaplibreMap, described: DescribedTiles): void {
    this.unwatch();
    Object.assign(this, { map, described, loadedTiles: 0, firstError: undefined, reported: false, checkedEmpty: false, dirty: true, shownKey: undefined });
    map.on('sourcedata', this.onSourceData);
    map.on('error', this.onError);
    map.on('moveend', this.onMoveEnd);
    map.on('idle', this.onIdle);
  }

  unwatch(): void {
    this.map?.off('sourcedata', this.onSourceData);
    this.map?.off('error', this.onError);
    this.map?.off('moveend', this.onMoveEnd);
    this.map?.off('idle', this.onIdle);
    this.map = undefined;
    this.described = undefined;
  }

  private readonly onSourceData = (event: MapSourceDataEvent): void => {
    if (event.sourceId !== this.host.sourceId()) return;
    this.dirty = true;
    if (event.tile) this.loadedTiles++;
  };

  /** Back over tiles loaded before, no tile event comes: the view itself says the features may differ. */
  private readonly onMoveEnd = (): void => {
    this.dirty = true;
  };

  private readonly onError = (event: TileErrorEvent): void => {
    if (event.sourceId === this.host.sourceId()) this.firstError ??= event.error ?? {};
  };

  /**
   * The first view shows nothing. maplibre loads a tile the server answers with 404 as an empty tile, so a
   * wrong address looks just like an empty area: ask for the tile in the middle of the view once, and say
   * so if the server does not have it.
   */
  private async checkEmptyStart(map: MaplibreMap, described: DescribedTiles): Promise<void> {
    const template = (described.source as { tiles?: string[] }).tiles?.[0];
    if (!template || described.pmtiles) return;
    const { lng, lat } = map.getCenter();
    const [west, south, east, north] = described.bounds ?? [-180, -90, 180, 90];
    if (lng < west || lng > east || lat < south || lat > north) return; // outside the data: empty is right
    const { minzoom = 0, maxzoom = 22 } = described.source as { minzoom?: number; maxzoom?: number };
    const zoom = Math.min(maxzoom, Math.max(minzoom, map.getZoom()));
    const { tileUrlAt } = await import('../../data/tiles-source.js');
    const url = tileUrlAt(template, [lng, lat], zoom);
    let error: Error;
    try {
      const response = await fetch(url);
      await response.body?.cancel();
      if (response.ok) return;
      error = response.status === 404 ? missingTile(url, maxzoom) : new DataFetchError('data-http', response.status);
    } catch {
      error = new DataFetchError('data-network');
    }
    if (this.map === map && this.described === described) this.fail(error);
  }

  /** No tile of the set could be loaded; said once per tile set. */
  private fail(error: Error): void {
    if (this.reported) return;
    this.reported = true;
    this.host.tilesFailed(error);
  }

  private readonly onIdle = (): void => {
    const { map, described } = this;
    if (!map || !described || !map.getSource(this.host.sourceId())) return;
    if (this.firstError && this.loadedTiles === 0) {
      const { status } = this.firstError;
      return this.fail(status ? new DataFetchError('data-http', status) : new DataFetchError('data-network'));
    }
    if (!this.dirty) return;
    this.dirty = false;
    const features = uniqueTileFeatures(map.querySourceFeatures(this.host.sourceId(), { sourceLayer: described.sourceLayer }));
    if (!this.checkedEmpty) {
      this.checkedEmpty = true;
      if (!features.length) void this.checkEmptyStart(map, described);
    }
    const key = featureSetKey(features);
    if (key === this.shownKey) return;
    this.shownKey = key;
    this.host.tileFeaturesChanged(features, described);
  };
}

/** The tile in the middle of the first view is missing: most likely a wrong address or zoom range. */
function missingTile(url: string, maxZoom: number): DataError {
  return new DataError('data-tiles', 'tiles.first-tile-missing', { url: quote(url, 100), maxZoom });
}
