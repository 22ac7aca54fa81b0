import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../src/define.js';
import type { KnFeatureDetails } from '../../src/controls/feature-details/feature-details.js';
import type { KnFeatureList } from '../../src/controls/feature-list/feature-list.js';
import type { KnSearch } from '../../src/controls/search/search.js';
import { asText } from '../../src/text/as-text.js';
import { collection, json, point } from '../data/data-helpers.js';
import { mount, until } from './feature-controls-helpers.js';

/**
 * Issue 16: a property whose value is no text (`{"toString": "x"}`, whose String() throws; arrays, numbers,
 * null, nested objects) emptied the feature list, the search and the details of every layer.
 */
const HOSTILE = collection(
  point(9.1757, 47.6597, { name: { toString: 'x', valueOf: 'y' }, art: { toString: 'x' }, info: { toString: 'x' } }),
  point(9.1758, 47.6598, { name: ['Markt', 'stätte'], art: [1, { a: null }] }),
  point(9.1759, 47.6599, { name: 47, art: null, tiefe: { a: { b: [true, false] } } }),
  point(9.176, 47.66, { name: null, art: 'Brunnen' }),
  point(9.1771, 47.6591, { name: 'Bahnhof', art: 'Haltestelle' }),
  point(9.1786, 47.6606, { name: 'Konzil', art: 'Ort' }),
);

describe('property values that are no text (issue 16)', () => {
  it('asText turns every value into text without throwing, objects as short JSON', () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    const throwing = {
      toString() {
        throw new Error('toString');
      },
      get boom() {
        throw new Error('getter');
      },
    };
    expect(asText('  Marktstätte ')).to.equal('  Marktstätte ');
    expect(asText(47.5)).to.equal('47.5');
    expect(asText(true)).to.equal('true');
    expect(asText(12n)).to.equal('12');
    for (const empty of [null, undefined, NaN, Infinity, Symbol('x'), () => 1]) expect(asText(empty)).to.equal('');
    expect(asText(JSON.parse('{"toString":"x","valueOf":"y"}'))).to.equal('{"toString":"x","valueOf":"y"}');
    expect(asText(['Markt', 'stätte', null, 2])).to.equal('["Markt","stätte",null,2]');
    expect(asText({ a: { b: [true, undefined, NaN] }, f: () => 1, u: undefined })).to.equal('{"a":{"b":[true,null,null]}}');
    expect(asText(cyclic)).to.equal('{"a":1,"self":"…"}');
    expect(asText(throwing)).to.equal('');
    // A date as its ISO form, unquoted on its own, as a JSON string inside an object; an invalid date as nothing.
    expect(asText(new Date(Date.UTC(2026, 0, 2)))).to.equal('2026-01-02T00:00:00.000Z');
    expect(asText(new Date(Date.UTC(2026, 4, 1, 8, 30, 15, 250)))).to.equal('2026-05-01T08:30:15.250Z');
    expect(asText(new Date('kein Datum'))).to.equal('');
    expect(asText(Object.create(Date.prototype) as Date), 'a Date-like object holding no date').to.equal('');
    expect(asText({ seit: new Date(Date.UTC(2026, 0, 2)), bis: new Date(NaN) })).to.equal('{"seit":"2026-01-02T00:00:00.000Z","bis":null}');
    // Objects are cut, text never is: a long name is still the name.
    const long = asText({ text: 'x'.repeat(10_000) });
    expect(long.length).to.equal(300);
    expect(long.endsWith('…')).to.equal(true);
    expect(asText('x'.repeat(10_000))).to.have.length(10_000);
    // As maplibre's `to-string` writes it in a filter, with no limit when asked.
    const value = { de: 'Markt', liste: [1, 'zwei'] };
    expect(asText(value, Infinity)).to.equal(JSON.stringify(value));
  });

  it('lists every feature, finds the others and opens the details of a feature named by an object', async () => {
    const { container, layers } = await mount(html`
      <div>
        <kn-map id="object-values-map" style="width:700px;height:450px" center="9.1765,47.6600" zoom="15">
          <kn-geojson-layer label="Mit Objekten" category-field="art"><script type="application/geo+json">${json(HOSTILE)}</script></kn-geojson-layer>
          <kn-wlan-layer></kn-wlan-layer>
        </kn-map>
        <kn-search for="object-values-map" no-places></kn-search>
        <kn-feature-list for="object-values-map" scope="all"></kn-feature-list>
        <kn-feature-details for="object-values-map"></kn-feature-details>
      </div>
    `);
    const [hostile, wlan] = layers;
    expect(hostile.features).to.have.length(6);
    const list = container.querySelector<KnFeatureList>('kn-feature-list')!;
    const search = container.querySelector<KnSearch>('kn-search')!;
    const details = container.querySelector<KnFeatureDetails>('kn-feature-details')!;

    // The list: every feature of both layers, the objects as short JSON, the one without a name last.
    await list.updateComplete;
    const rows = [...list.shadowRoot!.querySelectorAll('tbody tr')];
    expect(rows).to.have.length(6 + wlan.features.length);
    const names = rows.map((row) => row.querySelector('th .name')!.textContent!.replace('▶', '').trim());
    expect(names).to.include.members(['{"toString":"x","valueOf":"y"}', '["Markt","stätte"]', '47', 'Bahnhof', 'Konzil', 'Marktstätte']);
    const categories = rows.map((row) => row.querySelector('td.category')!.textContent!.trim());
    expect(categories).to.include.members(['{"toString":"x"}', '[1,{"a":null}]', 'Brunnen', 'Haltestelle']);

    // The search: the other features of this layer and of the WLAN layer are found.
    const field = search.shadowRoot!.querySelector('input')!;
    field.focus();
    await sendKeys({ type: 'Konzil' });
    const optionNames = () => [...search.shadowRoot!.querySelectorAll('[role="option"] .name')].map((o) => o.textContent!.trim());
    await until(() => optionNames().includes('Konzil'), () => `Konzil among the results (got ${optionNames().join(', ')})`);
    search.shadowRoot!.querySelector<HTMLButtonElement>('.clear')!.click();
    await search.updateComplete;
    field.focus();
    await sendKeys({ type: 'Marktst' });
    await until(() => optionNames().includes('Marktstätte'), () => `the hotspot Marktstätte (got ${optionNames().join(', ')})`);

    // The details of the feature named by an object: its name as JSON, its other values as text.
    hostile.select(hostile.features[0]);
    await details.updateComplete;
    expect(details.shadowRoot!.querySelector('[role="heading"]')!.textContent!.trim()).to.equal('{"toString":"x","valueOf":"y"}');
    const values = [...details.shadowRoot!.querySelectorAll('dl dd')].map((dd) => dd.textContent!.trim());
    expect(values).to.include('{"toString":"x"}');
    hostile.select(hostile.features[2]);
    await details.updateComplete;
    expect(details.shadowRoot!.querySelector('[role="heading"]')!.textContent!.trim()).to.equal('47');
    expect([...details.shadowRoot!.querySelectorAll('dl dd')].map((dd) => dd.textContent!.trim())).to.include('{"a":{"b":[true,false]}}');
  });
});
