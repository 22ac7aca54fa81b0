import type { FeatureCollection, Point } from 'geojson';

/** Built in the app and handed to <kn-geojson-layer> as its `data` property (an object, not an attribute). */
export const treffpunkte: FeatureCollection<Point, { name: string }> = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { name: 'Treffpunkt Stadtgarten' }, geometry: { type: 'Point', coordinates: [9.1781, 47.6612] } },
    { type: 'Feature', properties: { name: 'Treffpunkt Herosé-Park' }, geometry: { type: 'Point', coordinates: [9.1697, 47.6658] } },
    { type: 'Feature', properties: { name: 'Treffpunkt Hafen' }, geometry: { type: 'Point', coordinates: [9.1784, 47.6589] } },
  ],
};
