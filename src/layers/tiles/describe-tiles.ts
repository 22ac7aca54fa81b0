import type { SourceSpecification } from 'maplibre-gl';
import { DataError } from '../../data/data-error.js';
import { DataFetchError, fetchData, fileText } from '../../data/fetch-data.js';
import { chooseSourceLayer, parseTilesSource, tilesInfoFromMetadata, zoomRange, type TilesInfo, type TilesSource } from '../../data/tiles-source.js';
import { loadMaplibre } from '../../map/load-maplibre.js';
import { creditHtml } from '../../text/credit-html.js';
import { archiveTileTemplate, forgetArchive, openArchive, registerPmtilesProtocol } from './pmtiles-archives.js';

/** A tile set ready to be added to a map: the maplibre source and the layer inside the tiles to draw. */
export interface DescribedTiles {
  source: SourceSpecification;
  sourceLayer: string;
  bounds?: [number, number, number, number];
  /** True for PMTiles archives: the map must know the `kn-pmtiles://` protocol. */
  pmtiles: boolean;
}

export interface DescribeOptions {
  /** The `source-layer` attribute. */
  sourceLayer?: string;
  /** Deepest zoom of a tile template that says nothing about itself (`tiles-max-zoom`). */
  maxZoom: number;
  /** Property that identifies a feature (`id-field`); default: the tiles' own feature ids. */
  idField?: string;
  timeoutMs: number;
}

/** The `tiles` attribute (resolved against `base`) read and described; a PMTiles archive's protocol registered. */
export async function describeTilesAt(value: string, base: string, options: DescribeOptions): Promise<DescribedTiles> {
  const described = await describeTiles(parseTilesSource(value, base), options);
  if (described.pmtiles) registerPmtilesProtocol((await loadMaplibre()).maplibre);
  return described;
}

/**
 * Reads what a tile set says about itself (a PMTiles header and metadata, a TileJSON document; a bare
 * template says nothing) and builds the maplibre vector source. Throws `DataError` or `DataFetchError`.
 */
export async function describeTiles(tiles: TilesSource, options: DescribeOptions): Promise<DescribedTiles> {
  if (tiles.kind === 'template') {
    const info: TilesInfo = { layers: [] };
    return build([tiles.url], info, options, false);
  }
  if (tiles.kind === 'tilejson') {
    const file = await fetchData(tiles.url, options.timeoutMs);
    const tileJson = parseTileJson(fileText(file), tiles.url);
    return build(tileJson.tiles, tileJson.info, options, false);
  }
  const info = await withTimeout(readArchive(tiles.url), options.timeoutMs).catch((error: unknown) => {
    forgetArchive(tiles.url);
    throw archiveError(error);
  });
  return build([archiveTileTemplate(tiles.url)], info, options, true);
}

function build(urls: string[], info: TilesInfo, options: DescribeOptions, pmtiles: boolean): DescribedTiles {
  const sourceLayer = chooseSourceLayer(info, options.sourceLayer);
  // maplibre shows a source's attribution as HTML; a tile host's credit becomes text and checked http(s) links
  // (as every credit on the map does, src/map/credits.ts): no images, no handlers.
  const attribution = info.attribution && creditHtml(info.attribution);
  const promoteId = options.idField?.trim();
  return {
    source: {
      type: 'vector',
      tiles: urls,
      ...zoomRange(info, options.maxZoom),
      ...(info.bounds ? { bounds: info.bounds } : {}),
      ...(attribution ? { attribution } : {}),
      ...(promoteId ? { promoteId } : {}),
    },
    sourceLayer,
    bounds: info.bounds,
    pmtiles,
  };
}

async function readArchive(url: string): Promise<TilesInfo> {
  const archive = await openArchive(url);
  const header = await archive.getHeader();
  if (header.tileType !== 1) {
    throw new DataError('data-tiles', 'tiles.pmtiles-raster');
  }
  const metadata = header.jsonMetadataLength > 0 ? await archive.getMetadata() : {};
  const valid = header.minLon < header.maxLon && header.minLat < header.maxLat;
  return {
    ...tilesInfoFromMetadata(metadata),
    minZoom: header.minZoom,
    maxZoom: header.maxZoom,
    bounds: valid ? [header.minLon, header.minLat, header.maxLon, header.maxLat] : undefined,
  };
}

function parseTileJson(text: string, url: string): { tiles: string[]; info: TilesInfo } {
  let json: Record<string, unknown>;
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    json = {};
  }
  const tiles = Array.isArray(json.tiles) ? json.tiles.filter((tile): tile is string => typeof tile === 'string') : [];
  if (!tiles.length) {
    throw new DataError('data-tiles', 'tiles.not-tilejson');
  }
  const bounds = Array.isArray(json.bounds) && json.bounds.length === 4 && json.bounds.every(Number.isFinite) ? (json.bounds as TilesInfo['bounds']) : undefined;
  return {
    // Each address is checked as the `tiles` attribute is (http(s) only).
    tiles: tiles.map((tile) => parseTilesSource(tile, url).url),
    info: {
      ...tilesInfoFromMetadata(json),
      minZoom: typeof json.minzoom === 'number' ? json.minzoom : undefined,
      maxZoom: typeof json.maxzoom === 'number' ? json.maxzoom : undefined,
      bounds,
    },
  };
}

class TimeoutError extends Error {}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new TimeoutError()), ms)));
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** The pmtiles library's errors in the words of the data layers. */
function archiveError(error: unknown): Error {
  if (error instanceof DataError || error instanceof DataFetchError) return error;
  if (error instanceof TimeoutError) return new DataFetchError('data-timeout');
  const message = error instanceof Error ? error.message : String(error);
  const status = /Bad response code: (\d+)/.exec(message);
  if (status) return new DataFetchError('data-http', Number(status[1]));
  if (/magic number|spec version/i.test(message)) return new DataError('data-tiles', 'tiles.not-pmtiles');
  if (/Byte Serving|content-length/i.test(message)) return new DataError('data-tiles', 'tiles.no-range-requests');
  if (error instanceof TypeError) return new DataFetchError('data-network');
  return new DataError('data-tiles', 'tiles.pmtiles-unreadable');
}

