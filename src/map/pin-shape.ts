import type { Feature } from 'geojson';

/**
 * The chosen place's pin (place-marker.ts on the live map, still-pin.ts on the picture without WebGL): a dark pin
 * with a white rim and a white dot, `WIDTH` × `HEIGHT` CSS pixels, its point at the bottom middle.
 */
export const PIN = {
  width: 26,
  height: 34,
  path: 'M13 33C13 33 2 20.5 2 12.5a11 11 0 0 1 22 0C24 20.5 13 33 13 33z',
  fill: '#1f1f1f',
  rim: '#ffffff',
  dot: { cx: 13, cy: 12.5, r: 4.2 },
} as const;

/**
 * The place to pin: the chosen place, unless what is selected is a point standing on it (a feature chosen in the
 * search: drawn in its ring, on top, it shows where it is; the pin covered it, tester). Another selection, or none,
 * brings the pin back.
 */
export function placeToPin<P extends { lngLat: readonly [number, number] }>(place: P | undefined, selected: Feature | undefined): P | undefined {
  if (!place || selected?.geometry?.type !== 'Point') return place;
  const [lng, lat] = selected.geometry.coordinates;
  return Math.abs(lng - place.lngLat[0]) < 1e-7 && Math.abs(lat - place.lngLat[1]) < 1e-7 ? undefined : place;
}
