// A notice on the map follows a change of the map's language (src/map/map-notices.ts `relang`): the map's own
// problems, a layer's failed load, a layer's wrong attribute, an unknown element and a basemap switcher's wrong
// value are worded again, in their place; none is said twice.
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/define.js';
import type { KnMap } from '../../src/map/kn-map.js';
import { mountMap, until } from '../helpers/harness.js';

const noticeTexts = (map: HTMLElement) =>
  [...map.shadowRoot!.querySelectorAll<HTMLElement>('[part="notice"] > span')].map((span) => span.textContent!.replace(/\s+/g, ' ').trim());

describe('the map’s notices when its language changes', () => {
  it('are worded again in the new language, each in its place, and back', async () => {
    const { map } = await mountMap<KnMap>(
      html`<div><kn-map lang="de" controls="zoom, kompass" style="display:block;width:900px;height:500px"
        ><kn-geojson-layer label="Baustellen" src="/fehlt/baustellen.geojson"></kn-geojson-layer
        ><kn-wlan-layer opacity="0,7"></kn-wlan-layer
        ><kn-wlan-layr></kn-wlan-layr
        ><kn-basemap-switcher slot="top-right" basemaps="konstanz, mondkarte"></kn-basemap-switcher
      ></kn-map></div>`,
    );
    await until(() => noticeTexts(map).length >= 5, () => `five notices, have: ${JSON.stringify(noticeTexts(map))}`);
    const german = noticeTexts(map);
    expect(german.find((text) => text.includes('„controls“')), 'the map’s own attribute').to.contain('Das Attribut');
    expect(german.find((text) => text.includes('Baustellen')), 'the failed load').to.contain('konnten nicht geladen werden');
    expect(german.find((text) => text.includes('0,7')), 'the layer’s attribute').to.contain('ist keine Zahl');
    expect(german.find((text) => text.includes('kn-wlan-layr')), 'the unknown element').to.contain('kein bekanntes Element');
    expect(german.find((text) => text.includes('mondkarte')), 'the switcher’s value').to.contain('ist keine Grundkarte');

    map.lang = 'en';
    await until(() => noticeTexts(map).some((text) => text.includes('could not be loaded')), 'the failed load in English');
    await until(() => noticeTexts(map).some((text) => text.includes('is not a known element')), 'the unknown element in English');
    const english = noticeTexts(map);
    expect(english, 'as many notices as before: none said twice, none lost').to.have.length(german.length);
    expect(english.find((text) => text.includes('“controls”'))).to.contain('The attribute').and.to.contain('a list of zoom');
    expect(english.find((text) => text.includes('Baustellen'))).to.contain('The data “Baustellen” could not be loaded');
    expect(english.find((text) => text.includes('0,7'))).to.contain('is not a number');
    expect(english.find((text) => text.includes('mondkarte'))).to.contain('is not a basemap');
    // "Error:" before each message for screen readers, in the new language too.
    expect(english.every((text) => text.startsWith('Error:') || text.startsWith('Notice:')), JSON.stringify(english)).to.equal(true);

    map.lang = 'de';
    await until(() => noticeTexts(map).some((text) => text.includes('kein bekanntes Element')), 'German again');
    await until(() => JSON.stringify(noticeTexts(map)) === JSON.stringify(german), () => `the German words again, have: ${JSON.stringify(noticeTexts(map))}`);
  });

  it('keeps the words of a notice dismissed while its new words load away', async () => {
    const { map } = await mountMap<KnMap>(
      html`<div><kn-map lang="de" style="display:block;width:700px;height:400px"
        ><kn-geojson-layer label="Baustellen" src="/fehlt/baustellen.geojson"></kn-geojson-layer
      ></kn-map></div>`,
    );
    await until(() => noticeTexts(map).length === 1, 'the notice of the missing file');
    map.lang = 'en';
    map.shadowRoot!.querySelector<HTMLButtonElement>('[part="notice"] .notice-dismiss')!.click();
    await until(() => map.shadowRoot!.querySelector('[part="notice"]') === null, 'the notice dismissed');
    // Let the retelling (a lazy chunk) finish: it must not bring the notice back.
    await import('../../src/layers/load-error-message.js');
    await map.updateComplete;
    expect(noticeTexts(map)).to.deep.equal([]);
  });
});
