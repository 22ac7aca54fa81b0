// Reading what a map drew, pixel by pixel, to measure contrast as rendered (antialiasing, halos, blending and all).
import type { Map as MaplibreMap } from 'maplibre-gl';
import { contrast, parseHex, type Rgb } from '../../src/symbols/contrast.js';

/** The map's frame as pixels, with the device pixel ratio to turn CSS pixels (map.project) into frame pixels. */
export interface Frame {
  width: number;
  height: number;
  ratio: number;
  data: Uint8ClampedArray;
}

/**
 * The frame maplibre draws now. WebGL's drawing buffer is readable only in the task that drew it (no
 * `preserveDrawingBuffer`), so the map draws again and the frame is copied in the same task (as kn-map's still
 * image does).
 */
export function readFrame(map: MaplibreMap): Frame {
  const source = map.getCanvas();
  const copy = document.createElement('canvas');
  copy.width = source.width;
  copy.height = source.height;
  const context = copy.getContext('2d', { willReadFrequently: true })!;
  map.redraw();
  context.drawImage(source, 0, 0);
  const { data } = context.getImageData(0, 0, copy.width, copy.height);
  return { width: copy.width, height: copy.height, ratio: source.width / source.clientWidth, data };
}

/** The pixels of a box given in CSS pixels (x, y of its centre), clipped to the frame. */
export function pixelsAround(frame: Frame, [x, y]: [number, number], width: number, height = width): Rgb[] {
  const r = frame.ratio;
  const [x0, x1] = [Math.max(0, Math.round((x - width / 2) * r)), Math.min(frame.width, Math.round((x + width / 2) * r))];
  const [y0, y1] = [Math.max(0, Math.round((y - height / 2) * r)), Math.min(frame.height, Math.round((y + height / 2) * r))];
  const pixels: Rgb[] = [];
  for (let py = y0; py < y1; py++) {
    for (let px = x0; px < x1; px++) {
      const i = (py * frame.width + px) * 4;
      pixels.push([frame.data[i], frame.data[i + 1], frame.data[i + 2]]);
    }
  }
  return pixels;
}

const rgbOf = (colour: string | Rgb): Rgb => (typeof colour === 'string' ? parseHex(colour)! : colour);
export const rgbDistance = (a: string | Rgb, b: string | Rgb) => {
  const [p, q] = [rgbOf(a), rgbOf(b)];
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
};

/** The most frequent colour among the pixels (colours within 6 of each other count as one): the ground of a box. */
export function modeColour(pixels: Rgb[]): Rgb {
  const counts = new Map<string, { count: number; colour: Rgb }>();
  for (const pixel of pixels) {
    const key = pixel.map((c) => Math.round(c / 6)).join();
    const entry = counts.get(key) ?? { count: 0, colour: pixel };
    entry.count++;
    counts.set(key, entry);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count)[0].colour;
}

/** The mean colour of the `share` of the pixels that contrast most with `ground`: the core of the marks on it. */
export function strongest(pixels: Rgb[], ground: Rgb, share: number): Rgb {
  const sorted = [...pixels].sort((a, b) => contrast(b, ground) - contrast(a, ground));
  const top = sorted.slice(0, Math.max(1, Math.round(sorted.length * share)));
  return [0, 1, 2].map((i) => top.reduce((sum, p) => sum + p[i], 0) / top.length) as Rgb;
}

/**
 * Text drawn in `text` on a halo in `halo`, as rendered: the glyph pixels are blends of the two (antialiasing);
 * pixels that are neither (the water, land, other symbols) are left out. Returns the colour of the strokes' cores
 * (the mean of the 15 % of glyph pixels nearest the text colour: thin strokes that never reach it count against
 * the text) and the halo's colour as drawn (the mode of the pixels nearest the halo colour), with how many pixels
 * of each were found.
 */
export function textOnHalo(pixels: Rgb[], text: string, halo: string): { core: Rgb; halo: Rgb; glyphPixels: number; haloPixels: number } {
  const [t, h] = [rgbOf(text), rgbOf(halo)];
  const span = rgbDistance(t, h);
  /** Where a pixel lies between halo (0) and text (1), and how far it is off that line. */
  const along = (p: Rgb) => {
    const s = Math.min(1, Math.max(0, [0, 1, 2].reduce((sum, i) => sum + (p[i] - h[i]) * (t[i] - h[i]), 0) / (span * span)));
    const nearest = [0, 1, 2].map((i) => h[i] + s * (t[i] - h[i])) as Rgb;
    return { s, off: rgbDistance(p, nearest) };
  };
  const onLine = pixels.map((p) => ({ p, ...along(p) })).filter(({ off }) => off < 10);
  const glyph = onLine.filter(({ s }) => s > 0.25).sort((a, b) => b.s - a.s);
  const core = glyph.slice(0, Math.max(1, Math.round(glyph.length * 0.15))).map(({ p }) => p);
  const haloPixels = onLine.filter(({ s }) => s < 0.08).map(({ p }) => p);
  return {
    core: [0, 1, 2].map((i) => core.reduce((sum, p) => sum + p[i], 0) / core.length) as Rgb,
    halo: haloPixels.length ? modeColour(haloPixels) : h,
    glyphPixels: glyph.length,
    haloPixels: haloPixels.length,
  };
}
