import { expect } from '@open-wc/testing';
import { unzipSync, zipSync } from 'fflate';
import type { LineString, Point, Polygon } from 'geojson';
import { DataError } from '../../src/data/data-error.js';
import type { LoadNotice } from '../../src/data/formats/format-read.js';
import { readGpx } from '../../src/data/formats/gpx.js';
import { readKml, readKmz } from '../../src/data/formats/kml.js';
import { readShapefileZip } from '../../src/data/formats/shapefile.js';
import { loadData, type LoadResult } from '../../src/data/load-data.js';
import { geoServerOrigin } from '../helpers/geo-server.js';
import { dataError, metres } from './data-helpers.js';
import { claiming } from '../helpers/zip-claim.js';

/**
 * The readers of zipped shapefiles, KML/KMZ and GPX (issue 14), on files GDAL made from the bundled Konstanz data
 * (test/server/format-fixtures.js): the 16 WLAN hotspots, the first of them „Marktstätte“ at 9.175563, 47.660373,
 * and the 15 Stadtteile.
 */

const MARKTSTAETTE = [9.175563, 47.660373];

/** A fixture's bytes, from the test server (zips) or, byte for byte, from the geo server (text in other encodings). */
async function fixture(name: string, from: 'test' | 'geo' = 'test'): Promise<Uint8Array> {
  const base = from === 'geo' ? `${await geoServerOrigin()}/static/formats` : '/test/fixtures/formats';
  const response = await fetch(`${base}/${name}`);
  if (!response.ok) throw new Error(`${name}: ${response.status} (made by test/server/format-fixtures.js)`);
  return new Uint8Array(await response.arrayBuffer());
}

const load = async (name: string, options: Parameters<typeof loadData>[1] = {}) => loadData(await fixture(name), { url: `/daten/${name}`, ...options });

/** A zip fixture with some files replaced (`null` removes one). */
async function repacked(name: string, changes: Record<string, Uint8Array | string | null>): Promise<Uint8Array> {
  const files = unzipSync(await fixture(name));
  for (const [file, content] of Object.entries(changes)) {
    if (content === null) delete files[file];
    else files[file] = typeof content === 'string' ? new TextEncoder().encode(content) : content.slice();
  }
  return zipSync(files);
}


/** Bytes that do not pack (an LCG's, the same every run). */
function noise(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  for (let i = 0, x = 1; i < length; i++) bytes[i] = (x = (Math.imul(x, 1103515245) + 12345) >>> 0) >>> 24;
  return bytes;
}

const MB = 2 ** 20;
const text = (notice: LoadNotice, lang: 'de' | 'en' = 'de') => new DataError('data-invalid', notice.key, notice.params).text(lang);
const first = (result: LoadResult) => result.collection.features[0];
const firstPosition = (result: LoadResult) => (first(result).geometry as Point).coordinates;

