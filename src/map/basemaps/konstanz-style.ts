import type { StyleSpecification } from 'maplibre-gl';
import { DISTRICT_LABEL_ANCHORS } from './district-label-anchors.js';

export type Palette = Record<keyof typeof KONSTANZ_PALETTE, string>;

/**
 * Colours of the offline basemap: a calm, light city map that data layers stand out on. Every label has a halo of
 * its own that differs from what lies under it (the water's names a paler blue than the water), so the text
 * keeps ≥ 4.5:1 as drawn, thin strokes and all; test/layers/colours.test.ts and rendered-contrast.test.ts check it.
 */
export const KONSTANZ_PALETTE = {
  land: '#e8eae3',
  city: '#f7f6f2',
  water: '#b3d1e6',
  waterEdge: '#8fb5d0',
  waterLabel: '#1b4a6e',
  /** Paler than the water, so the lake's names stand out from it. */
  waterLabelHalo: '#e3eef6',
  districtEdge: '#a39d91',
  cityEdge: '#6f695f',
  cityEdgeHalo: '#dedbd2',
  label: '#33322f',
} as const;

/** The same map at night: dark land, muted water, light labels (contrast ≥ 4.5:1 against their halos). */
export const KONSTANZ_DARK_PALETTE: Palette = {
  land: '#1d2024',
  city: '#2a2e34',
  water: '#1b3850',
  waterEdge: '#2d5677',
  waterLabel: '#b5d6f0',
  /** Darker than the water, so the lake's names stand out from it. */
  waterLabelHalo: '#0e2233',
  districtEdge: '#646a72',
  cityEdge: '#b3b9c1',
  cityEdgeHalo: '#353a41',
  label: '#ececec',
};

export const BASEMAP_LAYER_PREFIX = 'basemap-';

export interface KonstanzStyleOptions {
  /** Resolves a path inside the bundled assets folder to a URL. */
  assetUrl: (path: string) => string;
  /** Attribution shown for the basemap's data (the lake's: it is made from GSHHG and the city's districts). */
  attribution: string;
  /**
   * Attribution of the city's own data (city area, districts), shown while only they are in view; by default
   * `attribution`. MapLibre lists each credit once and drops one that is part of another.
   */
  cityAttribution?: string;
  /** Light (default) or dark colours. */
  palette?: Palette;
}

/**
 * The offline basemap `konstanz`: land, the lake with the Seerhein, the city area and the 15 Stadtteile
 * with their names, from data and glyphs shipped with the package. No request leaves the page's origin.
 * The lake's shore is the city's edge wherever Konstanz meets it (scripts/make-lake.js). Outside Konstanz the
 * map has no data: offline-coverage.ts says so and keeps the credits to what is in view.
 */
export function konstanzStyle({ assetUrl, attribution, cityAttribution = attribution, palette = KONSTANZ_PALETTE }: KonstanzStyleOptions): StyleSpecification {
  const p = palette;
  const data = (file: string) => assetUrl(`data/${file}`);
  return {
    version: 8,
    name: 'Konstanz (offline)',
    // maplibre fills in {fontstack} and {range}; decodeURI keeps the braces that URL() escaped.
    glyphs: decodeURI(assetUrl('fonts/{fontstack}/{range}.pbf')),
    sources: {
      'basemap-city': { type: 'geojson', data: data('stadtgebiet.geojson'), attribution: cityAttribution },
      'basemap-districts': { type: 'geojson', data: data('stadtteile.geojson') },
      'basemap-district-labels': { type: 'geojson', data: data('stadtteile-labels.geojson') },
      'basemap-lake': { type: 'geojson', data: data('bodensee.geojson'), attribution },
      'basemap-water-labels': { type: 'geojson', data: data('gewaesser-labels.geojson') },
    },
    layers: [
      { id: 'basemap-land', type: 'background', paint: { 'background-color': p.land } },
      { id: 'basemap-city-fill', type: 'fill', source: 'basemap-city', paint: { 'fill-color': p.city } },
      { id: 'basemap-lake-fill', type: 'fill', source: 'basemap-lake', paint: { 'fill-color': p.water } },
      {
        id: 'basemap-lake-edge',
        type: 'line',
        source: 'basemap-lake',
        paint: { 'line-color': p.waterEdge, 'line-width': ['interpolate', ['linear'], ['zoom'], 9, 0.5, 15, 1.5] },
      },
      {
        id: 'basemap-district-edges',
        type: 'line',
        source: 'basemap-districts',
        paint: {
          'line-color': p.districtEdge,
          'line-width': ['interpolate', ['linear'], ['zoom'], 10, 0.6, 15, 1.6],
          'line-dasharray': [3, 2],
        },
      },
      {
        id: 'basemap-city-edge-halo',
        type: 'line',
        source: 'basemap-city',
        paint: { 'line-color': p.cityEdgeHalo, 'line-width': ['interpolate', ['linear'], ['zoom'], 10, 3, 15, 7] },
      },
      {
        id: 'basemap-city-edge',
        type: 'line',
        source: 'basemap-city',
        paint: { 'line-color': p.cityEdge, 'line-width': ['interpolate', ['linear'], ['zoom'], 10, 1, 15, 2.2] },
      },
      {
        id: 'basemap-water-labels',
        type: 'symbol',
        source: 'basemap-water-labels',
        filter: ['<=', ['get', 'rank'], ['case', ['<', ['zoom'], 10], 1, ['<', ['zoom'], 12], 2, 3]],
        layout: {
          'text-field': ['get', 'name'],
          // Medium, not Regular: the thin strokes of small letters never reach the text colour as drawn.
          'text-font': ['Noto Sans Medium'],
          'text-size': ['interpolate', ['linear'], ['zoom'], 9, 11, 14, 15],
          'text-letter-spacing': 0.15,
          'text-max-width': 6,
        },
        paint: { 'text-color': p.waterLabel, 'text-halo-color': p.waterLabelHalo, 'text-halo-width': 1.5 },
      },
      {
        id: 'basemap-district-labels',
        type: 'symbol',
        source: 'basemap-district-labels',
        layout: {
          'text-field': ['get', 'name'],
          'text-font': ['Noto Sans Medium'],
          'text-size': ['interpolate', ['linear'], ['zoom'], 10, 10, 12, 12.5, 15, 16],
          'text-letter-spacing': 0.03,
          'text-max-width': 7,
          'text-padding': 3,
          // Where data (a cluster, a project's symbol) stands on a district's middle, its name moves beside it
          // instead of disappearing (district-label-anchors.ts).
          ...DISTRICT_LABEL_ANCHORS,
        },
        paint: { 'text-color': p.label, 'text-halo-color': p.city, 'text-halo-width': 1.6, 'text-halo-blur': 0.3 },
      },
    ],
  };
}
