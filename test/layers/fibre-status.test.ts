import { expect } from '@open-wc/testing';
import { normaliseStatus } from '../../src/layers/fibre/fibre-status.js';

describe('fibre status spellings (pure)', () => {
  it('reads the common spellings of a rollout status', () => {
    expect(normaliseStatus('Verfügbar')).to.equal('verfügbar');
    expect(normaliseStatus('im_bau')).to.equal('im Bau');
    expect(normaliseStatus(' geplant ')).to.equal('geplant');
  });

  it('takes no name of an Object.prototype member for a status', () => {
    for (const value of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) expect(normaliseStatus(value)).to.equal(null);
  });
});
