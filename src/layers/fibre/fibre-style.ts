import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { LayerStyleInput } from '../data-layer.js';
import type { FibreStatus } from './fibre-status.js';

export const STATUS_PROPERTY = 'ausbau_status';

/** Colours chosen to stay apart for common colour-vision deficiencies; patterns carry the status too. */
export const FIBRE_COLORS: Record<FibreStatus, string> = {
  verfügbar: '#1a7f37',
  'im Bau': '#b86e00',
  geplant: '#3c6fb6',
  'nicht geplant': '#9e9e9e',
};

export interface FibreStyleInput extends LayerStyleInput {
  hatchImage: string;
  dotsImage: string;
}

/** Districts filled by status: available solid, under construction hatched, planned dotted, not planned empty. */
export function fibreStyle({ id, source, opacity, visible, hatchImage, dotsImage }: FibreStyleInput): LayerSpecification[] {
  const layout = { visibility: visible ? 'visible' : 'none' } as const;
  const status: ExpressionSpecification = ['get', STATUS_PROPERTY];
  return [
    {
      id: id('fill'),
      type: 'fill',
      source,
      layout,
      paint: {
        'fill-color': ['match', status, ...Object.entries(FIBRE_COLORS).flat(), FIBRE_COLORS['nicht geplant']] as ExpressionSpecification,
        'fill-opacity': ['*', opacity, ['match', status, 'verfügbar', 0.3, 'im Bau', 0.16, 'geplant', 0.1, 0.03]] as ExpressionSpecification,
      },
    },
    {
      id: id('hatch'),
      type: 'fill',
      source,
      filter: ['==', status, 'im Bau'],
      layout,
      paint: { 'fill-pattern': hatchImage, 'fill-opacity': 0.9 * opacity },
    },
    {
      id: id('dots'),
      type: 'fill',
      source,
      filter: ['==', status, 'geplant'],
      layout,
      paint: { 'fill-pattern': dotsImage, 'fill-opacity': 0.9 * opacity },
    },
    {
      id: id('edge'),
      type: 'line',
      source,
      layout,
      paint: { 'line-color': '#4a4a4a', 'line-opacity': 0.8 * opacity, 'line-width': ['interpolate', ['linear'], ['zoom'], 10, 0.8, 15, 2] },
    },
  ];
}
