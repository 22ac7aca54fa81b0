// Where a map's controls are on the page: to check that none covers another and that a place lies clear of all.
import type { KnMap } from '../../src/map/kn-map.js';

export interface Placed {
  name: string;
  rect: DOMRect;
}

const visible = (rect: DOMRect) => rect.width > 0 && rect.height > 0;

/**
 * Every control on the map, by its box on the page: each of maplibre's (zoom group, buttons, scale, credits), each
 * slotted control and the sample-data mark.
 */
export function controlBoxes(map: KnMap): Placed[] {
  const root = map.shadowRoot!;
  const own = [...root.querySelectorAll<HTMLElement>('.maplibregl-ctrl')].map((el) => ({
    name: [...el.classList].filter((c) => c !== 'maplibregl-ctrl' && c !== 'maplibregl-ctrl-group').join('.') || el.querySelector('button')?.getAttribute('aria-label') || 'maplibre control',
    rect: el.getBoundingClientRect(),
  }));
  const slotted = [...map.children].filter((el) => el.slot).map((el) => ({ name: `<${el.localName} slot=${el.slot}>`, rect: el.getBoundingClientRect() }));
  const marks = [...root.querySelectorAll('[part~="sample-mark"]')].map((el) => ({ name: 'sample mark', rect: el.getBoundingClientRect() }));
  return [...own, ...slotted, ...marks].filter((placed) => visible(placed.rect));
}

const meet = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Pairs of controls whose boxes meet, as "a × b" (empty when none covers another). */
export function overlaps(boxes: readonly Placed[]): string[] {
  const found: string[] = [];
  boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => meet(a.rect, b.rect) && found.push(`${a.name} × ${b.name}`)));
  return found;
}

/** Controls reaching outside the map's box. */
export function outside(map: KnMap, boxes: readonly Placed[]): string[] {
  const frame = map.getBoundingClientRect();
  return boxes.filter(({ rect }) => rect.left < frame.left - 0.5 || rect.top < frame.top - 0.5 || rect.right > frame.right + 0.5 || rect.bottom > frame.bottom + 0.5).map(({ name }) => name);
}

/** Where a [lon, lat] lies on the page, and the controls it lies under ([] when it is clear of all). */
export function under(map: KnMap, lngLat: [number, number], margin = 0): { x: number; y: number; inMap: boolean; covers: string[] } {
  const point = map.map!.project(lngLat);
  const frame = map.map!.getContainer().getBoundingClientRect();
  const x = frame.left + point.x;
  const y = frame.top + point.y;
  const inMap = x >= frame.left + margin && x <= frame.right - margin && y >= frame.top + margin && y <= frame.bottom - margin;
  const covers = controlBoxes(map)
    .filter(({ rect }) => x > rect.left - margin && x < rect.right + margin && y > rect.top - margin && y < rect.bottom + margin)
    .map(({ name }) => name);
  return { x, y, inMap, covers };
}

/**
 * Everything of the map that reaches outside its box: each element of its shadow root with a box (not a closed
 * dialog's, not an invisible one) and each slotted control (as a box: what it scrolls inside is its own).
 */
export function stickingOut(map: KnMap): string[] {
  const frame = map.getBoundingClientRect();
  const own = [...map.shadowRoot!.querySelectorAll<HTMLElement>('*')].filter((el) => !el.closest('dialog:not([open])'));
  const slotted = [...map.children].filter((el) => el.slot);
  return [...own, ...slotted]
    .filter((el) => getComputedStyle(el).visibility !== 'hidden')
    .map((el) => ({ el, rect: el.getBoundingClientRect() }))
    .filter(({ rect }) => rect.width > 0 && rect.height > 0)
    .filter(({ rect }) => rect.left < frame.left - 0.5 || rect.top < frame.top - 0.5 || rect.right > frame.right + 0.5 || rect.bottom > frame.bottom + 0.5)
    .map(({ el, rect }) => `<${el.localName} class="${el.getAttribute('class') ?? ''}"> at ${Math.round(rect.left - frame.left)},${Math.round(rect.top - frame.top)} ${Math.round(rect.width)}×${Math.round(rect.height)}`);
}
