import type { Feature } from 'geojson';
import type { Lang } from '../i18n/lang.js';
import type { LayerDescription } from './layer-description.js';

/**
 * What a layer offers the map's registry and controls. `KnDataLayer` implements it; any element may, and
 * register itself with the map's `LayerRegistry` (see `registryContext`).
 */
export interface DescribedLayer extends HTMLElement {
  /** The features loaded, in WGS84. */
  readonly features: readonly Feature[];
  hidden: boolean;
  /** The layer's name, legend, notes, fields and facets in a language. */
  describe(lang: Lang): LayerDescription;
  /** A feature's category or status as text for lists and search, in `lang` where the layer knows its values ('' for none). */
  featureCategory(feature: Feature, lang?: Lang): string;
  /** Whether the map draws the feature under the layer's current filters. */
  isShown(feature: Feature): boolean;
  /** Frames, highlights and selects a feature (lists, search). */
  focusFeature(feature: Feature): void;
}
