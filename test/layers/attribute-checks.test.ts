import { expect } from '@open-wc/testing';
import { html } from 'lit';
import type { KnErrorEvent } from '../../src/events/kn-error-event.js';
import type { KnFibreLayer } from '../../src/layers/fibre/kn-fibre-layer.js';
import type { KnGeojsonLayer } from '../../src/layers/kn-geojson-layer.js';
import type { KnProjectsLayer } from '../../src/layers/projects/kn-projects-layer.js';
import type { KnWlanLayer } from '../../src/layers/wlan/kn-wlan-layer.js';
import type { KnMap } from '../../src/map/kn-map.js';
import { sourceId, until } from '../helpers/harness.js';
import { mapWithLayer } from './themed-helpers.js';

/** The text of the map's notices, as a visitor reads it. */
const noticeText = (map: KnMap) => map.shadowRoot!.querySelector('.notices')!.textContent!.replace(/\s+/g, ' ');

/** Records every `kn-error` on the page from now on (a layer may report before the map is ready). */
function recordErrors() {
  const errors: KnErrorEvent[] = [];
  const listener = (event: Event) => errors.push(event as KnErrorEvent);
  document.addEventListener('kn-error', listener);
  return {
    errors,
    /** Waits for an error whose message contains `fragment`, and returns it. */
    async waitFor(fragment: string): Promise<KnErrorEvent> {
      await until(() => errors.some((e) => e.detail.message.includes(fragment)), `a kn-error saying "${fragment}"`);
      return errors.find((e) => e.detail.message.includes(fragment))!;
    },
    stop: () => document.removeEventListener('kn-error', listener),
  };
}

let recorder: ReturnType<typeof recordErrors>;
beforeEach(() => (recorder = recordErrors()));
afterEach(() => recorder.stop());

