// A `category-field` that no feature has (misspelt, or a column of another export) is said, with the fields the data
// has; the filter chips then offer no empty group.
import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import type { Feature } from 'geojson';
import '../../src/define.js';
import '../../src/kn-filter-chips.js';
import type { KnErrorEvent } from '../../src/events/kn-error-event.js';
import type { KnGeojsonLayer } from '../../src/layers/kn-geojson-layer.js';
import { fieldsWithout } from '../../src/layers/missing-field.js';
import { until } from '../helpers/harness.js';

const point = (properties: Record<string, unknown> | null): Feature => ({ type: 'Feature', properties, geometry: { type: 'Point', coordinates: [9.17, 47.66] } });

describe('fieldsWithout', () => {
  it('lists the data’s fields when none of its features has the field', () => {
    expect(fieldsWithout([point({ name: 'A', status: 'x' }), point({ name: 'B', art: 'y' })], 'betreiber')).to.deep.equal(['name', 'status', 'art']);
  });

  it('says nothing when one feature has it (even empty), or when there are no features', () => {
    expect(fieldsWithout([point({ name: 'A' }), point({ betreiber: null })], 'betreiber')).to.equal(undefined);
    expect(fieldsWithout([], 'betreiber')).to.equal(undefined);
  });

  it('lists twelve fields at most', () => {
    const many = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`f${i}`, i]));
    const fields = fieldsWithout([point(many), point(null)], 'x')!;
    expect(fields).to.have.length(13);
    expect(fields.at(-1)).to.equal('…');
  });
});

describe('a layer whose category-field names no field of its data', () => {
  it('says so with the fields the data has, shows its data, and the chips offer no empty group', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const errors: KnErrorEvent[] = [];
    container.addEventListener('kn-error', (event) => errors.push(event));
    container.innerHTML = `<kn-map lang="de">
      <kn-geojson-layer label="Hotspots" src="/test/fixtures/hotspots-25832.geojson" category-field="betreiber"></kn-geojson-layer>
      <kn-filter-chips slot="top-left"></kn-filter-chips>
    </kn-map>`;
    const layer = container.querySelector<KnGeojsonLayer>('kn-geojson-layer')!;
    await until(() => layer.features.length > 0 && errors.length > 0, 'the data and the notice');
    expect(errors.map((event) => event.detail.code)).to.deep.equal(['data-notice']);
    const { message } = errors[0].detail;
    expect(message).to.contain('„Hotspots“').and.to.contain('„betreiber“').and.to.contain('category-field');
    expect(message).to.contain(Object.keys(layer.features[0].properties!)[0]);
    const map = container.querySelector('kn-map')!;
    await until(() => map.shadowRoot!.querySelector('.notices')!.textContent!.includes('„betreiber“'), 'the notice on the map');

    const chips = container.querySelector('kn-filter-chips')!;
    await until(() => chips.shadowRoot!.querySelector('.hint')?.textContent === 'Ohne Auswahl werden alle gezeigt.', 'the chips bound to the layer');
    expect(chips.shadowRoot!.querySelectorAll('fieldset').length, 'no empty group').to.equal(0);

    // Changed to another field the data does not have: said again, without a new download.
    layer.setAttribute('category-field', 'Betreiber');
    await until(() => errors.length === 2, 'the second notice');
    expect(errors[1].detail.message).to.contain('„Betreiber“');

    // Mended: the field the data has; nothing more is said, and the chips offer its values.
    const field = Object.keys(layer.features[0].properties!)[0];
    layer.setAttribute('category-field', field);
    await until(() => chips.shadowRoot!.querySelectorAll('fieldset input').length > 0, 'the chips of the mended field');
    await map.updateComplete;
    expect(errors).to.have.length(2);
  });
});
