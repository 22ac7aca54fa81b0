import { expect } from '@open-wc/testing';
import { legacyCrsMember, normalizeCrs } from '../../src/data/crs.js';
import { DataError } from '../../src/data/data-error.js';
import { loadData, loadObject } from '../../src/data/load-data.js';
import { collection, coordinatesOf, dataError, json, point } from './data-helpers.js';

describe('coordinate reference systems', () => {
  it('accepts the usual spellings of an EPSG code', () => {
    for (const name of [
      'EPSG:25832',
      '25832',
      'epsg:25832',
      ' EPSG:25832 ',
      'EPSG::25832',
      'urn:ogc:def:crs:EPSG::25832',
      'urn:ogc:def:crs:EPSG:9.8.1:25832',
      'http://www.opengis.net/def/crs/EPSG/0/25832',
      'https://www.opengis.net/def/crs/EPSG/0/25832',
    ]) {
      expect(normalizeCrs(name), name).to.equal('EPSG:25832');
    }
    for (const code of ['4326', '25832', '25833', '31467', '3857', '4647']) expect(normalizeCrs(code)).to.equal(`EPSG:${code}`);
  });

  it('reads CRS84 as WGS84', () => {
    for (const name of ['urn:ogc:def:crs:OGC:1.3:CRS84', 'urn:ogc:def:crs:OGC::CRS84', 'OGC:CRS84', 'CRS84', 'http://www.opengis.net/def/crs/OGC/1.3/CRS84']) {
      expect(normalizeCrs(name), name).to.equal('EPSG:4326');
    }
  });

  it('reads ETRS89 longitude/latitude (EPSG:4258, 2D and 3D) and WGS 84 3D as WGS84', () => {
    for (const name of [
      'EPSG:4258',
      '4258',
      'urn:ogc:def:crs:EPSG::4258',
      'urn:ogc:def:crs:EPSG:9.8.1:4258',
      'http://www.opengis.net/def/crs/EPSG/0/4258',
      'EPSG:4937',
      'EPSG:4979',
    ]) {
      expect(normalizeCrs(name), name).to.equal('EPSG:4326');
    }
  });

  it('takes a CSV with crs="EPSG:4258" as longitude/latitude, unchanged', async () => {
    const result = await loadData('Name;lat;lon\nMarktstätte;47.6597;9.1757\n', { crs: 'EPSG:4258' });
    expect(result.sourceCrs).to.equal('EPSG:4326');
    expect(coordinatesOf(result.collection.features[0].geometry)).to.deep.equal([9.1757, 47.6597]);
  });

  it('rejects an unsupported CRS with a message naming the supported ones', () => {
    for (const name of ['EPSG:2056', 'EPSG:31470', 'Gauß-Krüger', 'urn:ogc:def:crs:EPSG::99999', '']) {
      let error: unknown;
      try {
        normalizeCrs(name);
      } catch (caught) {
        error = caught;
      }
      expect(error, name).to.be.instanceOf(DataError);
      expect((error as DataError).code).to.equal('data-crs');
      expect((error as DataError).text('de')).to.contain('EPSG:25832').and.contain('EPSG:31467').and.contain('EPSG:4647').and.contain('EPSG:4258');
      expect((error as DataError).text('en')).to.contain('please convert data in another one into one of them (e.g. with ogr2ogr -t_srs EPSG:25832)');
    }
  });

  it('reads the legacy crs member of GeoJSON in its three forms', () => {
    expect(legacyCrsMember({ crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::25832' } } })).to.equal('urn:ogc:def:crs:EPSG::25832');
    expect(legacyCrsMember({ crs: { type: 'EPSG', properties: { code: 31467 } } })).to.equal('31467');
    expect(legacyCrsMember({ crs: 'EPSG:25832' })).to.equal('EPSG:25832');
    expect(legacyCrsMember({ type: 'FeatureCollection' })).to.equal(undefined);
    expect(legacyCrsMember({ crs: null })).to.equal(undefined);
  });

  it('reprojects a GeoJSON file with a legacy crs member', async () => {
    const text = await (await fetch('/test/fixtures/data/legacy-crs-25832.geojson')).text();
    const result = await loadData(text);
    expect(result.sourceCrs).to.equal('EPSG:25832');
    const [lon, lat] = coordinatesOf(result.collection.features[0].geometry);
    expect(lon).to.be.closeTo(9.17580013747064, 1e-7);
    expect(lat).to.be.closeTo(47.6633001023448, 1e-7);
    expect(result.collection).not.to.have.property('crs');
  });

  it('reads a legacy crs member "EPSG:25832" given as a plain string', async () => {
    const result = await loadObject({ ...collection(point(513199, 5278893.5)), crs: 'EPSG:25832' });
    expect(result.sourceCrs).to.equal('EPSG:25832');
  });

  it('treats a legacy CRS84 member as WGS84', async () => {
    const value = { ...collection(point(9.1758, 47.6633)), crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:OGC:1.3:CRS84' } } };
    const result = await loadData(json(value));
    expect(result.sourceCrs).to.equal('EPSG:4326');
    expect(coordinatesOf(result.collection.features[0].geometry)).to.deep.equal([9.1758, 47.6633]);
  });

  it('lets the crs attribute override the crs member of the file', async () => {
    const value = { ...collection(point(9.1758, 47.6633)), crs: { type: 'name', properties: { name: 'EPSG:25832' } } };
    const result = await loadObject(value, { crs: 'EPSG:4326' });
    expect(coordinatesOf(result.collection.features[0].geometry)).to.deep.equal([9.1758, 47.6633]);
  });

  it('rejects an unsupported crs member or attribute', async () => {
    const member = await dataError(loadObject({ ...collection(point(2600000, 1200000)), crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::2056' } } }));
    expect(member.code).to.equal('data-crs');
    expect(member.text('en')).to.contain('urn:ogc:def:crs:EPSG::2056').and.contain('EPSG:25832');
    const attribute = await dataError(loadData('lat;lon\n47;9\n', { crs: 'EPSG:2056' }));
    expect(attribute.code).to.equal('data-crs');
    const unreadable = await dataError(loadObject({ ...collection(point(9, 47)), crs: { type: 'link', properties: { href: 'x.prj' } } }));
    expect(unreadable.code).to.equal('data-crs');
  });
});
