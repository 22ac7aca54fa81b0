import { expect } from '@open-wc/testing';
import { DataError } from '../../src/data/data-error.js';
import { loadData } from '../../src/data/load-data.js';
import { decodeText } from '../../src/data/text-encoding.js';
import { geoServerOrigin } from '../helpers/geo-server.js';
import { dataError } from './data-helpers.js';

/** Bytes of a text in Windows-1252 / ISO-8859-1 (for the characters used here, the same). */
const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const utf8 = (text: string) => new TextEncoder().encode(text);
function utf16(text: string, order: 'le' | 'be', bom = true): Uint8Array {
  const bytes = new Uint8Array((bom ? 2 : 0) + text.length * 2);
  if (bom) bytes.set(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const [high, low] = [text.charCodeAt(i) >> 8, text.charCodeAt(i) & 0xff];
    bytes.set(order === 'le' ? [low, high] : [high, low], (bom ? 2 : 0) + 2 * i);
  }
  return bytes;
}
/**
 * A fixture from the geo server (lighttpd sends files byte for byte; the test server re-encodes text it
 * serves as UTF-8, which would spoil the other encodings).
 */
const fixture = async (name: string) => {
  const response = await fetch(`${await geoServerOrigin()}/static/encodings/${name}`);
  return { bytes: new Uint8Array(await response.arrayBuffer()), contentType: response.headers.get('content-type') };
};

const CSV = 'Name;Breite;Länge\nMarktstätte;47,6597;9,1757\nFähre Vorplatz;47,6608;9,1796\n';

describe('decodeText (issue 14)', () => {
  it('reads UTF-8 without a notice, and drops a UTF-8 byte order mark', () => {
    expect(decodeText(utf8('Zähringerplatz'))).to.deep.equal({ text: 'Zähringerplatz', encoding: 'utf-8', fallback: false });
    expect(decodeText(utf8('\uFEFFZähringerplatz')).text).to.equal('Zähringerplatz');
  });

  it('reads text that is not UTF-8 as Windows-1252 and says so', () => {
    const decoded = decodeText(latin1('Herosépark; Zähringerplatz; 5 €'.replace('€', '\x80')));
    expect(decoded).to.deep.equal({ text: 'Herosépark; Zähringerplatz; 5 €', encoding: 'windows-1252', fallback: true });
  });

  it('honours byte order marks of UTF-16LE and UTF-16BE (Excel "Unicode text")', () => {
    expect(decodeText(utf16('Rosgartenstraße\tX', 'le'))).to.deep.equal({ text: 'Rosgartenstraße\tX', encoding: 'utf-16le', fallback: false });
    expect(decodeText(utf16('Rosgartenstraße', 'be')).text).to.equal('Rosgartenstraße');
  });

  it('recognises UTF-16 without a byte order mark', () => {
    expect(decodeText(utf16('Name;Breite;Länge\n', 'le', false)).encoding).to.equal('utf-16le');
    expect(decodeText(utf16('Name;Breite;Länge\n', 'be', false)).encoding).to.equal('utf-16be');
  });

  it('honours the charset of the Content-Type, and checks a claimed UTF-8', () => {
    expect(decodeText(latin1('Fähre'), { contentType: 'text/csv; charset=ISO-8859-1' })).to.deep.equal({ text: 'Fähre', encoding: 'windows-1252', fallback: false });
    // Servers say charset=utf-8 for any text file: a file that is not UTF-8 is still read right, with the notice.
    expect(decodeText(latin1('Fähre'), { contentType: 'text/csv; charset=utf-8' })).to.include({ text: 'Fähre', fallback: true });
    expect(decodeText(latin1('Fähre'), { contentType: 'text/csv; charset=gibt-es-nicht' })).to.include({ text: 'Fähre', fallback: true });
  });

  it('honours the encoding of an XML declaration (KML, GPX), also when the server claims UTF-8', () => {
    const xml = '<?xml version="1.0" encoding="ISO-8859-1"?><kml><name>Fähre</name></kml>';
    expect(decodeText(latin1(xml))).to.include({ text: xml, encoding: 'windows-1252', fallback: false });
    expect(decodeText(latin1(xml), { contentType: 'application/xml; charset=utf-8' })).to.include({ text: xml, fallback: false });
  });

  it('trusts a byte order mark over the encoding attribute', () => {
    expect(decodeText(utf8('\uFEFFName;Länge'), { encoding: 'windows-1252' })).to.deep.equal({ text: 'Name;Länge', encoding: 'utf-8', fallback: false });
    expect(() => decodeText(utf8('\uFEFFa'), { encoding: 'klingonisch' }), 'an unknown name is still said').to.throw(DataError);
  });

  it('lets the encoding attribute win over everything, and refuses an unknown one', () => {
    // A UTF-8 file forced to Windows-1252 is read as such (the page author asked for it).
    expect(decodeText(utf8('ä'), { encoding: 'windows-1252', contentType: 'text/csv; charset=utf-8' }).text).to.equal('Ã¤');
    expect(decodeText(latin1('ä'), { encoding: 'latin1' })).to.deep.equal({ text: 'ä', encoding: 'windows-1252', fallback: false });
    expect(() => decodeText(utf8('a'), { encoding: 'klingonisch' })).to.throw(DataError).with.property('key', 'encoding.unknown');
  });
});

