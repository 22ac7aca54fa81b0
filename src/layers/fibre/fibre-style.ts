import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { FillPattern } from '../../symbols/map-symbol.js';
import type { LayerStyleInput } from '../data-layer.js';
import { LAYER_COLOURS } from '../../symbols/palette.js';
import { FIBRE_STATUSES, type FibreStatus } from './fibre-status.js';

export const STATUS_PROPERTY = 'ausbau_status';

/**
 * One hue for the whole layer (amber, see symbols/palette.ts): the status is told by the pattern — solid,
 * hatched, dotted, empty — and by how strong the fill is, not by colour, so it reads under any colour-vision
 * deficiency and no other layer's colour means a fibre status.
 */
export const FIBRE_COLORS: Record<FibreStatus, string> = {
  verfügbar: LAYER_COLOURS.fibre,
  'im Bau': LAYER_COLOURS.fibre,
  geplant: LAYER_COLOURS.fibre,
  'nicht geplant': '#8a8a8a',
};

/** How each status is drawn: colour, fill opacity and pattern. The style and the legend both read this. */
export const FIBRE_LOOK: Record<FibreStatus, { color: string; opacity: number; pattern: FillPattern }> = {
  verfügbar: { color: FIBRE_COLORS.verfügbar, opacity: 0.38, pattern: 'solid' },
  // Little fill under the patterns: the hatching and dots keep ≥ 3:1 against it on the light and dark basemap.
  'im Bau': { color: FIBRE_COLORS['im Bau'], opacity: 0.06, pattern: 'hatch' },
  geplant: { color: FIBRE_COLORS.geplant, opacity: 0.04, pattern: 'dots' },
  'nicht geplant': { color: FIBRE_COLORS['nicht geplant'], opacity: 0, pattern: 'empty' },
};

/**
 * Sample data (features with `beispieldaten: true`, as in the bundled file) is drawn muted: its fills and edges
 * at these shares of their opacity. The patterns stay as they are, so that they keep ≥ 3:1 against the fill.
 */
export const SAMPLE_LOOK = { fill: 0.5, edge: 0.55 } as const;

/** The district edges: a mid grey, seen on the light and the dark basemap. */
export const FIBRE_EDGE = '#6f6f6f';

/** True for a feature of sample data. */
const sample: ExpressionSpecification = ['==', ['get', 'beispieldaten'], true];
const muted = (normal: number, factor: number): ExpressionSpecification => ['case', sample, normal * factor, normal];

const byStatus = (value: (status: FibreStatus) => string | number, fallback: string | number): ExpressionSpecification =>
  ['match', ['get', STATUS_PROPERTY], ...FIBRE_STATUSES.flatMap((status) => [status, value(status)]), fallback] as unknown as ExpressionSpecification;

export interface FibreStyleInput extends LayerStyleInput {
  hatchImage: string;
  dotsImage: string;
}

/**
 * Districts filled by status: available solid, under construction hatched, planned dotted, not planned empty;
 * sample data muted (SAMPLE_LOOK).
 */
export function fibreStyle({ id, source, opacity, visible, hatchImage, dotsImage }: FibreStyleInput): LayerSpecification[] {
  const layout = { visibility: visible ? 'visible' : 'none' } as const;
  const status: ExpressionSpecification = ['get', STATUS_PROPERTY];
  const fillOpacity = byStatus((s) => FIBRE_LOOK[s].opacity, FIBRE_LOOK['nicht geplant'].opacity);
  return [
    {
      id: id('fill'),
      type: 'fill',
      source,
      layout,
      paint: {
        'fill-color': byStatus((s) => FIBRE_LOOK[s].color, FIBRE_LOOK['nicht geplant'].color),
        'fill-opacity': ['*', opacity, fillOpacity, muted(1, SAMPLE_LOOK.fill)],
      },
    },
    {
      id: id('hatch'),
      type: 'fill',
      source,
      filter: ['==', status, 'im Bau'],
      layout,
      paint: { 'fill-pattern': hatchImage, 'fill-opacity': opacity },
    },
    {
      id: id('dots'),
      type: 'fill',
      source,
      filter: ['==', status, 'geplant'],
      layout,
      paint: { 'fill-pattern': dotsImage, 'fill-opacity': opacity },
    },
    {
      id: id('edge'),
      type: 'line',
      source,
      layout,
      paint: {
        'line-color': FIBRE_EDGE,
        'line-opacity': ['*', opacity, muted(0.9, SAMPLE_LOOK.edge)],
        'line-width': ['interpolate', ['linear'], ['zoom'], 10, 0.8, 15, 2],
      },
    },
  ];
}