describe('mistakes in layer attributes are said on the map', () => {
  it('names unknown project categories and statuses with the valid values, and shows all projects', async () => {
    const { map, layer } = await mapWithLayer<KnProjectsLayer>(
      html`<div><kn-map><kn-projects-layer categories="Mobilität" status="fertig"></kn-projects-layer></kn-map></div>`,
    );
    const categories = await recorder.waitFor('„categories“');
    expect(categories.detail.code).to.equal('invalid-attribute');
    expect(categories.target).to.equal(layer);
    expect(categories.detail.message).to.contain('„Mobilität“ ist kein gültiger Wert und wird ignoriert');
    expect(categories.detail.message).to.contain('Gültige Werte: „Smart Leben“, „Smarte Mobilität“, „Smarte Stadt“, „Smarte Verwaltung“, „Smarte Wirtschaft“.');
    expect(categories.detail.message).to.contain('Meinten Sie „Smarte Mobilität“?');
    const status = await recorder.waitFor('„status“');
    expect(status.detail.message).to.contain('„fertig“ ist kein gültiger Wert').and.to.contain('„geplant“, „in Umsetzung“, „abgeschlossen“');
    await until(() => noticeText(map).includes('„fertig“'), 'the notice about „fertig“ on the map');
    expect(noticeText(map)).to.contain('„Mobilität“ ist kein gültiger Wert');
    expect(layer.features).to.have.length(20); // nothing valid is left to filter by
  });

  it('still applies the valid values beside an unknown one, and says nothing of the valid attribute', async () => {
    const { map, layer } = await mapWithLayer<KnProjectsLayer>(
      html`<div><kn-map><kn-projects-layer categories="Smarte Stadt, Mobilität" status="in umsetzung"></kn-projects-layer></kn-map></div>`,
    );
    const error = await recorder.waitFor('„Mobilität“');
    expect(error.detail.message).not.to.contain('Ohne gültigen Wert');
    // Both attributes are said in one go: had `status` been faulted, its error would be here too.
    expect(recorder.errors.filter((e) => e.detail.message.includes('„status“'))).to.have.length(0);
    expect(layer.features.length).to.be.above(0);
    expect(layer.features.every((f) => f.properties!.handlungsfeld === 'Smarte Stadt' && f.properties!.status === 'in Umsetzung')).to.equal(true);
    await until(() => noticeText(map).includes('„Mobilität“'), 'the notice on the map');
    const facets = layer.describe().facets;
    expect(facets[0].kind === 'values' && facets[0].selected).to.deep.equal(['Smarte Stadt']);
  });

  it('counts values of the data itself as valid', async () => {
    const data = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { name: 'Klimaband', handlungsfeld: 'Klima', status: 'laufend' }, geometry: { type: 'Point', coordinates: [9.17, 47.66] } },
        { type: 'Feature', properties: { name: 'Bürgerportal', handlungsfeld: 'Smarte Verwaltung', status: 'laufend' }, geometry: { type: 'Point', coordinates: [9.18, 47.67] } },
      ],
    };
    const { layer } = await mapWithLayer<KnProjectsLayer>(
      html`<div><kn-map><kn-projects-layer .data=${data} categories="klima, Klimma" status="laufend"></kn-projects-layer></kn-map></div>`,
    );
    const error = await recorder.waitFor('„Klimma“');
    expect(error.detail.message).to.contain('Meinten Sie „Klima“?');
    expect(recorder.errors.filter((e) => e.detail.message.includes('„status“'))).to.have.length(0);
    expect(layer.features.map((f) => f.properties!.name)).to.deep.equal(['Klimaband']);
  });

  it('says that a coverage in words is no number and draws the hotspots without circles, in German and English', async () => {
    const { map, layer } = await mapWithLayer<KnWlanLayer>(html`<div><kn-map><kn-wlan-layer coverage="achtzig"></kn-wlan-layer></kn-map></div>`);
    const error = await recorder.waitFor('achtzig');
    expect(error.detail.code).to.equal('invalid-attribute');
    expect(error.detail.message).to.equal(
      'Das Attribut „coverage“ von <kn-wlan-layer>: „achtzig“ ist keine Zahl, das Attribut wird ignoriert. Erwartet: ein Radius in Metern bis 50000, z. B. coverage="80".',
    );
    await until(() => noticeText(map).includes('„achtzig“ ist keine Zahl'), 'the notice on the map');
    expect(layer.features).to.have.length(16);
    const circles = map.map!.getSource(sourceId(layer, 'coverage'))!.serialize().data as { features: unknown[] };
    expect(circles.features).to.have.length(0);
    // Corrected, the circles are drawn and nothing more is said.
    const before = recorder.errors.length;
    layer.setAttribute('coverage', '80');
    await layer.updateComplete;
    expect((map.map!.getSource(sourceId(layer, 'coverage'))!.serialize().data as { features: unknown[] }).features).to.have.length(10); // the hotspots in service
    expect(recorder.errors).to.have.length(before);

    const english = await mapWithLayer<KnWlanLayer>(html`<div><kn-map lang="en"><kn-wlan-layer coverage="-80"></kn-wlan-layer></kn-map></div>`);
    const outOfRange = await recorder.waitFor('“-80”');
    expect(outOfRange.detail.message).to.contain('The attribute “coverage” of <kn-wlan-layer>: “-80” is out of range, the attribute is ignored.');
    await until(() => noticeText(english.map).includes('is out of range'), 'the English notice on the map');
  });

  it('says a mistake once, not again when the language changes, and a new mistake in the new language', async () => {
    const { map, layer } = await mapWithLayer<KnWlanLayer>(html`<div><kn-map><kn-wlan-layer coverage="achtzig"></kn-wlan-layer></kn-map></div>`);
    await recorder.waitFor('„achtzig“');
    map.lang = 'en';
    await map.updateComplete;
    await layer.updateComplete;
    layer.setAttribute('coverage', 'ninety');
    await recorder.waitFor('“ninety” is not a number'); // NaN to NaN: still looked at
    expect(recorder.errors.map((e) => e.detail.message).filter((m) => m.includes('achtzig'))).to.have.length(1);
  });

  it('says that a year in words is no number and shows the current year', async () => {
    const { map, layer } = await mapWithLayer<KnFibreLayer>(html`<div><kn-map><kn-fibre-layer year="zweitausendzwanzig"></kn-fibre-layer></kn-map></div>`);
    const error = await recorder.waitFor('zweitausendzwanzig');
    const year = new Date().getFullYear();
    expect(error.detail.message).to.contain('„zweitausendzwanzig“ ist keine Zahl, das Attribut wird ignoriert').and.to.contain(`zeigt die Karte den Stand ${year}`);
    await until(() => noticeText(map).includes('zweitausendzwanzig'), 'the notice on the map');
    expect(layer.describe().notes[0].text).to.equal(`Stand ${year}`);
    expect(layer.features).to.have.length(15);
  });

  it('points out a decimal comma in the opacity of any layer', async () => {
    const data = { type: 'Point', coordinates: [9.1757, 47.6597] };
    const { map } = await mapWithLayer<KnGeojsonLayer>(html`<div><kn-map><kn-geojson-layer .data=${data} opacity="0,7"></kn-geojson-layer></kn-map></div>`);
    const error = await recorder.waitFor('0,7');
    expect(error.detail.message).to.contain('„0,7“ ist keine Zahl').and.to.contain('Dezimalzahlen bitte mit Punkt schreiben: opacity="0.7".');
    await until(() => noticeText(map).includes('opacity="0.7"'), 'the notice on the map');
  });
});
