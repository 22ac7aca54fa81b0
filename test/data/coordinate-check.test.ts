import { expect } from '@open-wc/testing';
import { loadData, loadObject } from '../../src/data/load-data.js';
import { collection, dataError, feature, json, point } from './data-helpers.js';

/** Two points of Konstanz in a CRS, as a GeoJSON file without any CRS information. */
const konstanzIn = (a: [number, number], b: [number, number]) => json(collection(point(...a), point(...b)));

describe('coordinates that do not fit the CRS', () => {
  const guesses: [string, string, [number, number], [number, number]][] = [
    ['EPSG:25832', 'ETRS89 / UTM 32N', [513199, 5278893.5], [513312.75, 5278393.62]],
    ['EPSG:4647', 'UTM 32N', [32513199, 5278893.5], [32513312.75, 5278393.62]],
    ['EPSG:31467', 'Gauß-Krüger', [3513281, 5280565.7], [3513394.79, 5280065.63]],
    ['EPSG:3857', 'Pseudo-Mercator', [1021445.38, 6051021.63], [1021612.36, 6050277.87]],
  ];
  for (const [crs, name, a, b] of guesses) {
    it(`names ${crs} and the crs attribute when the coordinates look like it`, async () => {
      const error = await dataError(loadData(konstanzIn(a, b)));
      expect(error.code).to.equal('data-coordinates');
      expect(error.text('de')).to.contain(`sehen nach ${crs}`).and.contain(name).and.contain(`crs="${crs}"`);
      expect(error.text('en')).to.contain(`crs="${crs}"`);
      // the example quotes one position, rounded: short, not the raw file
      expect(error.text('de')).to.contain(`${Math.round(a[0])}, ${Math.round(a[1])}`);
      expect(error.text('de').length).to.be.below(200);
    });
  }

  it('guesses the CRS for CSV files too', async () => {
    const error = await dataError(loadData('Rechtswert;Hochwert\n513199;5278893,5\n'));
    expect(error.code).to.equal('data-coordinates');
    expect(error.text('de')).to.contain('crs="EPSG:25832"');
  });

  it('says the CRS is unknown when the values fit none of the usual ones', async () => {
    const error = await dataError(loadData(konstanzIn([2500, 1200], [2600, 1300])));
    expect(error.code).to.equal('data-coordinates');
    expect(error.text('de')).to.contain('unbekannt').and.contain('crs');
    expect(error.text('en')).to.contain('unknown');
  });

  it('skips a few stray out-of-range features instead of failing the file', async () => {
    const result = await loadObject(collection(point(9.1758, 47.6633), point(9.1773, 47.6588), point(513199, 5278893.5)));
    expect(result.collection.features).to.have.length(2);
    expect(result.skipped).to.equal(1);
  });

  it('reports latitude and longitude swapped in Germany', async () => {
    const error = await dataError(loadData(konstanzIn([47.6633, 9.1758], [47.6588, 9.1773])));
    expect(error.code).to.equal('data-coordinates');
    expect(error.text('de')).to.contain('vertauscht').and.contain('9.1758, 47.6633');
    expect(error.text('en')).to.contain('swapped');
  });

  it('reports swapped CSV columns and names lat-field/lon-field', async () => {
    const error = await dataError(loadData('a;b\n47,6633;9,1758\n', { latField: 'b', lonField: 'a' }));
    expect(error.code).to.equal('data-coordinates');
    expect(error.text('de')).to.contain('vertauscht').and.contain('lat-field');
  });

  it('does not call points swapped unless all of them are', async () => {
    const result = await loadObject(collection(point(47.6633, 9.1758), point(9.1758, 47.6633)));
    expect(result.collection.features).to.have.length(2);
  });

  it('says so when a projected CRS is given but the values are degrees', async () => {
    const error = await dataError(loadData(konstanzIn([9.1758, 47.6633], [9.1773, 47.6588]), { crs: 'EPSG:25832' }));
    expect(error.code).to.equal('data-coordinates');
    expect(error.text('de')).to.contain('Längen- und Breitengrade').and.contain('EPSG:25832').and.contain('crs="EPSG:4326"');
  });

  it('says so when no coordinate gives a place on Earth in the given CRS, and names the likely one', async () => {
    const error = await dataError(loadData(konstanzIn([32513199, 5278893.5], [32513312.75, 5278393.62]), { crs: 'EPSG:25832' }));
    expect(error.code).to.equal('data-coordinates');
    expect(error.text('de')).to.contain('EPSG:25832').and.contain('crs="EPSG:4647"');
  });

  it('checks lines and polygons by all their positions', async () => {
    const line = feature({ type: 'LineString', coordinates: [[513199, 5278893.5], [513312.75, 5278393.62]] });
    const error = await dataError(loadObject(collection(line)));
    expect(error.text('de')).to.contain('crs="EPSG:25832"');
  });
});
