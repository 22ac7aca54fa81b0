import type { GazetteerEntry } from './gazetteer.js';

/**
 * Well-known places of Konstanz that people type into a search but that no bundled data file names (the
 * Konzil, the harbour, the Münster …). Placed by hand, for finding them on the map only: the positions are
 * approximate (within a few tens of metres) — good enough to frame the place and to measure "nearest hotspot"
 * distances from, not a survey. Part of the gazetteer chunk, loaded with it when the search is first used.
 */
export const LANDMARKS: readonly GazetteerEntry[] = [
  { name: 'Konzil', kind: 'place', lngLat: [9.1785, 47.6604] },
  { name: 'Hafen Konstanz', kind: 'place', lngLat: [9.1797, 47.6597] },
  { name: 'Imperia', kind: 'place', lngLat: [9.1806, 47.6594] },
  { name: 'Münster Unserer Lieben Frau', kind: 'place', lngLat: [9.1758, 47.6633] },
  { name: 'Rathaus Konstanz (Kanzleistraße)', kind: 'place', lngLat: [9.1746, 47.6623] },
  { name: 'Universität Konstanz', kind: 'place', lngLat: [9.187, 47.6897], zoom: 15 },
  { name: 'Insel Mainau', kind: 'place', lngLat: [9.1953, 47.705], zoom: 15 },
];
