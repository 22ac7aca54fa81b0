import { expect } from '@open-wc/testing';
import { withoutMarkWord } from '../../src/map/sample-mark/sample-mark-view.js';

describe('the sample mark names layers without repeating its word', () => {
  it('drops a trailing "(Beispieldaten)", in any case, and keeps every other name', () => {
    expect(withoutMarkWord('Glasfaserausbau (Beispieldaten)', 'Beispieldaten')).to.equal('Glasfaserausbau');
    expect(withoutMarkWord('Fibre rollout (sample data) ', 'Sample data')).to.equal('Fibre rollout');
    expect(withoutMarkWord('Beispielmessungen', 'Beispieldaten')).to.equal('Beispielmessungen');
    expect(withoutMarkWord('Beispieldaten (alt)', 'Beispieldaten')).to.equal('Beispieldaten (alt)');
    // A name that is nothing but the word stays (the mark would otherwise name nothing).
    expect(withoutMarkWord('(Beispieldaten)', 'Beispieldaten')).to.equal('(Beispieldaten)');
  });
});
