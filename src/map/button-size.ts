/** The map's buttons with a mouse: maplibre's own size. */
export const MOUSE_BUTTON = 29;
/** The map's buttons on a touch screen (controls.styles.ts, still.styles.ts; WCAG 2.5.5). */
export const TOUCH_BUTTON = 44;
/** The media query under which the map's buttons take `TOUCH_BUTTON`. */
export const TOUCH_QUERY = '(pointer: coarse)';

/** The size of the map's buttons on this screen now, in CSS pixels. */
export function controlButtonSize(): number {
  return typeof matchMedia === 'function' && matchMedia(TOUCH_QUERY).matches ? TOUCH_BUTTON : MOUSE_BUTTON;
}

/** The credits' ⓘ button with a mouse: maplibre's own size. */
export const MOUSE_CREDITS = 24;

/** The credits' ⓘ button beside map buttons of `button` pixels: maplibre's 24, on a touch screen 44 as the others. */
export const creditsButtonSize = (button: number): number => (button >= TOUCH_BUTTON ? TOUCH_BUTTON : MOUSE_CREDITS);
