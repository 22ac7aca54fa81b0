import type { IControl, Map as MaplibreMap } from 'maplibre-gl';
import type { Lang } from '../i18n/lang.js';
import { controlButton, controlGroup, labelButton } from './control-button.js';
import { t } from './controls.messages.js';
import { CHOSEN_MOVE } from './move-tags.js';

/**
 * Pan buttons: a single-pointer way to move the map (WCAG 2.5.1). With cooperative gestures one finger scrolls the
 * page and two fingers move the map; a tap on an arrow moves the view a third of the map's size the way the arrow
 * points on the screen (↑ shows what lay above the centre), at once for visitors who prefer reduced motion. A row of
 * four ordinary buttons in maplibre's control style, as on the screen: ← ↑ ↓ →.
 *
 * The arrows always point the same way, so the buttons move by the screen, also on a turned map (Shift + arrow
 * keys, two fingers). Their names say so: on a map with north up they name the compass direction ("Karte nach
 * Norden verschieben"), on a turned one the screen's ("Karte nach oben verschieben"); they are renamed when a turn
 * ends (`rotateend`).
 */

export type Direction = 'left' | 'up' | 'down' | 'right';
const DIRECTIONS: readonly Direction[] = ['left', 'up', 'down', 'right'];
/** Where each arrow points, clockwise from up. */
const TURN: Record<Direction, number> = { up: 0, right: 90, down: 180, left: 270 };
/** What each direction is on a map with north up. */
const COMPASS = { up: 'north', right: 'east', down: 'south', left: 'west' } as const;
/** A map turned less than this, in degrees, counts as north up (a turn that small is not seen). */
const NORTH_UP_TOLERANCE = 0.5;
/** How long a step glides; none for visitors who prefer reduced motion. */
const DURATION_MS = 300;

/**
 * The screen offset (maplibre's `panBy`) that moves the view a third of the map's size towards `direction` on the
 * screen: its height up and down, its width left and right.
 */
export function panOffset(direction: Direction, size: { width: number; height: number }): [number, number] {
  const sign = direction === 'up' || direction === 'left' ? -1 : 1;
  return direction === 'up' || direction === 'down' ? [0, (sign * size.height) / 3] : [(sign * size.width) / 3, 0];
}

/** The name of the button that moves the view towards `direction` on a map turned by `bearing` degrees. */
export function panLabel(lang: Lang, direction: Direction, bearing: number): string {
  return t(lang, Math.abs(bearing) < NORTH_UP_TOLERANCE ? COMPASS[direction] : direction);
}

/** An arrow pointing up, turned for each direction (an SVG attribute, not a style: strict CSPs block inline styles). */
const arrow = (turn: number) =>
  `<svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true"><path transform="rotate(${turn} 10 10)" d="M10 15.5V4.5M5 9.5l5-5 5 5" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/></svg>`;

export class PanControl implements IControl {
  private container?: HTMLElement;
  private map?: MaplibreMap;
  private readonly buttons = new Map<Direction, HTMLButtonElement>();

  constructor(private readonly lang: Lang) {}

  onAdd(map: MaplibreMap): HTMLElement {
    const container = controlGroup('kn-pan');
    container.setAttribute('role', 'group');
    container.setAttribute('aria-label', t(this.lang, 'pan'));
    for (const direction of DIRECTIONS) {
      const button = controlButton(arrow(TURN[direction]), () => this.pan(map, direction), { className: `kn-pan-${direction}` });
      container.append(button);
      this.buttons.set(direction, button);
    }
    this.container = container;
    this.map = map;
    this.relabel();
    map.on('rotateend', this.relabel);
    return container;
  }

  onRemove(): void {
    this.map?.off('rotateend', this.relabel);
    this.map = undefined;
    this.container?.remove();
  }

  private readonly relabel = (): void => {
    const bearing = this.map?.getBearing() ?? 0;
    for (const [direction, button] of this.buttons) {
      labelButton(button, panLabel(this.lang, direction, bearing));
    }
  };

  private pan(map: MaplibreMap, direction: Direction): void {
    const canvas = map.getCanvas();
    const offset = panOffset(direction, { width: canvas.clientWidth, height: canvas.clientHeight });
    const still = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
    map.panBy(offset, still ? { animate: false } : { duration: DURATION_MS }, CHOSEN_MOVE);
  }
}
