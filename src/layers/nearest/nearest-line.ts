import type { Feature, FeatureCollection, Point } from 'geojson';

export interface NearestLineInput {
  /** Where the search started, [lon, lat]. */
  from: [number, number];
  /** The feature found, if any. */
  to?: Feature<Point>;
  /** The start's label on the map ("Ihr Standort", a place's name), if any. */
  label?: string;
  /** The start is the search's pin (the chosen place): its label goes above the pin. */
  pinned?: boolean;
}

/**
 * What the map draws for a nearest result (source `nearest` of the layer, see nearest-style.ts): the line from the
 * start to the feature, the start (with its label and on which side of it the label goes: `anchor`, away from the
 * line) and the end (`end: 'to'`, with the feature's own properties, so a layer can draw it with its own symbol).
 * Pure.
 */
export function nearestLine({ from, to, label, pinned }: NearestLineInput): FeatureCollection {
  const end = to?.geometry.coordinates as [number, number] | undefined;
  // The label above the point when the feature lies to the south, so that the line does not run through it.
  const anchor = end && end[1] < from[1] ? 'bottom' : 'top';
  const start: Feature = { type: 'Feature', properties: label ? { label, anchor, ...(pinned ? { pinned } : {}) } : {}, geometry: { type: 'Point', coordinates: from } };
  if (!to || !end) return { type: 'FeatureCollection', features: [start] };
  const line: Feature = { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [from, end] } };
  const found: Feature = { type: 'Feature', properties: { ...to.properties, end: 'to' }, geometry: { type: 'Point', coordinates: end } };
  return { type: 'FeatureCollection', features: [line, start, found] };
}
