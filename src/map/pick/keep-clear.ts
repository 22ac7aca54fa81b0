import type { Rect, Size } from '../framing.js';

/** How much room a selected point takes around its position: its symbol in the selection ring (16 px) and some air. */
export const SELECTED_REACH = 24;

const overlaps = (x: number, y: number, reach: number, rect: Rect) =>
  x + reach > rect.left && x - reach < rect.right && y + reach > rect.top && y - reach < rect.bottom;

/**
 * How far a point picked at `at` (the map's own pixels) must move on the screen so that it and `reach` around it lie
 * inside the map and clear of every rectangle in `covers` (the map's controls and panels): `[0, 0]` when it already
 * does. Of the ways out (each side of each cover, each edge) the shortest that is clear of all is taken; where none is
 * (a map crowded with controls), the point stays where it is. Pure: tested directly.
 */
export function clearShift(at: [number, number], covers: readonly Rect[], map: Size, reach = SELECTED_REACH): [number, number] {
  const [x, y] = at;
  const inside = (px: number, py: number) => px - reach >= 0 && px + reach <= map.width && py - reach >= 0 && py + reach <= map.height;
  const clear = (px: number, py: number) => inside(px, py) && !covers.some((rect) => overlaps(px, py, reach, rect));
  if (clear(x, y)) return [0, 0];
  const clampX = (px: number) => Math.min(Math.max(px, reach), map.width - reach);
  const clampY = (py: number) => Math.min(Math.max(py, reach), map.height - reach);
  // Ways out: into the map from its edges, and to each side of each cover (both at once for a corner); the point's
  // own row and column are among them, for a move along one axis.
  const xs = new Set([clampX(x)]);
  const ys = new Set([clampY(y)]);
  for (const rect of covers) {
    xs.add(rect.left - reach);
    xs.add(rect.right + reach);
    ys.add(rect.top - reach);
    ys.add(rect.bottom + reach);
  }
  let best: [number, number] = [0, 0];
  let bestDistance = Infinity;
  for (const px of xs) {
    for (const py of ys) {
      const distance = Math.hypot(px - x, py - y);
      if (distance < bestDistance && clear(px, py)) [best, bestDistance] = [[px - x, py - y], distance];
    }
  }
  return best;
}
