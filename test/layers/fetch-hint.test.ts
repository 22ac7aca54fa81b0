import { expect } from '@open-wc/testing';
import { fetchHint } from '../../src/layers/load-error-message.js';

describe('fetchHint: what a visitor can make of a failed download', () => {
  it('tells a missing file, refused data and a server that may answer later apart, and adds nothing otherwise', () => {
    expect([404, 410].map((status) => fetchHint('data-http', status))).to.deep.equal(['hint.missing', 'hint.missing']);
    expect([401, 403].map((status) => fetchHint('data-http', status))).to.deep.equal(['hint.refused', 'hint.refused']);
    expect([500, 502, 503, 408, 429].map((status) => fetchHint('data-http', status))).to.deep.equal(Array(5).fill('hint.later'));
    expect([400, 405, 418, undefined].map((status) => fetchHint('data-http', status))).to.deep.equal(Array(4).fill(undefined));
    expect(fetchHint('data-network')).to.equal('hint.later');
    expect(fetchHint('data-timeout')).to.equal('hint.later');
    expect(fetchHint('data-invalid')).to.equal(undefined);
  });
});
