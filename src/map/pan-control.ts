import type { IControl, Map as MaplibreMap } from 'maplibre-gl';
import type { Lang } from '../i18n/lang.js';
import { t } from './controls.messages.js';

/**
 * Pan buttons: a single-pointer way to move the map (WCAG 2.5.1). With cooperative gestures one finger scrolls the
 * page and two fingers move the map; a tap on an arrow moves it by a third of its size towards that compass
 * direction (also when the map is turned), at once for visitors who prefer reduced motion. A row of four ordinary
 * buttons in maplibre's control style, west to east as on the screen: ← ↑ ↓ →.
 */

export type Direction = 'west' | 'north' | 'south' | 'east';
const DIRECTIONS: readonly Direction[] = ['west', 'north', 'south', 'east'];
/** Where each direction points on an unturned map, clockwise from up. */
const ANGLE: Record<Direction, number> = { north: 0, east: 90, south: 180, west: 270 };
/** How long a step glides; none for visitors who prefer reduced motion. */
const DURATION_MS = 300;

/**
 * The screen offset (maplibre's `panBy`) that moves the view a third of the map's size towards `direction`:
 * its height for north and south, its width for east and west. `bearing`: how far the map is turned, in degrees.
 */
export function panOffset(direction: Direction, size: { width: number; height: number }, bearing = 0): [number, number] {
  const distance = (direction === 'north' || direction === 'south' ? size.height : size.width) / 3;
  const angle = ((ANGLE[direction] - bearing) * Math.PI) / 180;
  const round = (value: number) => Math.round(value * 1000) / 1000 || 0; // (no -0)
  return [round(Math.sin(angle) * distance), round(-Math.cos(angle) * distance)];
}

/** An arrow pointing up, turned for each direction (an SVG attribute, not a style: strict CSPs block inline styles). */
const arrow = (turn: number) =>
  `<svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true"><path transform="rotate(${turn} 10 10)" d="M10 15.5V4.5M5 9.5l5-5 5 5" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/></svg>`;

export class PanControl implements IControl {
  private container?: HTMLElement;

  constructor(private readonly lang: Lang) {}

  onAdd(map: MaplibreMap): HTMLElement {
    const container = document.createElement('div');
    container.className = 'maplibregl-ctrl maplibregl-ctrl-group kn-pan';
    container.setAttribute('role', 'group');
    container.setAttribute('aria-label', t(this.lang, 'pan'));
    for (const direction of DIRECTIONS) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = `kn-ctrl-button kn-pan-${direction}`;
      const label = t(this.lang, direction);
      button.setAttribute('aria-label', label);
      button.title = label;
      button.innerHTML = arrow(ANGLE[direction]); // a constant SVG of ours, never data
      button.addEventListener('click', () => this.pan(map, direction));
      container.append(button);
    }
    this.container = container;
    return container;
  }

  onRemove(): void {
    this.container?.remove();
  }

  private pan(map: MaplibreMap, direction: Direction): void {
    const canvas = map.getCanvas();
    const offset = panOffset(direction, { width: canvas.clientWidth, height: canvas.clientHeight }, map.getBearing());
    const still = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
    map.panBy(offset, still ? { animate: false } : { duration: DURATION_MS });
  }
}
