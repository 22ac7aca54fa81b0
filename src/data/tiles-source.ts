import { DataError, quote, quoted } from './data-error.js';
import { resolveUrl } from './data-url.js';

/**
 * Vector tiles for the data layers (the `tiles` attribute): data that no longer fits in one file, published
 * as static files on any web server or object store. Pure: no DOM, no maplibre.
 *
 * - A URL template with `{z}`, `{x}` and `{y}` (for example `https://daten.example.de/baeume/{z}/{x}/{y}.pbf`,
 *   as `ogr2ogr -f MVT` or tippecanoe write them). Tiles must not be gzip-compressed on disk unless the
 *   server sends them with `Content-Encoding: gzip`.
 * - A PMTiles archive: a URL ending in `.pmtiles` (or starting with `pmtiles://`), read with HTTP range
 *   requests, so one file on a plain web server is enough.
 * - A TileJSON document: a URL ending in `.json`.
 */
export type TilesSource =
  | { kind: 'template'; url: string }
  | { kind: 'pmtiles'; url: string }
  | { kind: 'tilejson'; url: string };

/** What a tile set says about itself (PMTiles header and metadata, or TileJSON). */
export interface TilesInfo {
  /** Names of the layers inside the tiles (`vector_layers[].id`). */
  layers: string[];
  minZoom?: number;
  maxZoom?: number;
  /** [west, south, east, north] */
  bounds?: [number, number, number, number];
  attribution?: string;
}

const TEMPLATE = /\{z\}[\s\S]*\{x\}[\s\S]*\{y\}|\{z\}[\s\S]*\{y\}[\s\S]*\{x\}/;

/** Reads the `tiles` attribute, resolved against the page's address. Throws `DataError` (`data-tiles`). */
export function parseTilesSource(value: string, base: string): TilesSource {
  const text = value.trim();
  const pmtiles = text.replace(/^pmtiles:\/\//i, '');
  const resolve = (url: string) => {
    const resolved = resolveUrl(url, base, ['http:', 'https:']);
    if (!resolved) throw notTiles(text);
    // new URL() escapes the braces of a template; maplibre expects them as they are.
    return resolved.href.replace(/%7B/gi, '{').replace(/%7D/gi, '}');
  };
  if (pmtiles !== text || /\.pmtiles(?:[?#]|$)/i.test(text)) return { kind: 'pmtiles', url: resolve(pmtiles) };
  if (TEMPLATE.test(text)) return { kind: 'template', url: resolve(text) };
  if (/\.json(?:[?#]|$)/i.test(text)) return { kind: 'tilejson', url: resolve(text) };
  throw notTiles(text);
}

function notTiles(value: string): DataError {
  return new DataError('data-tiles', 'tiles.not-tiles', { address: quote(value, 80) });
}

/** The layer inside the tiles to show: the `source-layer` attribute if it names one, else the only or first one. */
export function chooseSourceLayer(info: TilesInfo, requested: string | undefined): string {
  const wanted = requested?.trim();
  if (wanted) {
    if (info.layers.length && !info.layers.includes(wanted)) {
      const layers = info.layers.map((name) => quoted(name, 40));
      throw new DataError('data-tiles', 'tiles.no-such-layer', { layer: quote(wanted, 40), layers });
    }
    return wanted;
  }
  if (info.layers.length) return info.layers[0];
  throw new DataError('data-tiles', 'tiles.layers-unknown');
}

/** Reads `vector_layers` and the rest from a TileJSON document or PMTiles metadata. */
export function tilesInfoFromMetadata(metadata: unknown): Pick<TilesInfo, 'layers' | 'attribution'> {
  const record = (metadata && typeof metadata === 'object' ? metadata : {}) as Record<string, unknown>;
  let vectorLayers = record.vector_layers;
  // MBTiles-style metadata (as GDAL writes it) keeps vector_layers inside a JSON string named `json`.
  if (!Array.isArray(vectorLayers) && typeof record.json === 'string') {
    try {
      vectorLayers = (JSON.parse(record.json) as Record<string, unknown>).vector_layers;
    } catch {
      vectorLayers = undefined;
    }
  }
  const layers = Array.isArray(vectorLayers)
    ? vectorLayers.map((layer) => (layer as { id?: unknown })?.id).filter((id): id is string => typeof id === 'string')
    : [];
  const attribution = typeof record.attribution === 'string' ? record.attribution : undefined;
  return { layers, attribution };
}

/** A tile set's zoom range, for maplibre to overzoom past the deepest tiles rather than ask for missing ones. */
export function zoomRange(info: TilesInfo, fallbackMaxZoom: number): { minzoom: number; maxzoom: number } {
  const clamp = (value: number) => Math.min(24, Math.max(0, Math.round(value)));
  const minzoom = Number.isFinite(info.minZoom) ? clamp(info.minZoom!) : 0;
  const maxzoom = clamp(Number.isFinite(info.maxZoom) ? info.maxZoom! : Number.isFinite(fallbackMaxZoom) ? fallbackMaxZoom : 14);
  return { minzoom: Math.min(minzoom, maxzoom), maxzoom };
}

/** The address of the tile at a place and zoom level in a `{z}/{x}/{y}` template (Web Mercator, XYZ scheme). */
export function tileUrlAt(template: string, [lon, lat]: [number, number], zoom: number): string {
  const z = Math.max(0, Math.floor(zoom));
  const n = 2 ** z;
  const clampIndex = (value: number) => Math.min(n - 1, Math.max(0, Math.floor(value)));
  const x = clampIndex(((lon + 180) / 360) * n);
  const rad = (Math.max(-85.0511, Math.min(85.0511, lat)) * Math.PI) / 180;
  const y = clampIndex(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n);
  return template.replace('{z}', String(z)).replace('{x}', String(x)).replace('{y}', String(y));
}
