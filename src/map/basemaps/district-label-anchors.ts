import type { SymbolLayerSpecification } from 'maplibre-gl';

/**
 * Below this zoom the whole city is a few hundred pixels wide (a map of 300 × 200 in a sidebar shows it at about
 * 9.5): a name moved beside its district stood over the next one or in the lake ("Wollmatingen" over the Untersee).
 * There a name stands on its district's middle or is left out.
 */
export const DISTRICT_NAMES_MOVE_FROM_ZOOM = 10;

const ANCHORS = ['center', 'top', 'bottom', 'left', 'right', 'top-left', 'top-right', 'bottom-left', 'bottom-right'];

/**
 * Where a district's name may stand: on its middle, or else (from DISTRICT_NAMES_MOVE_FROM_ZOOM) just below,
 * above, right or left of it, whichever is free first (MapLibre's `text-variable-anchor`, followed by the still
 * picture too). Data symbols lie above the basemap's labels and are placed first, so a cluster or a project on a
 * district's middle used to hide its name (Altstadt under the hotspot cluster, Egg under a project).
 */
export const DISTRICT_LABEL_ANCHORS: NonNullable<SymbolLayerSpecification['layout']> = {
  'text-variable-anchor': ['step', ['zoom'], ['literal', ['center']], DISTRICT_NAMES_MOVE_FROM_ZOOM, ['literal', ANCHORS]],
  'text-radial-offset': 1.8,
  'text-justify': 'auto',
};
