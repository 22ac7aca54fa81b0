import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { FillPattern } from '../../symbols/map-symbol.js';
import type { LayerStyleInput } from '../data-layer.js';
import { FIBRE_STATUSES, type FibreStatus } from './fibre-status.js';

export const STATUS_PROPERTY = 'ausbau_status';

/** Colours chosen to stay apart for common colour-vision deficiencies; patterns carry the status too. */
export const FIBRE_COLORS: Record<FibreStatus, string> = {
  verfügbar: '#1a7f37',
  'im Bau': '#b86e00',
  geplant: '#3c6fb6',
  'nicht geplant': '#9e9e9e',
};

/** How each status is drawn: colour, fill opacity and pattern. The style and the legend both read this. */
export const FIBRE_LOOK: Record<FibreStatus, { color: string; opacity: number; pattern: FillPattern }> = {
  verfügbar: { color: FIBRE_COLORS.verfügbar, opacity: 0.3, pattern: 'solid' },
  'im Bau': { color: FIBRE_COLORS['im Bau'], opacity: 0.16, pattern: 'hatch' },
  geplant: { color: FIBRE_COLORS.geplant, opacity: 0.1, pattern: 'dots' },
  'nicht geplant': { color: FIBRE_COLORS['nicht geplant'], opacity: 0.03, pattern: 'empty' },
};

const byStatus = (value: (status: FibreStatus) => string | number, fallback: string | number): ExpressionSpecification =>
  ['match', ['get', STATUS_PROPERTY], ...FIBRE_STATUSES.flatMap((status) => [status, value(status)]), fallback] as unknown as ExpressionSpecification;

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
        'fill-color': byStatus((s) => FIBRE_LOOK[s].color, FIBRE_LOOK['nicht geplant'].color),
        'fill-opacity': ['*', opacity, byStatus((s) => FIBRE_LOOK[s].opacity, FIBRE_LOOK['nicht geplant'].opacity)],
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
