// Attribute values as a CMS leaves them: typographic quotes a rich-text editor put around them (`zoom=„15“`, which the
// browser reads as part of the value) and non-breaking spaces (`Smarte&nbsp;Mobilität`).
import { expect } from '@open-wc/testing';
import { parseList } from '../../src/layers/parse-list.js';
import { optionalNumber } from '../../src/map/converters.js';
import { parseBounds, parseLngLat } from '../../src/map/view.js';
import { unquoted } from '../../src/text/unquoted.js';

describe('attribute values from a rich-text editor', () => {
  it('lose the quotes around them, typographic or straight, and nothing inside', () => {
    expect(['„15“', '“15”', '”15″', '‚15‘', '«15»', '"15"', ' 15 ', '15'].map(unquoted)).to.deep.equal(Array(8).fill('15'));
    expect(unquoted('„Konstanz „Altstadt“ Mitte“')).to.equal('Konstanz „Altstadt“ Mitte');
  });

  it('read as numbers, places and areas inside typographic quotes', () => {
    expect(optionalNumber('„15“')).to.equal(15);
    expect(optionalNumber('„14,5“')).to.equal(14.5);
    expect(optionalNumber('„“')).to.equal(undefined);
    expect(optionalNumber('„zwölf“')).to.be.NaN;
    expect(parseLngLat('„9.1757,47.6597“')).to.deep.equal([9.1757, 47.6597]);
    expect(parseBounds('“9.08,47.65,9.22,47.77”')).to.deep.equal([9.08, 47.65, 9.22, 47.77]);
  });

  it('read as lists with non-breaking spaces as plain spaces and quoted items unquoted', () => {
    expect(parseList('Smarte\u00a0Mobilität, Smart\u00a0\u00a0Leben')).to.deep.equal(['Smarte Mobilität', 'Smart Leben']);
    expect(parseList('„Smarte Mobilität“, „geplant“')).to.deep.equal(['Smarte Mobilität', 'geplant']);
    expect(parseList('\u00a0')).to.deep.equal([]);
  });
});
