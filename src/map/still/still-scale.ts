import { drawScaleBar, SCALE_DARK, SCALE_LIGHT } from '../print/scale-bar.js';
import { worldSize, type Size, type StillCamera } from './mercator.js';

/** MapLibre's earth radius (its `LngLat.distanceTo`), in metres. */
const EARTH_RADIUS = 6371008.8;
/** MapLibre's scale bar: at most this wide, 10 px from the map's bottom left corner, this high. */
const MAX_WIDTH = 100;
const MARGIN = 10;
const HEIGHT = 18;

/** The round number MapLibre's scale shows for a distance (its `getRoundNum`): 1, 2, 3 or 5 times a power of ten. */
export function roundDistance(distance: number): number {
  const power = 10 ** (`${Math.floor(distance)}`.length - 1);
  const d = distance / power;
  if (d >= 1) return power * (d >= 10 ? 10 : d >= 5 ? 5 : d >= 3 ? 3 : d >= 2 ? 2 : 1);
  const multiplier = 10 ** Math.ceil(-Math.log10(d));
  return (power * Math.round(d * multiplier)) / multiplier;
}

/**
 * The scale bar MapLibre's `ScaleControl` (metric) shows for a view: the length of a round distance at the view's
 * middle, at most 100 px, and its words ("3 km", "500 m"). Pure.
 */
export function scaleOf({ center, zoom }: StillCamera): { width: number; label: string } {
  const metresPerPixel = (2 * Math.PI * EARTH_RADIUS * Math.cos((center[1] * Math.PI) / 180)) / worldSize(zoom);
  const most = MAX_WIDTH * metresPerPixel;
  const [max, unit] = most >= 1000 ? [most / 1000, 'km'] : [most, 'm'];
  const distance = roundDistance(max);
  return { width: (MAX_WIDTH * distance) / max, label: `${distance}\u00a0${unit}` };
}

/** Where the scale bar stands: bottom left, as MapLibre's (for keeping the page's corner boxes clear of it). */
export const scaleRect = ({ height }: Size) => ({ left: MARGIN, top: height - MARGIN - HEIGHT, right: MARGIN + MAX_WIDTH, bottom: height - MARGIN });

/**
 * Draws the scale bar of the view onto the picture, as MapLibre draws its own (the map without WebGL keeps its
 * scale), in the dark map's colours on it.
 */
export function drawScale(context: CanvasRenderingContext2D, camera: StillCamera, size: Size, fontFamily: string, dark = false): void {
  const { width, label } = scaleOf(camera);
  const { left, top } = scaleRect(size);
  drawScaleBar(context, { x: left, y: top, width, height: HEIGHT, label }, fontFamily, dark ? SCALE_DARK : SCALE_LIGHT);
}
