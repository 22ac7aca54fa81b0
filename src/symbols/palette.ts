import { tint } from './contrast.js';

/**
 * The map's palette: one hue per layer, so that a colour means one thing on the map. The hues lie at least
 * 45° apart (blue 211°, crimson 350°, amber 38°, purple 293°) and differ in lightness too, so they stay apart
 * under deuteranopia, protanopia and tritanopia; each layer also has its own shapes and patterns (WLAN:
 * circles; projects: shapes other than a circle, square clusters; fibre: fills and patterns; innovation area:
 * a thick outline), so no layer rests on its colour alone.
 *
 * Point colours are dark enough for white text on them (≥ 4.5:1, the cluster counts) and ≥ 3:1 against the
 * light basemap; on the dark basemap their white rim carries them. The fibre pattern colour is mid-light, so
 * its hatching has ≥ 3:1 against its own fill on both basemaps. test/layers/colours.test.ts checks all of it.
 */
export const LAYER_COLOURS = {
  /** Blue: WLAN hotspots, their clusters and coverage circles. */
  wlan: '#1f6fc5',
  /** Crimson: Smart Green City projects. */
  projects: '#a02438',
  /** Amber: fibre rollout fills and patterns. */
  fibre: '#b07000',
  /** Dark purple: the innovation area's outline, name and places. */
  innovation: '#6c1478',
  /**
   * Charcoal: a page's own data (`<kn-geojson-layer>`) until it sets `color`. No hue is left at 45° from the others
   * without green, so it has none: grey beside the coloured layers, apart from each of them in every kind of vision.
   */
  own: '#1a1a1a',
} as const;

/**
 * A mid grey with ≥ 3:1 against the light and the dark basemap, and against the light and the dark panel: the fibre
 * layer's district edges, and the edge of area symbols in legends (an empty area shows only it).
 */
export const EDGE_GREY = '#7d7d7d';

/** The rim around point symbols and under outlines: keeps them apart from any basemap, light or dark. */
export const RIM = '#ffffff';

/** How far a "planned" symbol's fill is paled towards white (it keeps a hint of the layer's hue). */
export const PLANNED_TINT = 0.82;

/** The pale fill of a planned (hollow) symbol in `colour`. */
export const plannedFill = (colour: string): string => tint(colour, PLANNED_TINT);
