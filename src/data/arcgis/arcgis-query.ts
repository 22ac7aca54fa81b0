import type { LonLatBox } from '../lonlat-box.js';

/**
 * The addresses asked of an ArcGIS REST layer. Pure: no DOM.
 *
 * ```ts
 * const layer = 'https://services.example.de/arcgis/rest/services/WLAN/FeatureServer/0?token=abc';
 * metadataUrl(layer)                        // …/FeatureServer/0?token=abc&f=json
 * queryUrl(layer, { returnCountOnly: 'true', f: 'json' })   // …/FeatureServer/0/query?token=abc&where=1%3D1&outFields=*&…
 * queryUrl(layer, { ...envelopeParams([9.15, 47.65, 9.2, 47.68]), f: 'geojson' })
 * ```
 *
 * The page author's own query parameters stay on every request (a `token`, or a `where` filter that then
 * replaces `1=1`, or `outFields`); the reader's own ones (`f`, `outSR`, paging, the envelope) always win.
 */

/** The layer's address without a trailing slash or fragment, its query kept. */
function layerParts(src: string): { path: string; params: URLSearchParams } {
  const url = new URL(src);
  url.hash = '';
  const params = new URLSearchParams(url.search);
  params.delete('f');
  url.search = '';
  return { path: url.href.replace(/\/+$/, ''), params };
}

/** The layer's description: `…/FeatureServer/0?f=json`. */
export function metadataUrl(src: string): string {
  const { path, params } = layerParts(src);
  params.set('f', 'json');
  return `${path}?${params}`;
}

/**
 * A query of the layer: `where=1=1` (unless the author's URL has a `where`), `outFields=*` (unless it has
 * `outFields`), geometry in WGS84 (`outSR=4326`), and `params`.
 */
export function queryUrl(src: string, params: Record<string, string>): string {
  const { path, params: query } = layerParts(src);
  if (!query.get('where')) query.set('where', '1=1');
  if (!query.get('outFields')) query.set('outFields', '*');
  query.set('outSR', '4326');
  for (const [key, value] of Object.entries(params)) query.set(key, value);
  return `${path}/query?${query}`;
}

/**
 * The query parameters that ask for the features intersecting `box` (longitude/latitude, as requestBox
 * makes it). A box across the antimeridian (west > east) asks for all longitudes between its latitudes.
 */
export function envelopeParams([west, south, east, north]: LonLatBox): Record<string, string> {
  const [xmin, xmax] = west > east ? [-180, 180] : [west, east];
  const round = (value: number) => String(Math.round(value * 1e6) / 1e6);
  return {
    geometry: [xmin, south, xmax, north].map(round).join(','),
    geometryType: 'esriGeometryEnvelope',
    inSR: '4326',
    spatialRel: 'esriSpatialRelIntersects',
  };
}
