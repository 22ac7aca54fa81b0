/**
 * Colour arithmetic for the palette's checks (WCAG 2.1 relative luminance and contrast ratio, alpha
 * compositing, hue) and for shades derived from a layer's colour. Pure; no DOM. Only `#rrggbb` / `#rgb`.
 */

export type Rgb = [r: number, g: number, b: number];

/** `#a02438` or `#fff` → [160, 36, 56]; null for anything else (named colours, rgb() …). */
export function parseHex(colour: string): Rgb | null {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour.trim());
  if (!match) return null;
  const digits = match[1].length === 3 ? [...match[1]].map((d) => d + d).join('') : match[1];
  const value = parseInt(digits, 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

/** [160, 36, 56] → `#a02438`. */
export function toHex(rgb: Rgb): string {
  return `#${rgb.map((c) => Math.round(Math.min(255, Math.max(0, c))).toString(16).padStart(2, '0')).join('')}`;
}

const rgbOf = (colour: string | Rgb): Rgb => {
  if (typeof colour !== 'string') return colour;
  const rgb = parseHex(colour);
  if (!rgb) throw new Error(`not a #rrggbb colour: ${colour}`);
  return rgb;
};

const channel = (c: number) => {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};

/** WCAG 2.1 relative luminance, 0 (black) to 1 (white). */
export function luminance(colour: string | Rgb): number {
  const [r, g, b] = rgbOf(colour);
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG 2.1 contrast ratio, 1 to 21. */
export function contrast(a: string | Rgb, b: string | Rgb): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high + 0.05) / (low + 0.05);
}

/** `colour` drawn with `alpha` (0–1) over `background`, as the browser and maplibre blend it (in sRGB). */
export function over(colour: string | Rgb, alpha: number, background: string | Rgb): Rgb {
  const fg = rgbOf(colour);
  const bg = rgbOf(background);
  return [0, 1, 2].map((i) => fg[i] * alpha + bg[i] * (1 - alpha)) as Rgb;
}

/** `colour` mixed with white: 0 keeps it, 1 is white (a pale tint that needs no transparency). Not hex: white. */
export function tint(colour: string, amount: number): string {
  return parseHex(colour) ? toHex(over('#ffffff', amount, colour)) : '#ffffff';
}

/** `colour` mixed with black: 0 keeps it, 1 is black. Colours that are not hex come back as `fallback`. */
export function shade(colour: string, amount: number, fallback = '#1f1f1f'): string {
  return parseHex(colour) ? toHex(over('#000000', amount, colour)) : fallback;
}

/** HSL hue in degrees (0–360), or null for a grey (saturation below `minSaturation`). */
export function hue(colour: string | Rgb, minSaturation = 0.2): number | null {
  const [r, g, b] = rgbOf(colour).map((c) => c / 255);
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const delta = max - min;
  const lightness = (max + min) / 2;
  const saturation = delta === 0 ? 0 : delta / (1 - Math.abs(2 * lightness - 1));
  if (saturation < minSaturation) return null;
  const sector = max === r ? ((g - b) / delta + 6) % 6 : max === g ? (b - r) / delta + 2 : (r - g) / delta + 4;
  return sector * 60;
}

/** Degrees between two hues around the colour wheel, 0–180. */
export function hueDistance(a: number, b: number): number {
  const d = Math.abs(a - b) % 360;
  return Math.min(d, 360 - d);
}
