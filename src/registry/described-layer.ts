import type { Feature } from 'geojson';
import type { MapGeoJSONFeature } from 'maplibre-gl';
import type { Lang } from '../i18n/lang.js';
import type { Padding } from '../map/framing.js';

/** How `focusFeature` frames a feature. */
export interface FocusOptions {
  /** A point framed with the feature (where a search for the nearest one started). */
  include?: [number, number];
  maxZoom?: number;
  /** Pixels kept free at the map's edges. */
  padding?: Padding;
  /** `include` is the visitor's position: the view is kept out of the address and of shared links. */
  fromPosition?: boolean;
}
import type { StillScene } from '../map/still/scene.js';
import type { LayerDescription } from './layer-description.js';

/**
 * What a layer offers the map's registry and controls. `KnDataLayer` implements it; any element may, and
 * register itself with the map's `LayerRegistry` (see `registryContext`).
 */
export interface DescribedLayer extends HTMLElement {
  /** The features loaded, in WGS84. */
  readonly features: readonly Feature[];
  /**
   * Where its data stands: still `loading`, `shown` (loaded, perhaps with no features), or `unavailable` (the load
   * failed and nothing is shown). Undefined: the layer does not say (taken as loading while it has no features).
   */
  readonly dataState?: 'loading' | 'shown' | 'unavailable';
  /**
   * Whether its name may name its file while another layer of the same kind is on the map (a Konstanz layer with its
   * own `src` and no `label`): the registry describes it again when such a layer comes, goes or changes.
   */
  readonly namedByTwins?: boolean;
  hidden: boolean;
  /** The layer's name, legend, notes, fields and facets in a language. */
  describe(lang: Lang): LayerDescription;
  /** A feature's category or status as text for lists and search, in `lang` where the layer knows its values ('' for none). */
  featureCategory(feature: Feature, lang?: Lang): string;
  /**
   * The language of `featureCategory(feature, lang)` when it is not `lang`: the data's, for a value the layer has no
   * word of its own for. Undefined: in `lang` (or the data's language is the map's).
   */
  featureCategoryLang?(feature: Feature, lang: Lang): string | undefined;
  /**
   * A property's value in `lang` where it is one of the layer's own words (a status, a field of action, a kind of
   * place): "aktiv" → "active". Undefined for anything else, which is data, shown as it is in the description's
   * `dataLang`.
   */
  valueLabel?(key: string, value: unknown, lang: Lang): string | undefined;
  /** Whether the map draws the feature under the layer's current filters. */
  isShown(feature: Feature): boolean;
  /**
   * Whether the feature stands at a place of its own. False for one set on the map only to be seen (the city's
   * `lage: angenommen`): lists and details give no distance to it, and no search offers it as the nearest. Undefined:
   * every feature has.
   */
  hasPlace?(feature: Feature): boolean;
  /**
   * Frames, highlights and selects a feature (lists, search); with `include`, frames that point too; `maxZoom` and
   * `padding` (pixels kept free at the edges) for that framing, instead of the map's.
   */
  focusFeature(feature: Feature, options?: FocusOptions): void;
  /**
   * The nearest feature to a point, shown on the map (a layer offering a `nearest` facet implements it): the
   * straight-line distance in metres; null when there is none. `label`: the point's label on the map (text, or
   * text in the map's language).
   */
  showNearest?(from: [number, number], options?: { label?: string | ((lang: Lang) => string) }): { feature: Feature; distance: number } | null;
  /** Takes the nearest result shown by `showNearest` off the map (its line, its starting point) and the map's origin. */
  clearNearest?(): void;

  // ---- optional: drawing on the map's canvas (KnDataLayer implements them) ----

  /**
   * The ids of the maplibre style layers it draws, in its own order. The map stacks them by the page order of
   * the layers: areas and lines of every layer below the points and labels of every layer.
   */
  mapIds?(): { sources: string[]; layers: string[] };
  /** The style layers a click or tap may pick, with what they draw. */
  pickTargets?(): PickTarget[];
  /** The map picked this rendered feature of one of its targets: select it, or expand a cluster. */
  picked?(hit: MapGeoJSONFeature, target: PickTarget): void;
  /**
   * A click picked no point or cluster of any layer. Return true if the layer answered it (then no area is selected).
   * `overArea`: a data layer's area lies under the click (a layer that only adds to what is there lets it win).
   */
  clickedBeside?(lngLat: [number, number], context?: { overArea: boolean }): boolean;
  /**
   * What it draws, for the map's still picture (before MapLibre is there, and without WebGL): its sources with their
   * data, its style layers and the images they name (see `StillScene`). Undefined: it is left out of the picture.
   */
  stillScene?(): StillScene | undefined;
}

/**
 * A style layer a click may pick. Points (and their clusters) win over lines, lines over areas, a later layer in
 * the page over an earlier one; areas are picked only where no point or line is hit.
 */
export interface PickTarget {
  /** The maplibre style-layer id. */
  id: string;
  role: 'point' | 'cluster' | 'line' | 'area';
  /** Drawn above every layer (the selected point, again on top): it wins over another layer's at the same place. */
  top?: boolean;
}