describe('zipped shapefiles (issue 14)', () => {
  it('reads a shapefile in EPSG:25832 by its .prj and puts it where it belongs', async () => {
    const result = await load('wlan-25832.zip');
    expect(result.format).to.equal('shapefile');
    expect(result.sourceCrs).to.equal('EPSG:25832');
    expect(result.collection.features).to.have.length(16);
    expect(result.notices).to.deep.equal([]);
    expect(metres(firstPosition(result), MARKTSTAETTE)).to.be.below(0.5);
    expect(first(result).properties).to.include({ name: 'Marktstätte', status: 'aktiv', operator: 'Stadtwerke Konstanz GmbH' });
  });

  it('converts a CRS the library does not list (WGS 84 / UTM 32N) with the .prj’s own definition', async () => {
    const result = await load('wlan-32632.zip');
    expect(result.sourceCrs).to.equal('EPSG:4326');
    expect(metres(firstPosition(result), MARKTSTAETTE)).to.be.below(0.5);
  });

  it('reads a Windows-1252 .dbf by its .cpg, GDAL’s "CP1252" or ArcGIS’s "1252"', async () => {
    const gdal = await load('wlan-1252.zip');
    expect(first(gdal).properties!.name).to.equal('Marktstätte');
    expect(gdal.notices).to.deep.equal([]);
    const arcgis = await loadData(await repacked('wlan-1252.zip', { 'wlan.cpg': '1252' }));
    expect(first(arcgis).properties!.name).to.equal('Marktstätte');
    expect(arcgis.notices).to.deep.equal([]);
  });

  it('reads a Windows-1252 .dbf without .cpg with correct umlauts, and says how it read it', async () => {
    const result = await load('wlan-1252-ohne-cpg.zip');
    expect(first(result).properties!.name).to.equal('Marktstätte');
    expect(result.notices.map((n) => [n.code, n.key])).to.deep.equal([['data-encoding', 'shapefile.encoding-fallback']]);
    expect(text(result.notices[0])).to.contain('„wlan.dbf“').and.contain('Windows-1252').and.contain('encoding').and.contain('.cpg');
    expect(text(result.notices[0], 'en')).to.contain('no .cpg file names their encoding');
  });

  it('reads a Windows-1252 .dbf whose .cpg says UTF-8 as Windows-1252, and says the .cpg is wrong', async () => {
    const result = await loadData(await repacked('wlan-1252.zip', { 'wlan.cpg': 'UTF-8' }));
    expect(first(result).properties!.name).to.equal('Marktstätte');
    expect(result.notices.map((n) => [n.code, n.key])).to.deep.equal([['data-encoding', 'shapefile.cpg-not-utf8']]);
    expect(text(result.notices[0])).to.contain('„wlan.cpg“ nennt UTF-8, doch die Attribute in „wlan.dbf“');
  });

  it('reads the .dbf in the encoding the encoding attribute forces, over the .cpg', async () => {
    const latin1 = await load('wlan-1252-ohne-cpg.zip', { encoding: 'iso-8859-1' });
    expect(first(latin1).properties!.name).to.equal('Marktstätte');
    expect(latin1.notices).to.deep.equal([]);
    const forced = await load('wlan-25832.zip', { encoding: 'windows-1252' }); // a UTF-8 .dbf read as what it is not
    expect(first(forced).properties!.name).to.equal('MarktstÃ¤tte');
    const error = await dataError(load('wlan-25832.zip', { encoding: 'klingonisch' }));
    expect(error.text('de')).to.contain('unbekannten Wert „klingonisch“');
  });

  it('refuses projected positions without .prj rather than drawing them in the ocean, and shows them with crs', async () => {
    const error = await dataError(load('wlan-ohne-prj.zip'));
    expect(error.code).to.equal('data-coordinates');
    expect(error.text('de')).to.contain('EPSG:25832').and.contain('crs=');
    const result = await load('wlan-ohne-prj.zip', { crs: 'EPSG:25832' });
    expect(metres(firstPosition(result), MARKTSTAETTE)).to.be.below(0.5);
  });

  it('shows the first of several shapefiles and names the others and source-layer', async () => {
    const result = await load('konstanz-zwei.zip');
    expect(result.collection.features).to.have.length(16);
    expect(result.notices.map((n) => n.code)).to.deep.equal(['data-notice']);
    expect(text(result.notices[0])).to.equal(
      'Die ZIP-Datei enthält mehrere Shapefiles; gezeigt wird „wlan“. Ein anderes wählt das Attribut source-layer: „Stadtteile“.',
    );
    expect(text(result.notices[0], 'en')).to.contain('The attribute source-layer chooses another: “Stadtteile”.');
  });

  it('chooses a shapefile by source-layer, in any case, and lists the ones there are for an unknown name', async () => {
    const result = await load('konstanz-zwei.zip', { sourceLayer: 'stadtteile' });
    expect(result.collection.features).to.have.length(15);
    expect(first(result).geometry.type).to.equal('Polygon');
    expect(first(result).properties).to.deep.equal({ stt_nr: '010', name: 'Altstadt' });
    expect(result.notices).to.deep.equal([]);
    const error = await dataError(load('konstanz-zwei.zip', { sourceLayer: 'Straßen' }));
    expect(error.code).to.equal('data-invalid');
    expect(error.text('de')).to.equal('Die ZIP-Datei enthält kein Shapefile „Straßen“ (Attribut source-layer). Enthalten sind: „wlan“, „Stadtteile“.');
  });

  it('refuses a zip without .dbf, naming the file that is missing', async () => {
    const error = await dataError(load('wlan-ohne-dbf.zip'));
    expect(error.code).to.equal('data-invalid');
    expect(error.text('de')).to.contain('fehlt in der ZIP-Datei die Attributdatei „wlan.dbf“').and.contain('zusammen');
    expect(error.text('en')).to.contain('lacks the attribute file “wlan.dbf”');
  });

  it('refuses a .shp that is not a shapefile, naming it', async () => {
    const error = await dataError(load('wlan-kaputt.zip'));
    expect(error.code).to.equal('data-invalid');
    expect(error.text('de')).to.equal('„wlan.shp“ in der ZIP-Datei ist kein lesbares Shapefile (beschädigt oder unvollständig). Bitte das Shapefile neu exportieren.');
  });

  it('shows what a cut-off .shp holds, and says it is incomplete', async () => {
    const shp = unzipSync(await fixture('wlan-25832.zip'))['wlan.shp'];
    const result = await loadData(await repacked('wlan-25832.zip', { 'wlan.shp': shp.subarray(0, 100 + 28 * 10 + 5) }));
    expect(result.collection.features).to.have.length(10);
    expect(result.notices.map((n) => n.key)).to.deep.equal(['shapefile.cut-off']);
    expect(text(result.notices[0])).to.contain('„wlan.shp“ enthält nur 10 Geometrien, „wlan.dbf“ aber 16 Zeilen');
  });

  it('recognises the supported CRS in a .prj by EPSG code or by Esri or OGC name, whatever the WKT flavour', async () => {
    const prjs: Record<string, string | undefined> = {
      'PROJCS["ETRS89 / UTM zone 32N",GEOGCS["ETRS89",AUTHORITY["EPSG","4258"]],UNIT["metre",1],AUTHORITY["EPSG","25832"]]': 'EPSG:25832',
      'PROJCRS["ETRS89 / UTM zone 33N",BASEGEOGCRS["ETRS89"],ID["EPSG",25833]]': 'EPSG:25833',
      'PROJCS["DHDN_3_Degree_Gauss_Zone_3",GEOGCS["GCS_Deutsches_Hauptdreiecksnetz"]]': 'EPSG:31467',
      'PROJCS["WGS_1984_Web_Mercator_Auxiliary_Sphere",GEOGCS["GCS_WGS_1984"]]': 'EPSG:3857',
      'PROJCS["ETRS89 / UTM zone 32N (zE-N)",GEOGCS["ETRS89"]]': 'EPSG:4647',
      'GEOGCS["GCS_ETRS_1989",DATUM["D_ETRS_1989",SPHEROID["GRS_1980",6378137.0,298.257222101]]]': undefined,
    };
    for (const [prj, crs] of Object.entries(prjs)) {
      const read = await readShapefileZip(await repacked('wlan-25832.zip', { 'wlan.prj': prj }));
      expect(read.crs, prj).to.equal(crs);
    }
  });

  it('takes positions as they are when proj4 cannot read the .prj, and says so', async () => {
    const zip = await repacked('konstanz-zwei.zip', { 'daten/wlan.prj': 'Das ist kein WKT' });
    const result = await readShapefileZip(zip);
    expect(result.crs).to.equal(undefined);
    expect(result.notices!.map((n) => n.key)).to.deep.equal(['shapefile.several', 'shapefile.prj-unreadable']);
    expect((result.features[0] as { geometry: Point }).geometry.coordinates).to.deep.equal(MARKTSTAETTE);
  });

  it('refuses a .dbf whose header does not fit the file, naming it', async () => {
    const dbf = unzipSync(await fixture('wlan-25832.zip'))['wlan.dbf'];
    const error = await dataError(loadData(await repacked('wlan-25832.zip', { 'wlan.dbf': dbf.subarray(0, dbf.length - 200) })));
    expect(error.text('de')).to.equal(
      '„wlan.dbf“ in der ZIP-Datei ist keine lesbare dBASE-Attributdatei (beschädigt oder unvollständig). Bitte das Shapefile neu exportieren.',
    );
  });

  it('leaves out records marked deleted in the .dbf', async () => {
    const files = unzipSync(await fixture('wlan-25832.zip'));
    const dbf = files['wlan.dbf'].slice();
    const headerLength = dbf[8] | (dbf[9] << 8);
    dbf[headerLength] = 0x2a; // the first record's deletion flag
    const result = await loadData(await repacked('wlan-25832.zip', { 'wlan.dbf': dbf }));
    expect(result.collection.features).to.have.length(15);
    expect(first(result).properties!.name).to.not.equal('Marktstätte');
  });

  it('refuses a zip that cannot be unzipped, or forced to be a shapefile without one', async () => {
    const cut = await dataError(load('wlan-abgeschnitten.zip'));
    expect(cut.text('de')).to.equal('Die ZIP-Datei ist beschädigt oder unvollständig. Bitte die Datei neu herunterladen oder neu packen.');
    expect(cut.text('en')).to.equal('The zip file is damaged or incomplete. Please download it again or zip it again.');
    const kmz = await fixture('stadtteile.kmz');
    const error = await dataError(loadData(kmz, { format: 'shapefile' }));
    expect(error.key).to.equal('zip.nothing-to-read');
    expect(error.text('de')).to.contain('sondern: „doc.kml“, „files/icon.png“.');
  });

  it('reads a UTF-8 .dbf whose values GDAL cut in the middle of a character as UTF-8, without the cut character', async () => {
    const result = await load('wlan-gekuerzt.zip'); // GDAL's .cpg says UTF-8
    expect(result.collection.features.map((f) => f.properties!.name).slice(0, 3)).to.deep.equal(['Marktst', 'Stadtgar', 'Marktst']);
    expect(result.collection.features.map((f) => f.properties!.name)).to.include.members(['Fähre V', 'Zähring', 'Bürgerb', 'Hörnle']);
    expect(result.notices).to.deep.equal([]);
    const withoutCpg = await loadData(await repacked('wlan-gekuerzt.zip', { 'wlan.cpg': null }));
    expect(first(withoutCpg).properties!.name).to.equal('Marktst');
    expect(withoutCpg.notices).to.deep.equal([]);
  });

  it('reads a UTF-8 .dbf with a stray byte that is not UTF-8 as UTF-8, and says how many there are', async () => {
    const dbf = unzipSync(await fixture('wlan-25832.zip'))['wlan.dbf'].slice();
    const [headerLength, recordLength] = [dbf[8] | (dbf[9] << 8), dbf[10] | (dbf[11] << 8)];
    const name = fieldOffset(dbf, 'name');
    dbf.set([0x53, 0x74, 0x72, 0x61, 0xdf, 0x65, 0x20], headerLength + recordLength + name); // "Stra" ß (Windows-1252) "e"
    const result = await loadData(await repacked('wlan-25832.zip', { 'wlan.dbf': dbf }));
    expect(first(result).properties!.name).to.equal('Marktstätte');
    expect(result.collection.features[1].properties!.name).to.match(/^Stra\uFFFDe/);
    expect(result.notices.map((n) => [n.code, n.key])).to.deep.equal([['data-encoding', 'shapefile.utf8-invalid']]);
    expect(text(result.notices[0])).to.equal(
      'Die Attribute in „wlan.dbf“ sind in UTF-8 gespeichert, enthalten aber Bytes, die kein UTF-8 sind (Anzahl: 1); sie erscheinen als „�“. Bitte das Shapefile in UTF-8 neu exportieren.',
    );
  });

  it('leaves out a .prj too large to be one, with a notice', async () => {
    const prj = `GEOGCS["WGS 84"]${' '.repeat(70 * 1024)}`;
    const result = await readShapefileZip(await repacked('konstanz-zwei.zip', { 'daten/wlan.prj': prj }));
    expect(result.notices!.map((n) => n.key)).to.deep.equal(['shapefile.several', 'shapefile.prj-unreadable']);
    expect((result.features[0] as { geometry: Point }).geometry.coordinates).to.deep.equal(MARKTSTAETTE);
  });
});

