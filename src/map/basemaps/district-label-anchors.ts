import type { SymbolLayerSpecification } from 'maplibre-gl';

/**
 * Where a district's name may stand: on its middle, or else just below, above, right or left of it, whichever is
 * free first (MapLibre's `text-variable-anchor`, followed by the still picture too). Data symbols lie above the
 * basemap's labels and are placed first, so a cluster or a project on a district's middle used to hide its name
 * (Altstadt under the hotspot cluster, Egg under a project).
 */
export const DISTRICT_LABEL_ANCHORS: NonNullable<SymbolLayerSpecification['layout']> = {
  'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right', 'top-left', 'top-right', 'bottom-left', 'bottom-right'],
  'text-radial-offset': 1.8,
  'text-justify': 'auto',
};
