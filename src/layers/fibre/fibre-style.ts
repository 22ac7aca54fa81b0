import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { FillPattern } from '../../symbols/map-symbol.js';
import type { LayerStyleInput } from '../data-layer.js';
import { crosshatch, dots, hatch, type ImageRecipe } from '../../symbols/map-images.js';
import { EDGE_GREY, LAYER_COLOURS } from '../../symbols/palette.js';
import { FIBRE_STATUSES, type FibreStatus } from './fibre-status.js';

export const STATUS_PROPERTY = 'ausbau_status';

/**
 * One hue for the whole layer (amber, see symbols/palette.ts): the status is told by the pattern — cross-hatched,
 * hatched, dotted, empty: the further along, the denser — not by colour, so it reads under any colour-vision
 * deficiency and no other layer's colour means a fibre status.
 */
export const FIBRE_COLORS: Record<FibreStatus, string> = {
  verfügbar: LAYER_COLOURS.fibre,
  'im Bau': LAYER_COLOURS.fibre,
  geplant: LAYER_COLOURS.fibre,
  'nicht geplant': '#8a8a8a',
};

/**
 * How each status is drawn: colour, fill opacity and pattern. The style and the legend both read this. Every
 * status but "nicht geplant" (the map itself shows through) is told by its pattern, whose lines and dots have
 * ≥ 3:1 against the tint under them and against a neighbouring district, on the light and the dark basemap: so
 * the tints stay faint (a stronger amber under amber lines would swallow them).
 */
export const FIBRE_LOOK: Record<FibreStatus, { color: string; opacity: number; pattern: FillPattern }> = {
  verfügbar: { color: FIBRE_COLORS.verfügbar, opacity: 0.06, pattern: 'crosshatch' },
  'im Bau': { color: FIBRE_COLORS['im Bau'], opacity: 0.06, pattern: 'hatch' },
  geplant: { color: FIBRE_COLORS.geplant, opacity: 0.04, pattern: 'dots' },
  'nicht geplant': { color: FIBRE_COLORS['nicht geplant'], opacity: 0, pattern: 'empty' },
};

/** The statuses drawn with a pattern image, and the pattern of each. */
export const FIBRE_PATTERNS = { verfügbar: 'crosshatch', 'im Bau': 'hatch', geplant: 'dots' } as const satisfies Partial<Record<FibreStatus, FillPattern>>;
export type FibrePatternImage = (typeof FIBRE_PATTERNS)[keyof typeof FIBRE_PATTERNS];

/**
 * Sample data (features with `beispieldaten: true`, as in the bundled file) is drawn muted: its tints at this share
 * of their opacity, its district edges dashed (like every outline that is not exact). Patterns and edges keep their
 * strength, so that they keep ≥ 3:1.
 */
export const SAMPLE_LOOK = { fill: 0.5, edgeDash: [3, 2] } as const;

/** The district edges: a mid grey with ≥ 3:1 against the light and the dark basemap. */
export const FIBRE_EDGE = EDGE_GREY;

/** True for a feature of sample data. */
const sample: ExpressionSpecification = ['==', ['get', 'beispieldaten'], true];
const muted = (normal: number, factor: number): ExpressionSpecification => ['case', sample, normal * factor, normal];

const byStatus = (value: (status: FibreStatus) => string | number, fallback: string | number): ExpressionSpecification =>
  ['match', ['get', STATUS_PROPERTY], ...FIBRE_STATUSES.flatMap((status) => [status, value(status)]), fallback] as unknown as ExpressionSpecification;

export interface FibreStyleInput extends LayerStyleInput {
  /** The names of the pattern images on the map (see `fibreImages`). */
  crosshatchImage: string;
  hatchImage: string;
  dotsImage: string;
}

/** The pattern images the style names, by the names given (`name(pattern)`), in the layer's amber. */
export function fibreImages(name: (pattern: FibrePatternImage) => string): Record<string, ImageRecipe> {
  const recipes = { crosshatch, hatch, dots };
  return Object.fromEntries(
    Object.entries(FIBRE_PATTERNS).map(([status, pattern]) => [name(pattern), recipes[pattern](FIBRE_COLORS[status as FibreStatus])]),
  );
}

/**
 * Districts by status: available cross-hatched, under construction hatched, planned dotted, not planned empty, each
 * on a faint tint; grey edges; sample data muted (SAMPLE_LOOK). Style-layer names: `fill`, `crosshatch`, `hatch`,
 * `dots`, `edge`, `edge-sample`.
 */
export function fibreStyle({ id, source, opacity, visible, crosshatchImage, hatchImage, dotsImage }: FibreStyleInput): LayerSpecification[] {
  const layout = { visibility: visible ? 'visible' : 'none' } as const;
  const status: ExpressionSpecification = ['get', STATUS_PROPERTY];
  const fillOpacity = byStatus((s) => FIBRE_LOOK[s].opacity, FIBRE_LOOK['nicht geplant'].opacity);
  const images: Record<FibrePatternImage, string> = { crosshatch: crosshatchImage, hatch: hatchImage, dots: dotsImage };
  const patterns = Object.entries(FIBRE_PATTERNS).map(
    ([name, pattern]): LayerSpecification => ({
      id: id(pattern),
      type: 'fill',
      source,
      filter: ['==', status, name],
      layout,
      paint: { 'fill-pattern': images[pattern], 'fill-opacity': opacity },
    }),
  );
  const edge = (name: string, ofSample: boolean): LayerSpecification => ({
    id: id(name),
    type: 'line',
    source,
    filter: ofSample ? sample : ['!', sample],
    layout,
    paint: {
      'line-color': FIBRE_EDGE,
      'line-opacity': opacity,
      'line-width': ['interpolate', ['linear'], ['zoom'], 10, 1, 15, 2],
      ...(ofSample ? { 'line-dasharray': [...SAMPLE_LOOK.edgeDash] } : {}),
    },
  });
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
    ...patterns,
    edge('edge', false),
    edge('edge-sample', true),
  ];
}