/** Where a field of a .dbf starts in its records (after the deletion flag). */
function fieldOffset(dbf: Uint8Array, field: string): number {
  let offset = 1;
  for (let at = 32; dbf[at] !== 0x0d; at += 32) {
    if (new TextDecoder().decode(dbf.subarray(at, at + 11)).replace(/\0+$/, '') === field) return offset;
    offset += dbf[at + 16];
  }
  throw new Error(`no field ${field}`);
}

describe('zips: too large, no zip at all, nothing to read (issue 14)', () => {
  it('refuses an entry that claims more than 256 MB unpacked before unpacking anything, and says what to do', async () => {
    const error = await dataError(load('zu-gross.zip'));
    expect(error.code).to.equal('data-invalid');
    expect(error.text('de')).to.equal(
      'Die ZIP-Datei ist entpackt zu groß für die Karte („wlan.shp“: 300 MB; höchstens 256 MB). Bitte die Daten aufteilen oder als FlatGeobuf oder Vektorkacheln anbieten.',
    );
    expect(error.text('en')).to.contain('(“wlan.shp”: 300 MB; at most 256 MB)').and.contain('FlatGeobuf or vector tiles');
  });

  it('refuses the files of a layer that together would unpack to more than 256 MB', async () => {
    // Packed, each is 256 KB of noise (no zip bomb); the zip claims 150 MB for each.
    const packed = zipSync({ 'wlan.shp': noise(256 * 1024), 'wlan.dbf': noise(256 * 1024) });
    const zip = claiming(claiming(packed, 'wlan.shp', 150 * MB), 'wlan.dbf', 150 * MB);
    const error = await dataError(readShapefileZip(zip));
    expect(error.text('de')).to.contain('(„wlan.shp“, „wlan.dbf“: 300 MB; höchstens 256 MB)');
  });

  it('refuses a zip bomb: an entry that unpacks to over 1000 times its packed size', async () => {
    const error = await dataError(load('bombe.zip')); // 16 MB of zeros packed to 16 KB
    expect(error.text('de')).to.equal(
      '„wlan.shp“ in der ZIP-Datei wäre entpackt 16 MB groß, über tausendmal so groß wie gepackt (16 KB); so packen sich keine Geodaten. Bitte die ZIP-Datei neu herunterladen oder neu packen.',
    );
    const kmz = await dataError(readKmz(zipSync({ 'doc.kml': new Uint8Array(4 * MB) })));
    expect(kmz.key).to.equal('zip.bomb');
  });

  it('stops unpacking an entry that gives more than its zip claims', async () => {
    // 8 MB of zeros whose zip claims 64 KB: stopped at 64 KB (plus a piece), not unpacked whole.
    const zip = claiming(zipSync({ 'daten/doc.kml': new Uint8Array(8 * MB) }), 'daten/doc.kml', 64 * 1024);
    const error = await dataError(readKmz(zip));
    expect(error.text('de')).to.equal('„daten/doc.kml“ in der ZIP-Datei ist beschädigt. Bitte die ZIP-Datei neu herunterladen oder neu packen.');
  });

  it('unpacks only the layer asked for: a bomb or a large file beside it does not matter', async () => {
    const files = unzipSync(await fixture('wlan-25832.zip'));
    const zip = claiming(zipSync({ ...files, 'bombe/wlan.shp': new Uint8Array(16 * MB), 'bombe/wlan.dbf': files['wlan.dbf'], 'luftbild.tif': noise(1024) }), 'luftbild.tif', 900 * MB);
    const result = await loadData(zip, { sourceLayer: 'wlan' });
    expect(result.collection.features).to.have.length(16);
    const bomb = await dataError(loadData(zip, { sourceLayer: 'bombe/wlan' }));
    expect(bomb.key).to.equal('zip.bomb');
  });

  it('refuses a login page under a .zip or .kmz address, quoting how it starts, with the fix', async () => {
    const zip = await dataError(load('anmeldung.zip'));
    expect(zip.text('de')).to.equal(
      'Die Datei ist keine ZIP-Datei, sondern Text (oft eine Fehler- oder Anmeldeseite); sie beginnt mit „<!DOCTYPE html> <html lang="d…“. Bitte die Adresse im Browser öffnen; bei Portalen den direkten Download-Link nehmen.',
    );
    const kmz = await dataError(load('anmeldung.kmz'));
    expect(kmz.text('en')).to.match(/^The file is not a KMZ file but text \(often an error or login page\); it starts with “<!DOCTYPE html>.*Please open the address in a browser; on a portal, use the direct download link\.$/);
    const binary = await dataError(loadData(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), { contentType: 'application/zip' }));
    expect(binary.text('de')).to.equal(
      'Die Datei ist keine ZIP-Datei: Sie beginnt nicht mit der Kennung „PK“ jeder ZIP-Datei. Bitte die Adresse im Browser öffnen; bei Portalen den direkten Download-Link nehmen.',
    );
    const forced = await dataError(loadData('<html><body>Anmeldung</body></html>', { format: 'shapefile' }));
    expect(forced.key).to.equal('zip.not-zip.text');
  });

  it('names what a zip without shapefile or KML holds, without folders and macOS’s copies, and what to do', async () => {
    const error = await dataError(load('nur-geojson.zip'));
    expect(error.text('de')).to.equal(
      'Die ZIP-Datei enthält weder ein Shapefile (.shp mit .dbf und .prj) noch eine KML-Datei (.kml), sondern: „daten/wlan.geojson“, „daten/liesmich.txt“. Andere Formate (GeoJSON, CSV, GPX, FlatGeobuf) bitte entpackt angeben.',
    );
    const many = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`bild-${i + 1}.png`, new Uint8Array(1)]));
    const kmz = await dataError(readKmz(zipSync({ 'daten/': new Uint8Array(0), ...many })));
    expect(kmz.text('en')).to.contain('but: “bild-1.png”, “bild-2.png”').and.contain('“bild-8.png”, … (4 more). Please give');
    const empty = await dataError(loadData(zipSync({}), { url: '/daten/leer.zip' }));
    expect(empty.text('de')).to.contain('sondern: keine Dateien.');
  });

  it('reads entries named in UTF-8 without the zip saying so, and in code page 437 (Windows)', async () => {
    const files = unzipSync(await fixture('wlan-25832.zip'));
    const renamedTo = (name: string) => zipSync(Object.fromEntries(Object.entries(files).map(([file, bytes]) => [file.replace('wlan', name), bytes])));
    const utf8 = clearUtf8Flags(renamedTo('Straße'));
    expect((await dataError(readShapefileZip(utf8, { sourceLayer: 'x' }))).text('de')).to.contain('Enthalten sind: „Straße“.');
    // "Stra_e" with "_" made 0xE1, code page 437's "ß".
    const cp437 = renamedTo('Stra_e');
    for (let at = 0; at + 6 <= cp437.length; at++) {
      if (new TextDecoder().decode(cp437.subarray(at, at + 6)) === 'Stra_e') cp437[at + 4] = 0xe1;
    }
    const result = await readShapefileZip(cp437, { sourceLayer: 'Straße' });
    expect(result.features).to.have.length(16);
  });
});

