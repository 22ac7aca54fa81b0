import { expect } from '@open-wc/testing';
import { DataError } from '../../src/data/data-error.js';
import { bboxOf, parseGeoJson } from '../../src/data/geojson.js';
import { dataError } from './data-helpers.js'; // also loads the reasons' catalogue

describe('GeoJSON parsing (pure)', () => {
  it('accepts a FeatureCollection, a Feature and a bare geometry', () => {
    expect(parseGeoJson('{"type":"FeatureCollection","features":[]}').features).to.have.length(0);
    const feature = parseGeoJson('{"type":"Feature","properties":{"name":"A"},"geometry":{"type":"Point","coordinates":[9,47]}}');
    expect(feature.features[0].properties).to.deep.equal({ name: 'A' });
    const geometry = parseGeoJson('{"type":"LineString","coordinates":[[9,47],[9.1,47.1]]}');
    expect(geometry.features[0].geometry.type).to.equal('LineString');
  });

  it('accepts a UTF-8 byte order mark', () => {
    expect(parseGeoJson('\uFEFF{"type":"FeatureCollection","features":[]}').type).to.equal('FeatureCollection');
  });

  it('says whether a file is truncated or not JSON at all', () => {
    const reason = (text: string) => {
      try {
        parseGeoJson(text);
      } catch (error) {
        expect(error).to.be.instanceOf(DataError);
        expect((error as DataError).code).to.equal('data-invalid');
        return (error as DataError).text('de');
      }
      return 'no error';
    };
    expect(reason('{"type":"FeatureCollection","features":[')).to.contain('unvollständig');
    expect(reason('<!doctype html><h1>404</h1>')).to.contain('HTML');
    expect(reason('name;lat;lon\nA;47.66;9.17')).to.contain('kein JSON').and.contain('format="csv"');
    expect(reason('{"type":"Topology"}')).to.contain('Topology');
    expect(reason('{"features":[]}')).to.contain('type');
  });

  it('computes the bounding box of all coordinates', () => {
    const collection = parseGeoJson(
      '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[9.1,47.6]}},{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[9,47.7],[9.2,47.7],[9.2,47.8],[9,47.7]]]}}]}',
    );
    expect(bboxOf(collection)).to.deep.equal([9, 47.6, 9.2, 47.8]);
    expect(bboxOf({ type: 'FeatureCollection', features: [] })).to.equal(null);
  });
});

describe('parseJson says where JSON goes wrong (issue 14)', () => {
  it('names the line and character of a syntax error', async () => {
    const text = '{"type": "FeatureCollection",\n "features": [\n  {"type": "Feature" "properties": {}}\n ]}';
    const error = await dataError(Promise.resolve().then(() => parseGeoJson(text)));
    expect(error.key).to.equal('json.invalid-at');
    expect(error.text('de')).to.equal('Die Datei ist unvollständig oder kein gültiges JSON: Fehler in Zeile 3, Zeichen 22.');
    expect(error.text('en')).to.equal('The file is truncated or not valid JSON: error in line 3, character 22.');
  });

  it('says that a file ends in the middle, and in which line', async () => {
    const error = await dataError(Promise.resolve().then(() => parseGeoJson('{"type": "FeatureCollection",\n "features": [\n  {"type": "Fea')));
    expect(error.key).to.equal('json.ends-early');
    expect(error.text('de')).to.contain('Sie endet in Zeile 3 mitten in den Daten');
  });
});
