import type { FilterSpecification, LayerSpecification } from 'maplibre-gl';
import { luminance, parseHex } from '../symbols/contrast.js';

export interface GeojsonLayerPaint {
  color: string;
  opacity: number;
  visible: boolean;
  /** Show only features whose `field` has one of these values (a style filter; the source stays). */
  categories?: { field: string; values: string[] };
}

type Filter = FilterSpecification;

/** Features of these geometry types, not clusters, and (if given) of these categories. */
function featureFilter(types: string[], categories: GeojsonLayerPaint['categories']): Filter {
  const parts: unknown[] = [['match', ['geometry-type'], types, true, false], ['!', ['has', 'point_count']]];
  if (categories?.values.length) parts.push(['in', ['to-string', ['get', categories.field]], ['literal', categories.values]]);
  return ['all', ...parts] as unknown as Filter;
}

/**
 * The casing under a line in `color`: white under a dark line, near-black under a light one. So the line or its
 * casing has ≥ 3:1 against the light and the dark basemap whatever the colour (the near-black default has 1.3:1
 * against the dark basemap on its own). Colours that are not hex get white.
 */
export function lineCasing(color: string): string {
  const rgb = parseHex(color);
  return rgb && luminance(rgb) > 0.3 ? '#1a1a1a' : '#ffffff';
}

/** maplibre style layers for any GeoJSON: polygon fill, lines and outlines on a casing, and points as circles.
 *  Ids are `${prefix}fill`, `${prefix}casing`, `${prefix}line`, `${prefix}point`. */
export function geojsonLayerSpecs(prefix: string, source: string, { color, opacity, visible, categories }: GeojsonLayerPaint): LayerSpecification[] {
  const layout = { visibility: visible ? 'visible' : 'none' } as const;
  const isType = (...types: string[]) => featureFilter(types, categories);
  return [
    {
      id: `${prefix}fill`,
      type: 'fill',
      source,
      filter: isType('Polygon', 'MultiPolygon'),
      layout,
      paint: { 'fill-color': color, 'fill-opacity': 0.25 * opacity },
    },
    {
      id: `${prefix}casing`,
      type: 'line',
      source,
      filter: isType('Polygon', 'MultiPolygon', 'LineString', 'MultiLineString'),
      layout,
      paint: {
        'line-color': lineCasing(color),
        'line-opacity': 0.6 * opacity,
        'line-width': ['interpolate', ['linear'], ['zoom'], 10, 3.5, 16, 5.5],
      },
    },
    {
      id: `${prefix}line`,
      type: 'line',
      source,
      filter: isType('Polygon', 'MultiPolygon', 'LineString', 'MultiLineString'),
      layout,
      paint: { 'line-color': color, 'line-opacity': opacity, 'line-width': ['interpolate', ['linear'], ['zoom'], 10, 1.5, 16, 3] },
    },
    {
      id: `${prefix}point`,
      type: 'circle',
      source,
      filter: isType('Point', 'MultiPoint'),
      layout,
      paint: {
        'circle-color': color,
        'circle-opacity': opacity,
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 10, 4, 16, 8],
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1.5,
        'circle-stroke-opacity': opacity,
      },
    },
  ];
}
