import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { clusterLayers } from '../cluster-style.js';
import type { LayerStyleInput } from '../data-layer.js';

export interface ProjectsStyleInput extends LayerStyleInput {
  /** maplibre expression giving each project's symbol image name. */
  iconExpression: ExpressionSpecification;
  nameField: string;
  statusField: string;
}

/** Projects as symbols per field of action; planned ones paler; clusters with counts at low zoom. */
export function projectsStyle(input: ProjectsStyleInput): LayerSpecification[] {
  const { id, source, opacity, visible, iconExpression, nameField, statusField } = input;
  const layout = { visibility: visible ? 'visible' : 'none' } as const;
  const single: ExpressionSpecification = ['!', ['has', 'point_count']];
  return [
    ...clusterLayers(input),
    {
      id: id('symbols'),
      type: 'symbol',
      source,
      filter: single,
      layout: {
        ...layout,
        'icon-image': iconExpression,
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
        'icon-opacity': ['*', opacity, ['match', ['get', statusField], 'geplant', 0.55, 1]],
        'text-color': '#1f1f1f',
        'text-halo-color': '#ffffff',
        'text-halo-width': 1.5,
        'text-opacity': ['step', ['zoom'], 0, 15, opacity],
      },
    },
  ];
}
