import { expect } from '@open-wc/testing';
import type { Polygon } from 'geojson';
import { loadData, loadObject } from '../../src/data/load-data.js';
import { collection, dataError, feature, json, point } from './data-helpers.js';

const GOOD = point(9.1758, 47.6633, { name: 'Münster' });

/** Loads the good feature plus `bad` and returns how many were kept and skipped. */
async function withBad(bad: unknown): Promise<{ kept: number; skipped: number }> {
  const result = await loadObject(collection(GOOD, bad));
  return { kept: result.collection.features.length, skipped: result.skipped };
}

describe('validation: skip and count', () => {
  const skippedCases: [string, unknown][] = [
    ['a feature with null geometry', feature(null)],
    ['a feature without geometry', { type: 'Feature', properties: {} }],
    ['a feature that is not an object', 'Münster'],
    ['null in the features list', null],
    ['a NaN coordinate', point(NaN, 47.66)],
    ['a null coordinate', feature({ type: 'Point', coordinates: [9.17, null] })],
    ['a string coordinate', feature({ type: 'Point', coordinates: ['9.17', 47.66] })],
    ['an Infinity coordinate', point(Infinity, 47.66)],
    ['a coordinate of 1e308', point(1e308, 47.66)],
    ['a position with one number', feature({ type: 'Point', coordinates: [9.17] })],
    ['a position that is not a list', feature({ type: 'Point', coordinates: 9.17 })],
    ['missing coordinates', feature({ type: 'Point' })],
    ['a LineString with one position', feature({ type: 'LineString', coordinates: [[9.17, 47.66]] })],
    ['a polygon ring with three positions', feature({ type: 'Polygon', coordinates: [[[9.17, 47.66], [9.18, 47.66], [9.17, 47.66]]] })],
    ['a polygon without rings', feature({ type: 'Polygon', coordinates: [] })],
    ['an empty MultiPoint', feature({ type: 'MultiPoint', coordinates: [] })],
    ['one bad position in a MultiPoint', feature({ type: 'MultiPoint', coordinates: [[9.17, 47.66], [9.17, 'x']] })],
    ['one bad polygon in a MultiPolygon', feature({ type: 'MultiPolygon', coordinates: [[[[9.1, 47.6], [9.2, 47.6], [9.2, 47.7], [9.1, 47.6]]], [[[9.1, 47.6]]]] })],
    ['an unknown geometry type', feature({ type: 'Circle', coordinates: [9.17, 47.66], radius: 5 })],
    ['a bad geometry in a GeometryCollection', feature({ type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [9.17, NaN] }] })],
    ['an empty GeometryCollection', feature({ type: 'GeometryCollection', geometries: [] })],
  ];
  for (const [name, bad] of skippedCases) {
    it(`skips and counts ${name}, keeping the valid rest`, async () => {
      expect(await withBad(bad)).to.deep.equal({ kept: 1, skipped: 1 });
    });
  }

  it('counts every skipped feature of a file', async () => {
    const result = await loadData(json(collection(GOOD, feature(null), point(NaN, 1), GOOD, feature({ type: 'Circle' }))));
    expect(result.collection.features).to.have.length(2);
    expect(result.skipped).to.equal(3);
  });

  it('closes unclosed polygon rings instead of skipping them', async () => {
    const triangle = feature({ type: 'Polygon', coordinates: [[[9.17, 47.66], [9.18, 47.66], [9.18, 47.67]]] });
    const result = await loadObject(collection(triangle));
    expect(result.skipped).to.equal(0);
    expect((result.collection.features[0].geometry as Polygon).coordinates[0]).to.deep.equal([
      [9.17, 47.66],
      [9.18, 47.66],
      [9.18, 47.67],
      [9.17, 47.66],
    ]);
  });

  it('keeps valid geometries as they are, with heights, ids and properties', async () => {
    const geometries = [
      { type: 'Point', coordinates: [9.17, 47.66, 400] },
      { type: 'MultiPoint', coordinates: [[9.17, 47.66]] },
      { type: 'LineString', coordinates: [[9.17, 47.66], [9.18, 47.67]] },
      { type: 'MultiLineString', coordinates: [[[9.17, 47.66], [9.18, 47.67]]] },
      { type: 'Polygon', coordinates: [[[9.1, 47.6], [9.2, 47.6], [9.2, 47.7], [9.1, 47.6]], [[9.12, 47.62], [9.15, 47.62], [9.15, 47.65], [9.12, 47.62]]] },
      { type: 'MultiPolygon', coordinates: [[[[9.1, 47.6], [9.2, 47.6], [9.2, 47.7], [9.1, 47.6]]]] },
      { type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [9.17, 47.66] }] },
    ];
    const result = await loadObject(collection(...geometries.map((g, i) => ({ ...feature(g, { i }), id: `f${i}` }))));
    expect(result.skipped).to.equal(0);
    expect(result.collection.features.map((f) => f.geometry)).to.deep.equal(geometries);
    expect(result.collection.features.map((f) => f.id)).to.deep.equal(geometries.map((_, i) => `f${i}`));
  });

  it('drops extra numbers after the height, and foreign members such as bbox', async () => {
    const value = { ...feature({ type: 'Point', coordinates: [9.17, 47.66, 400, 1, 2] }), bbox: [0, 0, 1, 1] };
    const result = await loadObject(value);
    expect(result.collection.features[0]).to.deep.equal({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [9.17, 47.66, 400] } });
  });

  it('turns properties that are not an object into {}', async () => {
    for (const properties of [null, 'Münster', 42, [1, 2], undefined]) {
      const result = await loadObject(feature({ type: 'Point', coordinates: [9.17, 47.66] }, properties));
      expect(result.collection.features[0].properties, String(properties)).to.deep.equal({});
    }
  });

  it('never lets a __proto__ key in the data reach a prototype', async () => {
    const text = '{"type":"Feature","properties":{"__proto__":{"polluted":1},"name":"A"},"geometry":{"type":"Point","coordinates":[9.17,47.66]}}';
    const result = await loadData(text);
    const properties = result.collection.features[0].properties!;
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect((Object.prototype as Record<string, unknown>).polluted).to.equal(undefined);
    expect(Object.getPrototypeOf(properties)).to.equal(Object.prototype);
    expect(Object.hasOwn(properties, '__proto__')).to.equal(true);
    expect(Object.getOwnPropertyDescriptor(properties, '__proto__')?.value).to.deep.equal({ polluted: 1 });
    expect(properties.name).to.equal('A');
    expect((properties as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('fails when there were features but none is valid, saying what is wrong', async () => {
    const error = await dataError(loadData(json(collection(feature(null), feature(null), point(NaN, 1)))));
    expect(error.code).to.equal('data-empty');
    expect(error.text('de')).to.contain('3 Objekte').and.contain('keine Geometrie');
    expect(error.text('en')).to.contain('no geometry');
  });

  it('loads an empty FeatureCollection as valid, with nothing skipped', async () => {
    const result = await loadData('{"type":"FeatureCollection","features":[]}');
    expect(result.collection).to.deep.equal({ type: 'FeatureCollection', features: [] });
    expect(result.skipped).to.equal(0);
    expect(result.sourceCrs).to.equal('EPSG:4326');
  });
});