/** The zip with the UTF-8 flag of every name cleared (what many tools write). */
function clearUtf8Flags(zip: Uint8Array): Uint8Array {
  const bytes = zip.slice();
  const view = new DataView(bytes.buffer);
  for (let at = 0; at + 4 <= bytes.length; at++) {
    const signature = view.getUint32(at, true);
    if (signature === 0x04034b50) view.setUint16(at + 6, view.getUint16(at + 6, true) & ~0x800, true);
    if (signature === 0x02014b50) view.setUint16(at + 8, view.getUint16(at + 8, true) & ~0x800, true);
  }
  return bytes;
}

const kml = (placemarks: string) => `<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>Test</name>${placemarks}</Document></kml>`;

describe('KML and KMZ (issue 14)', () => {
  it('reads GDAL’s KML: names, ExtendedData, no styling properties', async () => {
    const result = await load('wlan.kml');
    expect(result.format).to.equal('kml');
    expect(result.collection.features).to.have.length(16);
    expect(first(result).properties).to.deep.equal({
      name: 'Marktstätte',
      id: 'fc-kn-ap007',
      operator: 'Stadtwerke Konstanz GmbH',
      network: 'Konstanz-WLAN',
      status: 'aktiv',
      lage: 'genau',
      quelle: 'Stadtwerke Konstanz GmbH, Standorte Konstanz WLAN',
    });
    expect(firstPosition(result)).to.deep.equal(MARKTSTAETTE);
  });

  it('reads a KMZ’s doc.kml', async () => {
    const result = await load('stadtteile.kmz');
    expect(result.format).to.equal('kmz');
    expect(result.collection.features).to.have.length(15);
    expect(first(result).properties!.name).to.equal('Altstadt');
    expect((first(result).geometry as Polygon).coordinates[0].length).to.be.above(50);
  });

  it('reads a KML saved in Windows-1252 under a UTF-8 declaration with a notice, and ISO-8859-1 declared without', async () => {
    const fallback = await loadData(await fixture('wlan-1252.kml', 'geo'), { url: '/wlan-1252.kml' });
    expect(first(fallback).properties!.name).to.equal('Marktstätte');
    expect(fallback.notices.map((n) => n.code)).to.deep.equal(['data-encoding']);
    const declared = await loadData(await fixture('wlan-latin1.kml', 'geo'), { url: '/wlan-latin1.kml' });
    expect(first(declared).properties!.name).to.equal('Marktstätte');
    expect(declared.notices).to.deep.equal([]);
  });

  it('reads a KMZ whose KML is in Windows-1252 with a notice', async () => {
    const doc = await fixture('wlan-1252.kml', 'geo');
    const result = await readKmz(zipSync({ 'files/doc.kml': doc, 'files/icon.png': new Uint8Array(8) }));
    expect((result.features[0] as { properties: { name: string } }).properties.name).to.equal('Marktstätte');
    expect(result.notices!.map((n) => n.code)).to.deep.equal(['data-encoding']);
  });

  it('turns an HTML description into its text; markup in it runs nothing', async () => {
    const description = '<![CDATA[<b>Öffnungszeiten</b><br>Mo–Fr 8–18 Uhr<p>Mehr: <a href="https://www.konstanz.de/wlan">Website</a></p><img src="/__test/status/404?kml" onerror="window.pwned=1"><script>window.pwned=1</script>]]>';
    const result = await readKml(
      kml(`<Placemark><name>Rathaus</name><description>${description}</description><styleUrl>#icon-1</styleUrl>
        <ExtendedData><Data name="Träger"><value>Stadt Konstanz</value></Data></ExtendedData>
        <Point><coordinates>9.1766,47.6627,0</coordinates></Point></Placemark>`),
    );
    expect((result.features[0] as { properties: unknown }).properties).to.deep.equal({
      name: 'Rathaus',
      description: 'Öffnungszeiten\nMo–Fr 8–18 Uhr\nMehr: Website (https://www.konstanz.de/wlan)',
      Träger: 'Stadt Konstanz',
    });
    expect((window as { pwned?: unknown }).pwned).to.equal(undefined);
  });

  it('keeps the placemarks of every folder, with lines and polygons', async () => {
    const result = await loadData(
      kml(`<Folder><name>Wege</name><Placemark><name>Seeweg</name><LineString><coordinates>9.17,47.66 9.18,47.665</coordinates></LineString></Placemark></Folder>
        <Folder><name>Flächen</name><Folder><Placemark><name>Stadtgarten</name><Polygon><outerBoundaryIs><LinearRing>
        <coordinates>9.178,47.66 9.18,47.66 9.18,47.661 9.178,47.66</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark></Folder></Folder>`),
    );
    expect(result.format).to.equal('kml');
    expect(result.collection.features.map((f) => [f.properties!.name, f.geometry.type])).to.deep.equal([
      ['Seeweg', 'LineString'],
      ['Stadtgarten', 'Polygon'],
    ]);
  });

  it('refuses KML that is not well-formed, naming the line', async () => {
    const error = await dataError(loadData(kml('<Placemark>\n<name>Rathaus</Name>\n</Placemark>')));
    expect(error.code).to.equal('data-invalid');
    expect(error.text('de')).to.match(/^Die KML-Datei ist kein gültiges XML: Fehler in Zeile 3 \(„[^{}]*\bName\b[^{}]*“\)\. Oft fehlt dort ein schließendes Tag/);
    expect(error.text('en')).to.contain('error in line 3');
  });

  it('refuses an HTML page, text that is no XML, and XML of another kind under a KML name', async () => {
    const page = await dataError(loadData('<!DOCTYPE html><html><body><h1>Anmeldung</h1>', { url: '/daten/wlan.kml' }));
    expect(page.text('de')).to.equal(
      'Die Datei ist keine KML-Datei, sondern eine HTML-Seite (vielleicht eine Fehler- oder Anmeldeseite). Bitte die Adresse der KML-Datei selbst angeben.',
    );
    const json = await dataError(loadData('{"type":"FeatureCollection","features":[]}', { url: '/daten/wlan.kml' }));
    expect(json.text('de')).to.contain('beginnt mit „{"type":"FeatureCollection"').and.contain('format="geojson"');
    const gpx = await dataError(loadData('<gpx version="1.1"></gpx>', { format: 'kml' }));
    expect(gpx.text('en')).to.equal('The file is not a KML file: its top element is <gpx>, not <kml>. Please give the address of a KML file.');
  });

  it('refuses a KML that only links to another file, naming the link', async () => {
    const error = await dataError(
      loadData(kml('<NetworkLink><name>WLAN</name><Link><href>https://geo.example.org/wlan.kml</href></Link></NetworkLink>')),
    );
    expect(error.text('de')).to.contain('nur Verweise (NetworkLink) auf andere Dateien, z. B. „https://geo.example.org/wlan.kml“');
  });

  it('loads an empty KML as an empty layer', async () => {
    const result = await loadData(kml(''));
    expect(result.collection.features).to.deep.equal([]);
  });
});

