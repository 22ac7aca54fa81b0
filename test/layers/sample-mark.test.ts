import { expect } from '@open-wc/testing';
import type { FeatureCollection } from 'geojson';
import { html } from 'lit';
import type { Lang } from '../../src/i18n/lang.js';
import { KnGeojsonLayer } from '../../src/layers/kn-geojson-layer.js';
import type { LayerNote } from '../../src/registry/layer-description.js';
import { mountMap, until } from '../helpers/harness.js';

/** A page's own layer whose data is illustrative: it says so with a `sample` note, nothing else. */
class IllustrativeLayer extends KnGeojsonLayer {
  protected override notes(lang: Lang): LayerNote[] {
    return [{ kind: 'sample', text: lang === 'de' ? 'Erfundene Messwerte.' : 'Invented readings.' }];
  }
}
customElements.define('test-illustrative-layer', IllustrativeLayer);

const data: FeatureCollection = {
  type: 'FeatureCollection',
  features: [{ type: 'Feature', properties: { name: 'Messpunkt' }, geometry: { type: 'Point', coordinates: [9.175, 47.66] } }],
};

const sampleMark = (map: HTMLElement) => map.shadowRoot!.querySelector<HTMLElement>('[part="sample-mark"]');

describe('the sample-data mark on the map', () => {
  it('appears for any layer whose description has a sample note, and only while it is visible', async () => {
    const { map, layers } = await mountMap(
      html`<kn-map label="Messpunkte"><kn-geojson-layer label="Echte Daten" .data=${data}></kn-geojson-layer></kn-map>`,
    );
    await map.updateComplete;
    expect(sampleMark(map), 'no mark for real data').to.equal(null);

    const illustrative = document.createElement('test-illustrative-layer') as IllustrativeLayer;
    illustrative.label = 'Beispielmessungen';
    illustrative.data = data;
    map.append(illustrative);
    await until(() => sampleMark(map) !== null, 'the mark for the illustrative layer');
    expect(sampleMark(map)!.textContent).to.contain('Beispieldaten').and.to.contain('Beispielmessungen');
    expect(sampleMark(map)!.textContent).to.not.contain('Echte Daten');
    await expect(sampleMark(map)!).to.be.accessible();
    const words = () => sampleMark(map)!.textContent!.replace(/\s+/g, ' ').trim();
    expect(words()).to.equal('Beispieldaten in der Ebene Beispielmessungen');
    const second = document.createElement('test-illustrative-layer') as IllustrativeLayer;
    second.label = 'Beispielzählung';
    second.data = data;
    map.append(second);
    await until(() => words().includes('Beispielzählung'), 'the mark naming both layers');
    expect(words()).to.match(/^Beispieldaten in den Ebenen (Beispielmessungen, Beispielzählung|Beispielzählung, Beispielmessungen)$/);
    second.remove();
    await until(() => words() === 'Beispieldaten in der Ebene Beispielmessungen', 'the mark naming one layer again');

    illustrative.hidden = true;
    await until(() => sampleMark(map) === null, 'the mark to go with the hidden layer');
    illustrative.hidden = false;
    await until(() => sampleMark(map) !== null, 'the mark to come back');
    illustrative.remove();
    await until(() => sampleMark(map) === null, 'the mark to go with the layer');
    expect(layers).to.have.length(1);
  });
});
