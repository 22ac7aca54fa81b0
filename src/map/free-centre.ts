/** Pixels kept free at a map's edges (its controls and credits), or the same on every side. */
export type EdgePadding = number | { top: number; right: number; bottom: number; left: number };

/**
 * The middle of the part of the map its controls leave free, in pixels from its top left: what a visitor sees as the
 * map's centre ("Kartenmitte") and where the first view framed the city. The canvas's own middle can lie under a
 * search panel or a legend, outside the city the map was fitted to.
 */
export function freeCentre(size: { width: number; height: number }, padding: EdgePadding): { x: number; y: number } {
  const edges = typeof padding === 'number' ? { top: padding, right: padding, bottom: padding, left: padding } : padding;
  const free = (length: number, start: number, end: number) => (start + end < length ? start + (length - start - end) / 2 : length / 2);
  return { x: free(size.width, edges.left, edges.right), y: free(size.height, edges.top, edges.bottom) };
}