describe('loadData with bytes in other encodings (issue 14)', () => {
  it('reads a Windows-1252 CSV with its umlauts and a notice', async () => {
    const result = await loadData(latin1(CSV), { url: 'standorte.csv' });
    expect(result.collection.features.map((f) => f.properties!.Name)).to.deep.equal(['Marktstätte', 'Fähre Vorplatz']);
    expect(result.notices).to.deep.equal([{ code: 'data-encoding', key: 'encoding.fallback', params: { encoding: 'Windows-1252' } }]);
  });

  it('reads a UTF-16LE tab-separated file with byte order mark as Excel saves it, without a notice', async () => {
    const result = await loadData(utf16(CSV.replace(/;/g, '\t'), 'le'), { url: 'standorte.txt' });
    expect(result.collection.features.map((f) => f.properties!.Name)).to.deep.equal(['Marktstätte', 'Fähre Vorplatz']);
    expect(result.collection.features[0].geometry).to.deep.equal({ type: 'Point', coordinates: [9.1757, 47.6597] });
    expect(result.notices).to.deep.equal([]);
  });

  it('detects GeoJSON in UTF-16 (the format is found after decoding)', async () => {
    const text = '{"type":"Feature","properties":{"name":"Fähre"},"geometry":{"type":"Point","coordinates":[9.1796,47.6608]}}';
    const result = await loadData(utf16(text, 'be'));
    expect(result.format).to.equal('geojson');
    expect(result.collection.features[0].properties).to.deep.equal({ name: 'Fähre' });
  });

  it('reads the fixtures GDAL and iconv made from the real hotspots the same as the UTF-8 one', async () => {
    const reference = await loadData((await fixture('wlan-utf8.csv')).bytes, { url: 'wlan-utf8.csv' });
    const names = reference.collection.features.map((f) => f.properties!.name);
    expect(names).to.include('Fähre Vorplatz Konstanz');
    expect(names).to.have.length(16);
    for (const [name, notices] of [
      ['wlan-1252.csv', 1],
      ['wlan-utf16.txt', 0],
      ['wlan-utf16be.csv', 0],
      ['wlan-1252.geojson', 1],
    ] as const) {
      const { bytes, contentType } = await fixture(name);
      const result = await loadData(bytes, { url: name, contentType });
      expect(result.collection.features.map((f) => f.properties!.name), name).to.deep.equal(names);
      expect(result.notices, name).to.have.length(notices);
    }
  });

  it('reads the same bytes as the encoding attribute says, without a notice', async () => {
    const result = await loadData(latin1(CSV), { encoding: 'iso-8859-1' });
    expect(result.collection.features[0].properties!.Name).to.equal('Marktstätte');
    expect(result.notices).to.deep.equal([]);
  });

  it('refuses an unknown encoding attribute with a reason naming it, German and English', async () => {
    const error = await dataError(loadData(utf8(CSV), { encoding: 'utf-9' }));
    expect(error.code).to.equal('data-invalid');
    expect(error.text('de')).to.contain('encoding hat den unbekannten Wert „utf-9“');
    expect(error.text('en')).to.contain('encoding has the unknown value “utf-9”');
  });

  it('says an empty file is empty, whatever its encoding', async () => {
    expect((await dataError(loadData(new Uint8Array()))).key).to.equal('file.empty');
    expect((await dataError(loadData(utf16('  \n', 'le')))).key).to.equal('file.empty');
  });
});
