/**
 * Longitude/latitude boxes for loading a map's view, across the antimeridian too. Pure: no DOM, no maplibre.
 *
 * ```ts
 * const box = paddedBox([179.8, 10, 184.9, 12], 0.2);  // [178.78, 9.6, 185.92, 12.4]: still unwrapped
 * requestBox(box);                                      // [178.78, 9.6, -174.08, 12.4]: west > east
 * containsBox(box, [-179, 11, -178, 11.5]);             // true: the same place, a world copy apart
 * ```
 *
 * - A view's box stays *unwrapped*, as maplibre's `getBounds()` gives it: west < east, and a longitude may
 *   pass ±180 (centred on 179.9°, the east edge is about 184.9°).
 * - Only the bbox sent to a server is wrapped, as OGC API Features Part 1 defines it: longitudes in
 *   [−180, 180], and west > east for a box that crosses the antimeridian.
 */

/** [west, south, east, north] in degrees. */
export type LonLatBox = [number, number, number, number];

/** The box grown by `fraction` of its width and height on each side: longitudes unwrapped, latitudes within ±90. */
export function paddedBox([west, south, east, north]: LonLatBox, fraction: number): LonLatBox {
  const dx = (east - west) * fraction;
  const dy = (north - south) * fraction;
  return [west - dx, Math.max(-90, south - dy), east + dx, Math.min(90, north + dy)];
}

/**
 * The bbox to request for an unwrapped box: the whole round `[-180, s, 180, n]` when it spans 360° or more;
 * else west wrapped into [−180, 180) and east that much further, less 360 when it passes 180 (then west > east).
 */
export function requestBox([west, south, east, north]: LonLatBox): LonLatBox {
  const span = east - west;
  if (span >= 360) return [-180, south, 180, north];
  const wrappedWest = ((((west + 180) % 360) + 360) % 360) - 180;
  const wrappedEast = wrappedWest + span;
  return [wrappedWest, south, wrappedEast > 180 ? wrappedEast - 360 : wrappedEast, north];
}

/** Whether `inner` lies inside `outer`, both unwrapped; a box whole world copies (360°) away is the same place. */
export function containsBox(outer: LonLatBox, inner: LonLatBox): boolean {
  if (inner[1] < outer[1] || inner[3] > outer[3]) return false;
  if (outer[2] - outer[0] >= 360) return true;
  const shift = 360 * Math.ceil((outer[0] - inner[0]) / 360); // puts inner's west in [outer west, outer west + 360)
  return inner[0] + shift >= outer[0] && inner[2] + shift <= outer[2];
}
