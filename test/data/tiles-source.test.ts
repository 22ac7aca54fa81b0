import { expect } from '@open-wc/testing';
import { DataError } from '../../src/data/data-error.js';
import { chooseSourceLayer, parseTilesSource, tilesInfoFromMetadata, tileUrlAt, zoomRange } from '../../src/data/tiles-source.js';
import { featureSetKey, uniqueTileFeatures } from '../../src/layers/tiles/tile-features.js';
import './data-helpers.js'; // loads the reasons' catalogue

const BASE = 'https://www.example.de/karten/seite.html';

function tilesError(run: () => unknown): DataError {
  try {
    run();
  } catch (error) {
    expect(error).to.be.instanceOf(DataError);
    expect((error as DataError).code).to.equal('data-tiles');
    return error as DataError;
  }
  throw new Error('no error');
}

describe('tiles-source', () => {
  it('recognises a {z}/{x}/{y} template, keeps its braces and resolves it against the page', () => {
    expect(parseTilesSource('kacheln/{z}/{x}/{y}.pbf', BASE)).to.deep.equal({
      kind: 'template',
      url: 'https://www.example.de/karten/kacheln/{z}/{x}/{y}.pbf',
    });
  });

  it('recognises PMTiles archives by extension or pmtiles:// and TileJSON by .json', () => {
    expect(parseTilesSource('/daten/baeume.pmtiles?v=2', BASE)).to.deep.equal({ kind: 'pmtiles', url: 'https://www.example.de/daten/baeume.pmtiles?v=2' });
    expect(parseTilesSource('pmtiles://https://cdn.example.de/baeume', BASE)).to.deep.equal({ kind: 'pmtiles', url: 'https://cdn.example.de/baeume' });
    expect(parseTilesSource('tiles.json', BASE)).to.deep.equal({ kind: 'tilejson', url: 'https://www.example.de/karten/tiles.json' });
  });

  it('refuses what is no tiles address, and javascript: or data: URLs, in German and English', () => {
    const error = tilesError(() => parseTilesSource('daten.geojson', BASE));
    expect(error.text('de')).to.contain('„daten.geojson“').and.to.contain('{z}/{x}/{y}');
    expect(error.text('en')).to.contain('.pmtiles');
    tilesError(() => parseTilesSource('javascript:alert(1)//{z}/{x}/{y}', BASE));
    tilesError(() => parseTilesSource('data:application/octet-stream,x.pmtiles', BASE));
  });

  it('chooses the named layer, else the first the tile set names, and lists them when the name is wrong', () => {
    const info = { layers: ['wlan', 'stadtteile'] };
    expect(chooseSourceLayer(info, undefined)).to.equal('wlan');
    expect(chooseSourceLayer(info, ' stadtteile ')).to.equal('stadtteile');
    expect(tilesError(() => chooseSourceLayer(info, 'baeume')).text('de')).to.contain('„wlan“, „stadtteile“');
    // A bare template names no layers: any name is taken on trust, none is an error that says what to do.
    expect(chooseSourceLayer({ layers: [] }, 'baeume')).to.equal('baeume');
    expect(tilesError(() => chooseSourceLayer({ layers: [] }, undefined)).text('de')).to.contain('source-layer');
  });

  it('reads vector_layers from TileJSON, PMTiles metadata and the MBTiles-style metadata GDAL writes', () => {
    expect(tilesInfoFromMetadata({ vector_layers: [{ id: 'a' }, { id: 'b' }], attribution: '© X' })).to.deep.equal({ layers: ['a', 'b'], attribution: '© X' });
    expect(tilesInfoFromMetadata({ json: '{"vector_layers":[{"id":"wlan"}]}' }).layers).to.deep.equal(['wlan']);
    expect(tilesInfoFromMetadata({ json: '{broken' }).layers).to.deep.equal([]);
    expect(tilesInfoFromMetadata(null).layers).to.deep.equal([]);
    expect(tilesInfoFromMetadata({ vector_layers: [{ id: 3 }, null, { id: '__proto__' }] }).layers).to.deep.equal(['__proto__']);
  });

  it('takes the zoom range of the tile set, else the fallback maximum, within 0 to 24', () => {
    expect(zoomRange({ layers: [], minZoom: 8, maxZoom: 14 }, 10)).to.deep.equal({ minzoom: 8, maxzoom: 14 });
    expect(zoomRange({ layers: [] }, 14)).to.deep.equal({ minzoom: 0, maxzoom: 14 });
    expect(zoomRange({ layers: [], minZoom: 30, maxZoom: 1e308 }, 14)).to.deep.equal({ minzoom: 24, maxzoom: 24 });
    // tiles-max-zoom="abc" reaches here as NaN: the usual 14.
    expect(zoomRange({ layers: [] }, Number.NaN)).to.deep.equal({ minzoom: 0, maxzoom: 14 });
  });

  it('finds the tile of a place: the Konstanz Marktstätte at zoom 14', () => {
    // Hand-computed: x = (9.1756 + 180) / 360 · 2^14 = 8609.5; y = (1 − ln(tan φ + sec φ)/π)/2 · 2^14 =
    // (1 − ln(1.09698 + 1.48466)/π)/2 · 16384 = 5718.9 (GDAL wrote that tile for the hotspots there).
    expect(tileUrlAt('t/{z}/{x}/{y}.pbf', [9.1756, 47.6604], 14)).to.equal('t/14/8609/5718.pbf');
    expect(tileUrlAt('t/{z}/{x}/{y}.pbf', [180, 90], 2)).to.equal('t/2/3/0.pbf');
  });

  it('lists a feature that spans several tiles once, but two trees of one kind as two', () => {
    const at = (lon: number) => ({ type: 'Point' as const, coordinates: [lon, 47.66] });
    const area = { type: 'Polygon' as const, coordinates: [[[9.1, 47.6], [9.2, 47.6], [9.2, 47.7], [9.1, 47.6]]] };
    const features = uniqueTileFeatures([
      { id: 1, properties: { name: 'A' }, geometry: at(9.17) },
      { id: 1, properties: { name: 'A' }, geometry: at(9.17) },
      { properties: { art: 'Linde' }, geometry: at(9.171) },
      { properties: { art: 'Linde' }, geometry: at(9.172) },
      { properties: { art: 'Linde' }, geometry: at(9.172) },
      { properties: { name: 'Paradies' }, geometry: area },
      { properties: { name: 'Paradies' }, geometry: { ...area, coordinates: [[[9.2, 47.6], [9.3, 47.6], [9.3, 47.7], [9.2, 47.6]]] } },
    ]);
    expect(features.map((feature) => feature.properties!.name ?? feature.properties!.art)).to.deep.equal(['A', 'Linde', 'Linde', 'Paradies']);
  });

  it('tells two sets of the same size apart', () => {
    const tree = (lon: number) => ({ type: 'Feature' as const, properties: { art: 'Linde' }, geometry: { type: 'Point' as const, coordinates: [lon, 47.66] } });
    expect(featureSetKey([tree(9.1), tree(9.2)])).to.not.equal(featureSetKey([tree(9.3), tree(9.4)]));
    expect(featureSetKey([tree(9.1), tree(9.2)])).to.equal(featureSetKey([tree(9.1), tree(9.2)]));
  });
});
