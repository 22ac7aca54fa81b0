// What a screen reader hears of a notice (src/map/map-notices.ts): "Fehler:" or "Hinweis:" first, unless the words
// begin with it already.
import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/define.js';
import type { KnMap } from '../../src/map/kn-map.js';

const spoken = (map: KnMap) => [...map.shadowRoot!.querySelectorAll('.notice > span')].map((span) => span.textContent!.replace(/\s+/g, ' ').trim());

describe('the map’s notices, as a screen reader reads them', () => {
  it('begin with their kind, once: not "Hinweis: Hinweis zu den Daten …"', async () => {
    const map = await fixture<KnMap>(html`<kn-map lang="de"></kn-map>`);
    map.showNotice('info', 'data-notice', 'Hinweis zu den Daten „Bänke“: 2 Zeilen ohne Koordinaten.');
    map.showNotice('error', 'data-http', 'Die Daten „Bänke“ konnten nicht geladen werden.');
    map.showNotice('info', 'data-truncated', 'Die Daten „Bäume“ umfassen mehr Objekte, als geladen werden.');
    await map.updateComplete;
    expect(spoken(map)).to.deep.equal([
      'Hinweis zu den Daten „Bänke“: 2 Zeilen ohne Koordinaten.',
      'Fehler: Die Daten „Bänke“ konnten nicht geladen werden.',
      'Hinweis: Die Daten „Bäume“ umfassen mehr Objekte, als geladen werden.',
    ]);
  });
});
