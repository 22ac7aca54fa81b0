// Which other points stand at the place of one chosen in a list or the search ("Ebenfalls an dieser Stelle").
import { expect } from '@open-wc/testing';
import type { Feature } from 'geojson';
import type { DescribedLayer } from '../../src/registry/described-layer.js';
import { pointsAtSamePlace } from '../../src/registry/same-place.js';

const point = (name: string, lng: number, lat: number): Feature => ({ type: 'Feature', properties: { name }, geometry: { type: 'Point', coordinates: [lng, lat] } });
const layer = (features: Feature[], { hidden = false, shown = (_: Feature): boolean => true } = {}) =>
  ({ hidden, features, isShown: shown }) as unknown as DescribedLayer;
const names = (found: ReturnType<typeof pointsAtSamePlace>) => found?.map(({ feature }) => feature.properties!.name);

describe('pointsAtSamePlace (pure)', () => {
  // At Konstanz's latitude, 1 m is about 0.0000133° of longitude and 0.0000090° of latitude.
  const hotspot = point('Hörnle', 9.2078, 47.6598);
  const twin = point('Hörnle Kiosk', 9.2078 + 0.000053, 47.6598); // 4 m east
  const far = point('Strandbad', 9.2078 + 0.00008, 47.6598); // 6 m east
  const station = point('Station Hörnle', 9.2078, 47.6598);
  const area: Feature = { type: 'Feature', properties: { name: 'Stadtteil' }, geometry: { type: 'Polygon', coordinates: [[[9.2, 47.65], [9.21, 47.65], [9.21, 47.66], [9.2, 47.65]]] } };

  it('lists the points within 5 m, the chosen one first, then later layers before earlier ones', () => {
    const wlan = layer([hotspot, twin, far]);
    const projects = layer([station, area]);
    expect(names(pointsAtSamePlace([wlan, projects], { layer: wlan, feature: hotspot }))).to.deep.equal(['Hörnle', 'Station Hörnle', 'Hörnle Kiosk']);
    expect(names(pointsAtSamePlace([projects, wlan], { layer: wlan, feature: hotspot }))).to.deep.equal(['Hörnle', 'Hörnle Kiosk', 'Station Hörnle']);
    expect(names(pointsAtSamePlace([wlan, projects], { layer: wlan, feature: hotspot }, 10))).to.deep.equal(['Hörnle', 'Station Hörnle', 'Hörnle Kiosk', 'Strandbad']);
  });

  it('leaves out hidden layers and features filtered out, and says nothing for a point alone, an area or no geometry', () => {
    const wlan = layer([hotspot, far]);
    expect(pointsAtSamePlace([wlan, layer([station], { hidden: true })], { layer: wlan, feature: hotspot })).to.equal(undefined);
    expect(pointsAtSamePlace([wlan, layer([station], { shown: () => false })], { layer: wlan, feature: hotspot })).to.equal(undefined);
    const projects = layer([station, area]);
    expect(pointsAtSamePlace([wlan, projects], { layer: projects, feature: area })).to.equal(undefined);
    expect(pointsAtSamePlace([wlan], { layer: wlan, feature: { type: 'Feature', properties: {}, geometry: null as unknown as GeoJSON.Point } })).to.equal(undefined);
  });
});
