import { expect } from '@open-wc/testing';
import { loadData, loadObject } from '../../src/data/load-data.js';
import { checkLonLat } from '../../src/data/coordinate-check.js';
import { fitsLonLat } from '../../src/data/lon-lat-fit.js';
import { collection, coordinatesOf, dataError, feature, json, point } from './data-helpers.js';

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

  it('says the CRS is unknown when the values fit none of the usual ones, and suggests none', async () => {
    const error = await dataError(loadData(konstanzIn([2500, 1200], [2600, 1300])));
    expect(error.code).to.equal('data-coordinates');
    // what was found, and what is expected: degrees, or a projected CRS named with crs
    expect(error.text('de')).to.contain('unbekannt').and.contain('Objekt 1: 2500, 1200').and.contain('Länge und Breite in Grad').and.contain('Attribut crs');
    expect(error.text('de')).not.to.contain('EPSG:');
    expect(error.text('en')).to.contain('unknown').and.contain('feature 1: 2500, 1200').and.not.contain('EPSG:');
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

/** A semicolon CSV with a header and these rows. */
const csv = (header: string, ...rows: string[]) => `${header}\n${rows.join('\n')}\n`;

describe('coordinates checked against where their CRS applies', () => {
  it('reads the Münster of Konstanz in EPSG:25832 where it is', async () => {
    const result = await loadObject(collection(point(513199, 5278893.5)), { crs: 'EPSG:25832' });
    const [lon, lat] = coordinatesOf(result.collection.features[0].geometry);
    expect(lon).to.be.closeTo(9.1758, 1e-4);
    expect(lat).to.be.closeTo(47.6633, 1e-4);
    expect(result.skipped).to.equal(0);
  });

  it('accepts UTM 32N beyond its strip, as Bavaria and federal data use it (Passau, Görlitz)', async () => {
    const result = await loadObject(collection(point(829223.45, 5388912.28), point(918575.07, 5683877.56)), { crs: 'EPSG:25832' });
    expect(result.collection.features).to.have.length(2);
    expect(coordinatesOf(result.collection.features[1].geometry)[0]).to.be.closeTo(14.9872, 1e-4);
  });

  it('refuses values that land in the Gulf of Guinea in EPSG:25832, saying where and where the CRS applies', async () => {
    const error = await dataError(loadObject(collection(point(134086.5, 525191.5), point(134100.5, 525200.5)), { crs: 'EPSG:25832' }));
    expect(error.code).to.equal('data-coordinates');
    const de = error.text('de');
    expect(de).to.contain('Objekt 1: 134087, 525192').and.contain('bei 5.70221, 4.74358 (Länge, Breite)');
    expect(de).to.contain('Europa zwischen 6° und 12° Ost').and.contain('Attribut crs');
    expect(error.text('en')).to.contain('land at 5.70221, 4.74358').and.contain('Europe between 6°E and 12°E');
  });

  it('names Gauß-Krüger when GK3 values are given as EPSG:25832', async () => {
    const error = await dataError(loadObject(collection(point(3513273.47, 5280565.68), point(3513394.79, 5280065.63)), { crs: 'EPSG:25832' }));
    expect(error.code).to.equal('data-coordinates');
    expect(error.text('de')).to.contain('außerhalb').and.contain('crs="EPSG:31467"').and.contain('Gauß-Krüger');
  });

  it('refuses UTM values given as Gauß-Krüger 3', async () => {
    const error = await dataError(loadObject(collection(point(513199, 5278893.5)), { crs: 'EPSG:31467' }));
    expect(error.text('de')).to.contain('Deutschland zwischen 7,5° und 10,5° Ost').and.contain('crs="EPSG:25832"');
  });

  it('refuses Web Mercator values beyond 85° latitude', async () => {
    const error = await dataError(loadObject(collection(point(513199, 25278893)), { crs: 'EPSG:3857' }));
    expect(error.text('en')).to.contain('the world up to 85° north and south');
  });

  it('skips and counts a few features outside the area, keeping the right ones', async () => {
    const konstanz = (name: string) => point(513199, 5278893.5, { name });
    const result = await loadObject(
      collection(konstanz('a'), point(32513199, 5278893.5, { name: 'nowhere' }), point(3513273.47, 5280565.68, { name: 'gk3' }), konstanz('b'), konstanz('c'), konstanz('d')),
      { crs: 'EPSG:25832' },
    );
    expect(result.collection.features.map((f) => f.properties?.name)).to.deep.equal(['a', 'b', 'c', 'd']);
    expect(result.skipped).to.equal(2);
  });

  it('says which line of a CSV the example is on', async () => {
    const error = await dataError(loadData(csv('Name;Rechtswert;Hochwert', 'ohne;k. A.;k. A.', 'A;3513273;5280565', 'B;3513394;5280065'), { crs: 'EPSG:25832' }));
    expect(error.text('de')).to.contain('Zeile 3: 3513273, 5280565');
    expect(error.text('en')).to.contain('line 3: 3513273, 5280565');
  });

  it('counts features the validation dropped when it numbers one', async () => {
    const error = await dataError(loadObject(collection(feature(null), point(513199, 5278893.5), point(513312.75, 5278393.62))));
    expect(error.text('de')).to.contain('Objekt 2: 513199, 5278894');
  });
});

describe('degrees whose decimal separator was lost', () => {
  const cases: [string, string, string, string][] = [
    ['Berlin, latitude first', 'Breite;Länge', '525191;134086', '525191 ist wohl 52,5191'],
    ['Berlin, longitude first', 'Länge;Breite', '134086;525191', '525191 ist wohl 52,5191'],
    ['Konstanz, latitude first', 'lat;lon', '476597;91757', '476597 ist wohl 47,6597'],
    ['Konstanz, longitude first', 'lon;lat', '91757;476597', '476597 ist wohl 47,6597'],
  ];
  for (const [name, header, row, reason] of cases) {
    it(`names them, ${name}, without a crs and with crs="EPSG:25832"`, async () => {
      for (const crs of [undefined, 'EPSG:25832']) {
        const error = await dataError(loadData(csv(header, row, row), { crs }));
        expect(error.code, crs).to.equal('data-coordinates');
        expect(error.text('de'), crs).to.contain(`Dezimaltrennzeichen fehlt: ${reason}`).and.contain('Zeile 2:').and.contain('Excel');
        expect(error.text('de'), crs).not.to.contain('EPSG');
      }
    });
  }

  it('names them in English', async () => {
    const error = await dataError(loadData(csv('lat;lon', '525191;134086')));
    expect(error.text('en')).to.contain('Decimal separator missing: 525191 is probably 52.5191').and.contain('line 2: 134086, 525191');
  });

  it('names them when the rows have different numbers of decimals', async () => {
    const error = await dataError(loadData(csv('lat;lon', '5252;1341', '476597;91757', '4766;9176')));
    expect(error.text('de')).to.contain('5252 ist wohl 52,52');
  });

  it('names them in a GeoJSON file with the axes in either order', async () => {
    const lonFirst = await dataError(loadObject(collection(point(134086, 525191))));
    expect(lonFirst.text('de')).to.contain('Dezimaltrennzeichen fehlt: 525191 ist wohl 52,5191');
    const latFirst = await dataError(loadObject(collection(point(525191, 134086))));
    expect(latFirst.text('de')).to.contain('Dezimaltrennzeichen fehlt: 525191 ist wohl 52,5191');
  });

  it('offers both readings for whole UTM metres that also read as degrees in Germany (Munich)', async () => {
    const error = await dataError(loadObject(collection(point(691603, 5334780), point(691700, 5334800))));
    expect(error.text('de')).to.contain('sehen nach EPSG:25832').and.contain('crs="EPSG:25832"').and.contain('5334780 wäre 53,3478');
    const fractional = await dataError(loadObject(collection(point(691603.03, 5334780.03))));
    expect(fractional.text('de')).to.contain('crs="EPSG:25832"').and.not.contain('Dezimaltrennzeichen');
  });

  it('does not mistake real UTM values for lost decimals when the crs is given', async () => {
    const result = await loadObject(collection(point(691603, 5334780)), { crs: 'EPSG:25832' });
    expect(coordinatesOf(result.collection.features[0].geometry)[0]).to.be.closeTo(11.5755, 1e-4);
  });
});

describe('the quick look before the full check (lon-lat-fit.ts)', () => {
  const boxesOf = (...points: [number, number][]) => Float64Array.from(points.flatMap(([x, y]) => [x, y, x, y]));
  const cases: [string, [number, number][]][] = [
    ['Konstanz', [[9.17, 47.66], [9.18, 47.67]]],
    ['no features', []],
    ['Konstanz with the axes swapped', [[47.66, 9.17], [47.67, 9.18]]],
    ['one swapped point among plain ones', [[9.17, 47.66], [47.67, 9.18]]],
    ['one point outside longitude/latitude', [[9.17, 47.66], [513199, 5278893]]],
    ['all outside (UTM)', [[513199, 5278893], [513312, 5278393]]],
    ['the edges of the world', [[-180, -90], [180, 90]]],
  ];
  for (const [name, points] of cases) {
    it(`agrees with checkLonLat: ${name}`, () => {
      const features = points.map(([x, y]) => point(x, y));
      const boxes = boxesOf(...points);
      let full: { kept: number; skipped: number } | 'throws';
      try {
        const checked = checkLonLat(features, boxes, 'geojson');
        full = { kept: checked.features.length, skipped: checked.skipped };
      } catch {
        full = 'throws';
      }
      // The quick look says "fits" only where the full check keeps every feature and throws nothing.
      const fits = fitsLonLat(boxes, features.length);
      expect(fits).to.equal(full !== 'throws' && full.kept === features.length && full.skipped === 0);
    });
  }
});
