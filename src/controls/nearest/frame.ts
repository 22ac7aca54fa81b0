import type { Padding } from '../../map/framing.js';

/**
 * How a nearest result is framed with its starting point: both points clear of the map's controls (the map's own
 * `framePadding`), with room for their labels, and never closer than `NEAREST_MAX_ZOOM`, so that whoever asked sees
 * where they are in the town and not two dots on an empty street. Pure; no DOM.
 */


/**
 * The closest a nearest result is shown: the streets around and their names are readable (the basemaps name the streets
 * from about 15–16), a few hundred metres across on a phone. The same zoom the library shows a single point at
 * (`focusFeature`) and maplibre's "my position" button goes to.
 */
export const NEAREST_MAX_ZOOM = 16;

/** Room kept on each side for the labels at the points: "Ihr Standort" beside or below its point, a hotspot's name below it. */
export const LABEL_ROOM = 48;

/** The least width and height left free for the two points once the room for labels is added. */
const MIN_FREE = 80;

/**
 * The padding for framing: `base` (clear of the controls) plus `room` on each side, as far as the map's `size`
 * leaves at least `MIN_FREE` pixels between them; a `base` that leaves less is scaled down until it does (or until
 * half the map is free, on a map smaller than that).
 */
export function nearestPadding(base: Padding | number, size: { width: number; height: number }, room = LABEL_ROOM): Padding {
  const padding: Padding = typeof base === 'number' ? { top: base, right: base, bottom: base, left: base } : { ...base };
  const axes = [
    ['left', 'right', size.width],
    ['top', 'bottom', size.height],
  ] as const;
  for (const [a, b, total] of axes) {
    const free = Math.min(MIN_FREE, total / 2);
    const used = padding[a] + padding[b];
    if (total - used < free) {
      const scale = used > 0 ? Math.max(0, total - free) / used : 0;
      padding[a] *= scale;
      padding[b] *= scale;
      continue;
    }
    const extra = Math.min(room, (total - used - free) / 2);
    padding[a] += extra;
    padding[b] += extra;
  }
  return padding;
}
