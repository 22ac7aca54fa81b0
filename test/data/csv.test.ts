import { expect } from '@open-wc/testing';
import type { Point } from 'geojson';
import { parseNumber } from '../../src/data/csv.js';
import { loadData } from '../../src/data/load-data.js';
import { coordinatesOf, dataError } from './data-helpers.js';

const csv = (text: string, options = {}) => loadData(text, { format: 'csv', ...options });
const positions = (result: Awaited<ReturnType<typeof csv>>) => result.collection.features.map((f) => coordinatesOf(f.geometry));

describe('CSV loading', () => {
  it('reads a comma-separated file with lat/lon columns into points', async () => {
    const result = await csv('name,lat,lon,art\nMünster,47.6633,9.1758,Kirche\nBahnhof,47.6588,9.1773,\n');
    expect(result.format).to.equal('csv');
    expect(result.sourceCrs).to.equal('EPSG:4326');
    expect(result.skipped).to.equal(0);
    expect(result.collection.features).to.deep.equal([
      { type: 'Feature', properties: { name: 'Münster', art: 'Kirche' }, geometry: { type: 'Point', coordinates: [9.1758, 47.6633] } },
      { type: 'Feature', properties: { name: 'Bahnhof' }, geometry: { type: 'Point', coordinates: [9.1773, 47.6588] } },
    ]);
  });

  it('reads a semicolon file with decimal commas, German column names, quotes and CRLF', async () => {
    const text = await (await fetch('/test/fixtures/data/standorte-semikolon.csv')).text();
    const result = await csv(text);
    expect(positions(result)).to.deep.equal([
      [9.1758, 47.6633],
      [9.1773, 47.6588],
    ]);
    expect(result.collection.features[0].properties).to.deep.equal({ Name: 'Münster', Adresse: 'Münsterplatz 1; Konstanz' });
    expect(result.collection.features[1].properties).to.deep.equal({
      Name: 'Bahnhof',
      Adresse: 'Bahnhofplatz 1',
      Bemerkung: 'mit Fahrradstation',
    });
    // "Ohne Ort" has no coordinates, "Kaputt" has text instead of a latitude; the blank line is no row.
    expect(result.skipped).to.equal(2);
  });

  it('reads a tab-separated file', async () => {
    const result = await csv('Name\tLatitude\tLongitude\nMünster\t47.6633\t9.1758\n');
    expect(positions(result)).to.deep.equal([[9.1758, 47.6633]]);
  });

  it('is not misled by decimal commas or by commas and semicolons in text', async () => {
    const semicolon = await csv('lat;lon\n47,6633;9,1758\n47,6588;9,1773\n');
    expect(positions(semicolon)).to.deep.equal([[9.1758, 47.6633], [9.1773, 47.6588]]);
    const commasInText = await csv('Bemerkung;lat;lon\nA, B, C;47,6633;9,1758\nD, E, F;47,6588;9,1773\n');
    expect(commasInText.collection.features[0].properties).to.deep.equal({ Bemerkung: 'A, B, C' });
    const semicolonInQuotes = await csv('Name,Breite,Länge\n"A; B",47.6633,9.1758\n');
    expect(semicolonInQuotes.collection.features[0].properties).to.deep.equal({ Name: 'A; B' });
  });

  it('ignores a UTF-8 byte order mark', async () => {
    const result = await csv('\uFEFFlat;lon;name\n47,6633;9,1758;Münster\n');
    expect(positions(result)).to.deep.equal([[9.1758, 47.6633]]);
    expect(result.collection.features[0].properties).to.deep.equal({ name: 'Münster' });
  });

  it('recognises coordinate columns by common German and English names, case-insensitive and trimmed', async () => {
    for (const [lat, lon] of [
      ['lat', 'lng'],
      [' LAT ', ' Lon '],
      ['Latitude', 'Longitude'],
      ['Breite', 'Länge'],
      ['breite', 'laenge'],
      ['Breitengrad', 'Längengrad'],
      ['BREITENGRAD', 'LAENGENGRAD'],
      ['Y', 'X'],
    ]) {
      const result = await csv(`id;${lat};${lon}\n1;47,6633;9,1758\n`);
      expect(positions(result), `${lat}/${lon}`).to.deep.equal([[9.1758, 47.6633]]);
    }
    // "Länge" written with a combining diaeresis (as macOS may save it)
    const decomposed = await csv('Breite;La\u0308nge\n47,6633;9,1758\n');
    expect(positions(decomposed)).to.deep.equal([[9.1758, 47.6633]]);
  });

  it('reads Rechtswert/Hochwert in EPSG:25832 and reprojects them', async () => {
    const text = await (await fetch('/test/fixtures/data/standorte-utm32.csv')).text();
    const result = await csv(text, { crs: 'EPSG:25832' });
    expect(result.sourceCrs).to.equal('EPSG:25832');
    const [lon, lat] = positions(result)[0];
    expect(lon).to.be.closeTo(9.17580013747064, 1e-7);
    expect(lat).to.be.closeTo(47.6633001023448, 1e-7);
    expect(result.collection.features[0].properties).to.deep.equal({ Bezeichnung: 'Münster' });
  });

  it('reads Northing/Easting columns', async () => {
    const result = await csv('Easting;Northing\n513199;5278893,5\n', { crs: '25832' });
    expect(positions(result)[0][0]).to.be.closeTo(9.1758, 1e-5);
  });

  it('uses the columns named by lat-field and lon-field', async () => {
    const result = await csv('Nord,Ost,lat,lon\n47.6633,9.1758,0,0\n', { latField: 'nord', lonField: ' OST ' });
    expect(positions(result)).to.deep.equal([[9.1758, 47.6633]]);
    expect(result.collection.features[0].properties).to.deep.equal({ lat: '0', lon: '0' });
    const projected = await csv('R;H\n513199;5278893,5\n', { crs: 'EPSG:25832', lonField: 'R', latField: 'H' });
    expect(positions(projected)[0][1]).to.be.closeTo(47.6633, 1e-5);
    const oneNamed = await csv('Nord;lon\n47,6633;9,1758\n', { latField: 'Nord' });
    expect(positions(oneNamed)).to.deep.equal([[9.1758, 47.6633]]);
  });

  it('prefers projected column names when the CRS is projected', async () => {
    const text = 'lat;lon;Rechtswert;Hochwert\n47,6633;9,1758;513199;5278893,5\n';
    expect(positions(await csv(text))).to.deep.equal([[9.1758, 47.6633]]);
    const projected = positions(await csv(text, { crs: 'EPSG:25832' }))[0];
    expect(projected[0]).to.be.closeTo(9.17580013747064, 1e-7);
  });

  it('lists the columns found and names the attributes when there are no coordinate columns', async () => {
    const error = await dataError(csv('Name;Straße;PLZ\nMünster;Münsterplatz;78462\n'));
    expect(error.code).to.equal('data-csv-columns');
    expect(error.text('de')).to.contain('„Name“, „Straße“, „PLZ“').and.contain('lat-field').and.contain('lon-field');
    expect(error.text('en')).to.contain('“Name”, “Straße”, “PLZ”').and.contain('lat-field');
    const onlyLat = await dataError(csv('Name;Breite\nA;47,6\n'));
    expect(onlyLat.text('de')).to.contain('Länge').and.contain('lon-field').and.not.contain('lat-field');
  });

  it('says which named column does not exist', async () => {
    const error = await dataError(csv('lat;lon\n47,6;9,1\n', { latField: 'Nord' }));
    expect(error.code).to.equal('data-csv-columns');
    expect(error.text('de')).to.contain('„Nord“').and.contain('lat-field').and.contain('„lat“, „lon“');
  });

  it('keeps the column list in messages short', async () => {
    const header = Array.from({ length: 40 }, (_, i) => `Eine sehr lange Spaltenüberschrift ${i}`).join(';');
    const error = await dataError(csv(`${header}\n${'x;'.repeat(39)}x\n`));
    expect(error.text('de').length).to.be.below(260);
    expect(error.text('de')).to.contain('(40)');
  });

  it('skips and counts rows whose coordinates are missing or not numbers', async () => {
    const result = await csv('name,lat,lon\nA,47.66,9.17\nB,,9.17\nC,47.66\nD,abc,9.17\nE,47.66,9.17.5\nF,47.67,9.18\n');
    expect(result.collection.features.map((f) => f.properties!.name)).to.deep.equal(['A', 'F']);
    expect(result.skipped).to.equal(4);
  });

  it('fails with a clear message when no row has coordinates', async () => {
    const error = await dataError(csv('name;lat;lon\nA;;\nB;x;y\n'));
    expect(error.code).to.equal('data-empty');
    expect(error.text('de')).to.contain('2 Zeilen').and.contain('„lat“');
  });

  it('loads a CSV with a header and no rows as empty', async () => {
    const result = await csv('name;lat;lon\n');
    expect(result.collection.features).to.have.length(0);
    expect(result.skipped).to.equal(0);
  });

  it('says so when a .csv URL returns an HTML page', async () => {
    const error = await dataError(loadData('<!doctype html><title>Anmeldung</title>', { url: '/daten.csv' }));
    expect(error.code).to.equal('data-invalid');
    expect(error.text('de')).to.contain('HTML');
    // Not "keine CSV-Datei": an editor who meant GeoJSON reads that as the wrong format chosen (tester).
    expect(error.text('de')).to.contain('keine Datendatei (GeoJSON, CSV …), sondern eine HTML- oder XML-Seite');
  });

  it('takes the separator from the header row, so a row written with another one is skipped, not the file', async () => {
    const semicolon = await csv('Name;Breite;Länge\nA;47,6633;9,1758\nB,47.6588,9.1773\nC;47,6606;9,1786\n');
    expect(positions(semicolon)).to.deep.equal([[9.1758, 47.6633], [9.1786, 47.6606]]);
    expect(semicolon.skipped).to.equal(1);
    const quoted = await csv('"Ort; Name",lat,lon\n"A; B",47.6633,9.1758\n');
    expect(quoted.collection.features[0].properties).to.deep.equal({ 'Ort; Name': 'A; B' });
  });

  it('says a JSON file is not CSV and names format="geojson"', async () => {
    const error = await dataError(loadData('{"type":"FeatureCollection","features":[]}', { contentType: 'text/csv' }));
    expect(error.code).to.equal('data-invalid');
    expect(error.text('de')).to.contain('JSON').and.contain('format="geojson"');
  });

  it('keeps a __proto__ column as a plain property', async () => {
    const result = await csv('lat,lon,__proto__\n47.66,9.17,polluted\n');
    const properties = result.collection.features[0].properties!;
    expect(Object.hasOwn(properties, '__proto__')).to.equal(true);
    expect(Object.getPrototypeOf(properties)).to.equal(Object.prototype);
    expect((result.collection.features[0].geometry as Point).coordinates).to.deep.equal([9.17, 47.66]);
  });

  it('parses large files in chunks without losing rows at chunk borders', async () => {
    const rows = Array.from({ length: 30_000 }, (_, i) => `P${i};"Straße ${i}; Konstanz";47,${6000 + (i % 1000)};9,${1700 + (i % 100)}`);
    const result = await csv(`name;adresse;breite;länge\n${rows.join('\n')}\n`);
    expect(result.collection.features).to.have.length(30_000);
    expect(result.skipped).to.equal(0);
    expect(result.collection.features[29_999].properties).to.deep.equal({ name: 'P29999', adresse: 'Straße 29999; Konstanz' });
  });
});

describe('CSV details (pure)', () => {
  it('reads decimal points, decimal commas and unambiguous thousands separators', () => {
    expect(parseNumber(' 9.1758 ')).to.equal(9.1758);
    expect(parseNumber('9,1758')).to.equal(9.1758);
    expect(parseNumber('-0,5')).to.equal(-0.5);
    expect(parseNumber('5.278.893,5')).to.equal(5278893.5);
    expect(parseNumber('5,278,893.5')).to.equal(5278893.5);
    expect(parseNumber('5 278 893,5')).to.equal(5278893.5);
    expect(parseNumber('1e3')).to.equal(1000);
    for (const bad of ['', ' ', 'abc', '9.17.5', '9,17,5', 'NaN', 'Infinity', '0x10', undefined]) {
      expect(parseNumber(bad), String(bad)).to.be.NaN;
    }
  });
});