const gpxFile = (body: string) => `<?xml version="1.0"?>
<gpx version="1.1" creator="Test" xmlns="http://www.topografix.com/GPX/1/1">${body}</gpx>`;

describe('GPX (issue 14)', () => {
  it('reads GDAL’s waypoints as points and a track as a line, with the extension fields by their own names', async () => {
    const result = await load('wlan-weg.gpx');
    expect(result.format).to.equal('gpx');
    expect(result.collection.features).to.have.length(17);
    const track = result.collection.features.find((f) => f.geometry.type !== 'Point')!;
    expect(track.geometry.type).to.equal('LineString');
    expect(track.properties).to.deep.equal({ name: 'Altstadt' });
    expect((track.geometry as LineString).coordinates.length).to.be.above(50);
    const markt = result.collection.features.find((f) => f.properties!.name === 'Marktstätte')!;
    expect((markt.geometry as Point).coordinates).to.deep.equal(MARKTSTAETTE);
    expect(markt.properties).to.include({ id: 'fc-kn-ap007', status: 'aktiv', operator: 'Stadtwerke Konstanz GmbH' });
  });

  it('reads routes as lines and a waypoint’s link as its address, leaving out per-point lists', async () => {
    const result = await readGpx(
      gpxFile(`<wpt lat="47.6597" lon="9.1757"><name>Marktstätte</name><desc>Treffpunkt</desc><link href="https://www.konstanz.de"><text>Stadt</text></link></wpt>
        <rte><name>Zum Hafen</name><rtept lat="47.6597" lon="9.1757"/><rtept lat="47.6601" lon="9.1785"/></rte>
        <trk><name>Lauf</name><trkseg><trkpt lat="47.66" lon="9.17"><time>2026-05-01T08:00:00Z</time></trkpt><trkpt lat="47.661" lon="9.171"><time>2026-05-01T08:01:00Z</time></trkpt></trkseg>
        <trkseg><trkpt lat="47.662" lon="9.172"/><trkpt lat="47.663" lon="9.173"/></trkseg></trk>`),
    );
    const byName = Object.fromEntries(result.features.map((f) => [(f as { properties: { name: string } }).properties.name, f as { geometry: { type: string }; properties: object }]));
    expect(byName['Marktstätte'].properties).to.deep.equal({ name: 'Marktstätte', desc: 'Treffpunkt', link: 'https://www.konstanz.de' });
    expect(byName['Zum Hafen'].geometry.type).to.equal('LineString');
    expect(byName['Lauf'].geometry.type).to.equal('MultiLineString');
    expect(byName['Lauf'].properties).to.deep.equal({ name: 'Lauf' });
  });

  it('refuses GPX that is not well-formed, naming the line', async () => {
    const error = await dataError(loadData(gpxFile('\n<wpt lat="47.66" lon="9.17"><name>A & B</name></wpt>')));
    expect(error.text('de')).to.match(/^Die GPX-Datei ist kein gültiges XML: Fehler in Zeile 3 /);
  });
});
