import { expect } from '@open-wc/testing';
import { DataError } from '../../src/data/data-error.js';
import { detectFormat, type DataFormat } from '../../src/data/detect-format.js';
import { loadData } from '../../src/data/load-data.js';
import './data-helpers.js'; // loads the reasons' catalogue

const GEOJSON = '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[9.1758,47.6633]}}]}';
const CSV = 'name,lat,lon\nMünster,47.6633,9.1758\n';

describe('data format detection (pure)', () => {
  it('takes an explicit format over everything else', () => {
    expect(detectFormat(GEOJSON, { format: 'csv', contentType: 'application/geo+json', url: 'a.geojson' })).to.equal('csv');
    expect(detectFormat(CSV, { format: 'geojson', contentType: 'text/csv', url: 'a.csv' })).to.equal('geojson');
  });

  it('uses the content type before the file extension', () => {
    expect(detectFormat(CSV, { contentType: 'application/json', url: 'a.csv' })).to.equal('geojson');
    expect(detectFormat(CSV, { contentType: 'application/geo+json; charset=utf-8', url: 'a.csv' })).to.equal('geojson');
    expect(detectFormat(GEOJSON, { contentType: 'text/csv;charset=UTF-8', url: 'a.geojson' })).to.equal('csv');
  });

  it('uses the file extension when the content type says nothing about the format', () => {
    expect(detectFormat(CSV, { contentType: 'text/plain', url: 'https://example.de/daten/a.geojson?x=1#top' })).to.equal('geojson');
    expect(detectFormat(CSV, { contentType: 'application/octet-stream', url: '/a.JSON' })).to.equal('geojson');
    expect(detectFormat(GEOJSON, { contentType: null, url: '/export/standorte.csv?download=1' })).to.equal('csv');
  });

  it('looks at the first character when neither content type nor extension tell', () => {
    expect(detectFormat(`\uFEFF  \n${GEOJSON}`, { url: '/api/standorte' })).to.equal('geojson');
    expect(detectFormat('[1,2]')).to.equal('geojson');
    expect(detectFormat(CSV, { url: '/api/standorte' })).to.equal('csv');
    expect(detectFormat('<!doctype html>')).to.equal('csv');
  });

  it('refuses an explicit format it does not know, quoting it', () => {
    const unknown = 'dxf' as DataFormat;
    expect(() => detectFormat(GEOJSON, { format: unknown })).to.throw(DataError, 'unknown value “dxf”');
  });

  it('reports the format it loaded', async () => {
    expect((await loadData(GEOJSON)).format).to.equal('geojson');
    expect((await loadData(CSV)).format).to.equal('csv');
    expect((await loadData(CSV, { contentType: 'text/csv' })).collection.features).to.have.length(1);
  });

  it('detects CSV and GeoJSON files served by a web server from their content type', async () => {
    for (const [path, format] of [
      ['/test/fixtures/data/standorte-semikolon.csv', 'csv'],
      ['/test/fixtures/mixed.geojson', 'geojson'],
    ] as const) {
      const response = await fetch(path);
      const result = await loadData(await response.text(), { contentType: response.headers.get('content-type'), url: path });
      expect(result.format).to.equal(format);
    }
  });
});
