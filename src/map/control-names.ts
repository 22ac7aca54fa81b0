/** The names of the map's own controls (`controls`), apart from controls.ts so that reading them loads no control. */

/** The controls a page can list in `controls`, in the order they appear. */
export const CONTROL_NAMES = ['zoom', 'fullscreen', 'geolocate', 'reset', 'keyboard', 'image', 'pan', 'scale'] as const;
export type ControlName = (typeof CONTROL_NAMES)[number];

/** The controls of a map without `controls`: all but "Karte als Bild" (`image`), which a page asks for. */
const DEFAULT_CONTROLS = CONTROL_NAMES.filter((name) => name !== 'image');

/** "zoom scale" → ['zoom', 'scale']; "none" or "" → []; unknown words are ignored. */
export function parseControls(value: string | undefined): ControlName[] {
  const words = (value ?? DEFAULT_CONTROLS.join(' ')).toLowerCase().split(/[\s,]+/);
  return CONTROL_NAMES.filter((name) => words.includes(name));
}
