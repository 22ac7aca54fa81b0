/** Width and height in CSS pixels. */
export interface Size {
  width: number;
  height: number;
}

/** A map narrower than this is a small map (a phone upright, a page's sidebar): a panel in its corner (legend, filter chips) may start collapsed. */
export const SMALL_MAP_WIDTH = 600;

/** A map lower than this is a small map too (a phone held sideways: 844 × 390), when narrower than LOW_MAP_WIDTH. */
export const SMALL_MAP_HEIGHT = 480;

/** The widest a low map counts as small: a phone held sideways (up to 932 px), not a desktop page's banner map. */
export const LOW_MAP_WIDTH = 960;

/**
 * The share of a small map an open panel in its corner may cover before it starts collapsed. On a phone the
 * fibre legend, open, covers about three quarters of a 358 × 450 map (the corner then scrolls it).
 */
export const AUTO_COLLAPSE_SHARE = 0.4;

/**
 * Whether a panel in a corner of the map (legend, filter chips) starts collapsed: on a small map (narrower than
 * SMALL_MAP_WIDTH, or lower than SMALL_MAP_HEIGHT and narrower than LOW_MAP_WIDTH) when, open, it would cover more than AUTO_COLLAPSE_SHARE of it.
 * `open` is the panel's box with all its content (not clipped by the corner's room), `map` the map's box. A map
 * without size (not laid out yet) gives false.
 */
export function startsCollapsed(open: Size, map: Size): boolean {
  const mapArea = map.width * map.height;
  const small = map.width < SMALL_MAP_WIDTH || (map.height < SMALL_MAP_HEIGHT && map.width < LOW_MAP_WIDTH);
  if (!(mapArea > 0) || !small) return false;
  return (open.width * open.height) / mapArea > AUTO_COLLAPSE_SHARE;
}
