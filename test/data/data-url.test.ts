import { expect } from '@open-wc/testing';
import { DataError } from '../../src/data/data-error.js';
import { resolveDataUrl } from '../../src/data/data-url.js';
import './data-helpers.js'; // loads the reasons' catalogue

describe('resolveDataUrl (pure)', () => {
  const base = 'https://www.konstanz.de/leben/karte.html';

  it('resolves relative addresses against the page and keeps http(s), blob: and data: addresses', () => {
    expect(resolveDataUrl('../daten/wlan.geojson', base)).to.equal('https://www.konstanz.de/daten/wlan.geojson');
    expect(resolveDataUrl('http://127.0.0.1:8080/a.csv', base)).to.equal('http://127.0.0.1:8080/a.csv');
    expect(resolveDataUrl('data:application/json,{}', base)).to.equal('data:application/json,{}');
  });

  it('refuses javascript: and addresses that are none, quoting them in German and English', () => {
    for (const src of ['javascript:alert(1)', 'http://[kaputt', 'file:///etc/passwd', 'mailto:a@b.de']) {
      let error: unknown;
      try {
        resolveDataUrl(src, base);
      } catch (caught) {
        error = caught;
      }
      expect(error).to.be.instanceOf(DataError);
      expect((error as DataError).code).to.equal('data-invalid');
      expect((error as DataError).text('de')).to.contain(`„${src}“`).and.to.contain('http(s)');
      expect((error as DataError).text('en')).to.contain(`“${src}”`);
    }
  });
});
