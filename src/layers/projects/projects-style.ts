import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { shapeSymbol, type ImageRecipe } from '../../symbols/map-images.js';
import { colourKey } from '../../symbols/provide-images.js';
import { clusterLayers, type ClusterShape } from '../cluster-style.js';
import type { LayerStyleInput } from '../data-layer.js';
import { NEAREST_END, nearestBelow, nearestLabel, nearestRing } from '../nearest/nearest-style.js';
import { ON_TOP } from '../stacking.js';
import { FIELD_SHAPES, OTHER_SHAPE, PLANNED_STATUS } from './projects.js';

export interface ProjectsStyleInput extends LayerStyleInput {
  /** Property holding a project's field of action. */
  categoryField: string;
  nameField: string;
  statusField: string;
}

/** The shape of project clusters: square, so they are not taken for the WLAN layer's round ones. */
export const CLUSTER_SHAPE: ClusterShape = 'square';

const FIELDS = Object.keys(FIELD_SHAPES);

/** Image names carry the colour, so a new `color` names new images, drawn on demand (see `provideImages`). */
const symbolName = (field: number | 'other', planned: boolean, color: string) => `symbol-${field}${planned ? '-planned' : ''}-${colourKey(color)}`;

/**
 * The images the style names, by name (made unique with `id`), in `color`: a symbol per field of action, filled
 * and hollow (planned), and the "other" symbol. (The square cluster badge is the data layer's: `clusterShape`.)
 */
export function projectImages(id: (name: string) => string, color: string): Record<string, ImageRecipe> {
  const images: Record<string, ImageRecipe> = {};
  for (const planned of [false, true]) {
    FIELDS.forEach((field, index) => (images[id(symbolName(index, planned, color))] = shapeSymbol(FIELD_SHAPES[field], color, { planned })));
    images[id(symbolName('other', planned, color))] = shapeSymbol(OTHER_SHAPE, color, { planned });
  }
  return images;
}

/** Each project's image: the shape of its field of action, hollow when its status is `geplant`. */
function iconExpression({ id, color, categoryField, statusField }: ProjectsStyleInput): ExpressionSpecification {
  const image = (planned: boolean) => [
    'match',
    ['to-string', ['get', categoryField]],
    ...FIELDS.flatMap((field, index) => [field, id(symbolName(index, planned, color))]),
    id(symbolName('other', planned, color)),
  ];
  const planned = ['==', ['downcase', ['to-string', ['get', statusField]]], PLANNED_STATUS];
  return ['case', planned, image(true), image(false)] as unknown as ExpressionSpecification;
}

/**
 * Projects as symbols per field of action — planned ones hollow: pale inside, a dashed outline — and square
 * clusters with counts at low zoom (see `clusterLayers`); the line to the nearest project, its start labelled, and the
 * project found on top in its own symbol, ringed (it shows where the projects are clustered). Style-layer names:
 * `clusters`, `symbols`, `nearest-*`.
 */
export function projectsStyle(input: ProjectsStyleInput): LayerSpecification[] {
  const { id, source, opacity, visible, nameField } = input;
  const layout = { visibility: visible ? 'visible' : 'none' } as const;
  const clustered: ExpressionSpecification = ['has', 'point_count'];
  const icon = iconExpression(input);
  return [
    ...nearestBelow(input),
    ...clusterLayers(input),
    {
      id: id('symbols'),
      type: 'symbol',
      source,
      filter: ['!', clustered],
      layout: {
        ...layout,
        'icon-image': icon,
        'icon-allow-overlap': true,
        'icon-size': ['interpolate', ['linear'], ['zoom'], 11, 0.8, 16, 1.1],
        'text-field': ['to-string', ['get', nameField]],
        'text-font': ['Noto Sans Regular'],
        'text-size': 12,
        'text-offset': [0, 1.2],
        'text-anchor': 'top',
        'text-max-width': 10,
        'text-optional': true,
      },
      paint: {
        'icon-opacity': opacity,
        'text-color': '#1f1f1f',
        'text-halo-color': '#ffffff',
        'text-halo-width': 1.5,
        'text-opacity': ['step', ['zoom'], 0, 15, opacity],
      },
    },
    // The ring of a selected feature (selection-style.ts) round the project found, and its symbol above it, both above
    // every layer's points (`ON_TOP`): a hotspot at the same place must not cover the project found.
    ...nearestRing(input),
    {
      id: id('nearest-to'),
      type: 'symbol',
      source: id('nearest'),
      metadata: ON_TOP,
      filter: NEAREST_END,
      layout: { ...layout, 'icon-image': icon, 'icon-allow-overlap': true, 'icon-ignore-placement': true, 'icon-size': ['interpolate', ['linear'], ['zoom'], 11, 0.8, 16, 1.1] },
      paint: { 'icon-opacity': opacity },
    },
    nearestLabel(input),
  ];
}
