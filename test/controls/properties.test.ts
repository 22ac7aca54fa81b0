import { expect } from '@open-wc/testing';
import { detailEntries, isTechnicalId } from '../../src/controls/feature-details/properties.js';

const words = { yes: 'ja', no: 'nein' };

describe('feature details: technical identifiers (pure)', () => {
  it('knows the identifier keys of GIS software, databases and exports, whatever they hold', () => {
    for (const key of ['id', 'ID', 'fid', 'ogc_fid', 'OBJECTID', 'gml_id', 'GlobalID', 'osm_id', '_id', '@id', 'uuid']) {
      expect(isTechnicalId(key, 'x'), key).to.equal(true);
    }
  });

  it('hides other keys named …id only when they hold a code, not words', () => {
    expect(isTechnicalId('anlage_id', 'fc-kn-ap017')).to.equal(true);
    expect(isTechnicalId('Station-ID', 4711)).to.equal(true);
    expect(isTechnicalId('entity_id', 'urn:ngsi-ld:WeatherObserved:friedrichstrasse')).to.equal(true);
    expect(isTechnicalId('stationId', 'A12')).to.equal(true);
    expect(isTechnicalId('ort_id', 'Marktstätte')).to.equal(false);
    expect(isTechnicalId('linie_id', 'Linie 908')).to.equal(false);
  });

  it('leaves keys alone that merely contain the letters', () => {
    for (const key of ['valid', 'width', 'idee', 'Gültigkeit', 'stt_nr', 'name']) expect(isTechnicalId(key, '040'), key).to.equal(false);
  });

  it('leaves identifiers out of the details unless the layer names the field', () => {
    const properties = { id: 'fc-kn-ap017', name: 'Marktstätte', status: 'aktiv', anlage_id: 'AP-17', stt_nr: '010' };
    const keys = (fields = [] as { key: string; label: string }[]) =>
      detailEntries(properties, { lang: 'de', words, skip: ['name'], fields }).map((entry) => entry.key);
    expect(keys()).to.deep.equal(['status', 'stt_nr']);
    expect(keys([{ key: 'anlage_id', label: 'Anlagennummer' }])).to.deep.equal(['anlage_id', 'status', 'stt_nr']);
  });
});
