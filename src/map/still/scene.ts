import type { FeatureCollection } from 'geojson';
import type { LayerSpecification } from 'maplibre-gl';
import type { ImageRecipe } from '../../symbols/provide-images.js';
import type { ClusterOptions } from './cluster.js';

/** A GeoJSON source of the still picture, with MapLibre's clustering options when it clusters. */
export interface StillSource {
  data: FeatureCollection;
  cluster?: ClusterOptions;
}

/**
 * What a layer draws, for the map's still picture (before MapLibre is there, and in browsers without WebGL): its
 * GeoJSON sources with their data, the MapLibre style layers it adds, the images those name (patterns, symbols) and
 * its data's credit. The still picture draws the same style layers from the same data (still-draw.ts), so it shows
 * the colours and symbols MapLibre will. `KnDataLayer` provides it (`stillScene()`); any described layer may.
 */
export interface StillScene {
  sources: Record<string, StillSource>;
  layers: LayerSpecification[];
  images?: Record<string, ImageRecipe>;
  /** The credit for the data shown (the source's `attribution`), for the still picture's credit line. */
  attribution?: string;
}
