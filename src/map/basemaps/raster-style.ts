import type { StyleSpecification } from 'maplibre-gl';

/**
 * The style of a raster basemap: the images of a tile server (XYZ/WMTS) or of a WMS's GetMap per tile, as one
 * raster layer under everything the map adds (data layers sit above it). Pure: no DOM, no network.
 */

export const RASTER_SOURCE = 'basemap-raster';

export interface RasterStyleOptions {
  /** The tile template (`{z}/{x}/{y}` or `{bbox-epsg-3857}`). */
  tiles: string;
  /** The credit line as HTML that is only text and http(s) links (escaped by the caller). */
  attribution?: string;
  minzoom?: number;
  maxzoom?: number;
  /** Glyphs and sprite of the map's own style, for the labels of data layers. */
  glyphs?: string;
  sprite?: StyleSpecification['sprite'];
  /** The colour shown where no image is (yet). */
  background?: string;
}

export function rasterStyle(options: RasterStyleOptions): StyleSpecification {
  return {
    version: 8,
    ...(options.glyphs ? { glyphs: options.glyphs } : {}),
    ...(options.sprite ? { sprite: options.sprite } : {}),
    sources: {
      [RASTER_SOURCE]: {
        type: 'raster',
        tiles: [options.tiles],
        tileSize: 256,
        minzoom: options.minzoom ?? 0,
        maxzoom: options.maxzoom ?? 22,
        ...(options.attribution ? { attribution: options.attribution } : {}),
      },
    },
    layers: [
      { id: 'basemap-raster-background', type: 'background', paint: { 'background-color': options.background ?? '#f2efe9' } },
      { id: RASTER_SOURCE, type: 'raster', source: RASTER_SOURCE },
    ],
  };
}
