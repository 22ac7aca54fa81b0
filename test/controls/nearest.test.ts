// "Where is the nearest hotspot?" as a task of its own (issue 11, part 5).
import distance from '@turf/distance';
import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { Feature, Point } from 'geojson';
import { html } from 'lit';
import '../../src/kn-nearest.js';
import '../../src/kn-feature-details.js';
import type { KnNearest } from '../../src/controls/nearest/nearest.js';
import type { KnDataLayer } from '../../src/layers/data-layer.js';
import type { KnWlanLayer } from '../../src/layers/wlan/kn-wlan-layer.js';
import type { KnMap } from '../../src/map/kn-map.js';
import { expectAccessible } from '../helpers/a11y.js';
import { idle, mountMap, styleId, until } from '../helpers/harness.js';
import { nextEvent } from '../helpers/map.js';
import { focusMapToHear, part, parts, text } from './control-helpers.js';

const BUECKLESTRASSE = { name: 'Bushaltestelle Bücklestraße', lngLat: [9.171873, 47.675877] as [number, number] };

/** The active hotspot nearest to a point, worked out here independently of the library. */
function expectedNearest(layer: KnDataLayer, from: [number, number]): { name: string; metres: number } {
  const active = layer.features.filter((f) => f.properties?.status === 'aktiv') as Feature<Point>[];
  const ranked = active.map((f) => ({ name: String(f.properties!.name), metres: distance(from, f.geometry.coordinates, { units: 'meters' }) }));
  return ranked.sort((a, b) => a.metres - b.metres)[0];
}

async function mount(lang = 'de') {
  const mounted = await mountMap<HTMLElement>(html`
    <div style="display:flex;align-items:flex-start">
      <kn-nearest for="karte" style="width:240px"></kn-nearest>
      <kn-map id="karte" lang=${lang} style="display:block;width:520px;height:500px">
        <kn-fibre-layer></kn-fibre-layer>
        <kn-wlan-layer></kn-wlan-layer>
      </kn-map>
    </div>
  `);
  const nearest = mounted.root.querySelector('kn-nearest') as KnNearest;
  await nearest.updateComplete;
  return { ...mounted, nearest, wlan: mounted.layers[1] };
}

const buttons = (control: KnNearest) => parts<HTMLButtonElement>(control, 'button');
const status = (control: KnNearest) => part(control, '[role="status"]');

async function settled(map: KnMap): Promise<void> {
  await until(() => !map.map!.isMoving(), 'the map to stop moving');
  await idle(map.map!);
}

describe('<kn-nearest>', () => {
  it('finds the nearest active hotspot from the place chosen in the search: framed, selected, said, with a distance column origin', async () => {
    const { root, map, nearest, wlan } = await mount();
    expect(text(part(nearest, 'h2'))).to.equal('Nächsten Hotspot finden');
    expect(buttons(nearest).map(text)).to.deep.equal(['Von meinem Standort', 'Von der Kartenmitte']);
    expect(text(part(nearest, '.hint'))).to.contain('Wählen Sie zuerst in der Suche einen Ort');

    map.registry.setPlace(BUECKLESTRASSE);
    await nearest.updateComplete;
    const first = buttons(nearest)[0];
    expect(text(first)).to.equal('Vom gesuchten Ort: Bushaltestelle Bücklestraße');
    const rect = first.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(rect.left + rect.width / 2), Math.round(rect.top + rect.height / 2)] });
    await nearest.updateComplete;

    const expected = expectedNearest(wlan, BUECKLESTRASSE.lngLat);
    expect(map.registry.selection?.layer).to.equal(wlan);
    expect(map.registry.selection?.feature.properties!.name).to.equal(expected.name);
    expect(map.registry.origin).to.deep.equal(BUECKLESTRASSE.lngLat);
    const said = text(status(nearest));
    const match = said.match(new RegExp(`^Nächster Hotspot in Betrieb: ${expected.name}, ([\\d.,]+) (m|km) Luftlinie vom gesuchten Ort „Bushaltestelle Bücklestraße“\\.$`));
    expect(match, said).to.not.equal(null);
    const metres = Number(match![1].replace('.', '').replace(',', '.')) * (match![2] === 'km' ? 1000 : 1);
    expect(Math.abs(metres - expected.metres), 'the distance said').to.be.below(50);

    await settled(map);
    const bounds = map.map!.getBounds();
    expect(bounds.contains(BUECKLESTRASSE.lngLat), 'the starting point in view').to.equal(true);
    const hotspot = (map.registry.selection!.feature.geometry as Point).coordinates as [number, number];
    expect(bounds.contains(hotspot), 'the hotspot in view').to.equal(true);
    // Drawn on its own, so that it shows where the hotspots are clustered too.
    const drawn = map.map!.queryRenderedFeatures({ layers: [styleId(wlan, 'nearest-to')] });
    expect(drawn.map((f) => (f.geometry as Point).coordinates.map((c) => c.toFixed(5)))).to.deep.equal([hotspot.map((c) => c.toFixed(5))]);
    await expectAccessible(root, { what: 'the page with the nearest hotspot found' });
  });

  it('says a hotspot searched by its name is the place itself, not "0 m from" it', async () => {
    const { map, nearest, wlan } = await mount();
    const marktstaette = wlan.features.find((f) => f.properties!.name === 'Marktstätte')!;
    const details = document.createElement('kn-feature-details');
    details.setAttribute('for', map.id);
    map.after(details);
    map.registry.setPlace({ name: 'Marktstätte', lngLat: (marktstaette.geometry as Point).coordinates as [number, number] });
    await nearest.updateComplete;
    buttons(nearest)[0].click(); // from the place searched
    await nearest.updateComplete;
    expect(text(status(nearest))).to.equal('Nächster Hotspot in Betrieb: Marktstätte – der gesuchte Ort selbst.');
    // The details say so too, not "0 m".
    await until(() => text(details.shadowRoot?.querySelector('.distance dd')) !== '', 'the distance in the details');
    expect(text(details.shadowRoot!.querySelector('.distance dd'))).to.equal('der gesuchte Ort selbst');
    expect(map.registry.selection?.feature === marktstaette, 'the hotspot selected').to.equal(true);
  });

  it("writes the starting place's name clear of the search's pin standing on it", async () => {
    const { map, nearest, wlan } = await mount();
    const station = wlan.features.find((f) => f.properties?.name === 'Bahnhof Parkleitsystem')!.geometry as Point;
    // A place 40 m north of that hotspot: the nearest one lies to the south, so the label goes above the point.
    const place = { name: 'Hauptbahnhof Konstanz', lngLat: [station.coordinates[0], station.coordinates[1] + 0.00036] as [number, number] };
    expect(expectedNearest(wlan, place.lngLat).name).to.equal('Bahnhof Parkleitsystem');
    map.registry.setPlace(place);
    await nearest.updateComplete;
    buttons(nearest)[0].click();
    await settled(map);
    const pin = () => map.shadowRoot!.querySelector<HTMLElement>('.kn-place-marker');
    await until(() => pin()?.dataset.knPlace === place.name, 'the pin of the place');
    const [label] = map.map!.queryRenderedFeatures({ layers: [styleId(wlan, 'nearest-from-label')] });
    expect(label?.properties.label).to.equal(place.name);
    // queryRenderedFeatures gives the layout as evaluated for the feature: the label's lower edge (text-anchor
    // bottom) lies text-offset ems of 14 px above the point, and the pin stands 34 px high on it.
    const layout = (label.layer as { layout: Record<string, unknown> }).layout;
    expect(layout['text-anchor']).to.equal('bottom');
    const [, dy] = layout['text-offset'] as [number, number];
    expect(-dy * 14, "the label's lower edge above the pin's top, in px").to.be.greaterThan(pin()!.getBoundingClientRect().height);
  });

  it('lowers the starting label again when the search is emptied under a result that did not start from it', async () => {
    const { map, wlan: layer } = await mount();
    const wlan = layer as KnWlanLayer;
    const station = wlan.features.find((f) => f.properties?.name === 'Bahnhof Parkleitsystem')!.geometry as Point;
    const place = { name: 'Hauptbahnhof Konstanz', lngLat: [station.coordinates[0], station.coordinates[1] + 0.00036] as [number, number] };
    map.registry.setPlace(place);
    // From the map's middle, which is where the place is (as after choosing it): the label stands above the pin.
    wlan.showNearest(place.lngLat, { label: 'Kartenmitte' });
    const offset = () => {
      const [label] = map.map!.queryRenderedFeatures({ layers: [styleId(wlan, 'nearest-from-label')] });
      return label ? -((label.layer as { layout: Record<string, unknown> }).layout['text-offset'] as [number, number])[1] : undefined;
    };
    await until(() => offset() !== undefined, 'the starting label');
    const raised = offset()!;
    // Moved within the map (the line stays): it still follows the search.
    wlan.parentElement!.append(wlan);
    map.registry.setPlace(undefined);
    await until(() => offset() !== undefined && offset()! < raised, 'the label lowered without the pin');
    map.registry.setPlace(place);
    await until(() => offset() === raised, 'the label raised over the pin again');
  });

  it('takes a result off when another place is chosen in the search, and one from a place when the search is emptied', async () => {
    const { map, nearest, wlan } = await mount();
    const line = () => map.map!.queryRenderedFeatures({ layers: [styleId(wlan, 'nearest-to')] }).length;
    map.registry.setPlace(BUECKLESTRASSE);
    await nearest.updateComplete;
    nearest.fromPlace();
    await nearest.updateComplete;
    await settled(map);
    expect(text(status(nearest))).to.contain('Luftlinie vom gesuchten Ort „Bushaltestelle Bücklestraße“');
    expect(line(), 'the hotspot found drawn').to.equal(1);

    // Another place: the result, its line and the origin of the distances in the details and the list go.
    map.registry.setPlace({ name: 'Marktstätte', lngLat: [9.1762, 47.6597] });
    await nearest.updateComplete;
    await until(() => map.registry.origin === undefined, 'the origin cleared');
    expect(text(status(nearest)), 'no result said').to.equal('');
    await settled(map);
    expect(line(), 'the line gone').to.equal(0);
    expect(text(buttons(nearest)[0])).to.equal('Vom gesuchten Ort: Marktstätte');

    // From the place, then the search emptied: the place and its result go.
    nearest.fromPlace();
    await nearest.updateComplete;
    expect(map.registry.origin).to.deep.equal([9.1762, 47.6597]);
    map.registry.setPlace(undefined);
    await nearest.updateComplete;
    expect(map.registry.origin, 'the origin cleared with the place').to.equal(undefined);
    expect(buttons(nearest).map(text)).to.deep.equal(['Von meinem Standort', 'Von der Kartenmitte']);

    // A place in the search, a result from the centre, then the search emptied: the result stays (not the place's).
    map.registry.setPlace(BUECKLESTRASSE);
    await nearest.updateComplete;
    nearest.fromCentre();
    await nearest.updateComplete;
    const said = text(status(nearest));
    expect(said).to.contain('Kartenmitte');
    map.registry.setPlace(undefined);
    await nearest.updateComplete;
    expect(text(status(nearest)), 'a result from the centre stays').to.equal(said);
  });

  it('works by keyboard alone from the centre of the map, and says it in English on an English map', async () => {
    const { root, map, nearest, wlan } = await mount('en');
    map.map!.jumpTo({ center: [9.2, 47.675], zoom: 14 });
    wlan.hidden = true; // switched off in the layer switcher: asking for a hotspot shows the hotspots again
    await wlan.updateComplete;
    await idle(map.map!);
    buttons(nearest)[0].focus();
    await sendKeys({ press: 'Tab' }); // to "From the centre of the map"
    expect(text(nearest.shadowRoot!.activeElement)).to.equal('From the centre of the map');
    await sendKeys({ press: 'Enter' });
    await nearest.updateComplete;
    const expected = expectedNearest(wlan, [9.2, 47.675]);
    expect(text(status(nearest))).to.match(new RegExp(`^Nearest hotspot in operation: ${expected.name}, [\\d.,]+ (m|km) as the crow flies from the previous map centre\\.$`));
    expect(map.registry.selection?.feature.properties!.name).to.equal(expected.name);
    expect(wlan.hidden, 'the layer shown again').to.equal(false);
    expect(map.registry.originName).to.equal('the previous map centre');
    // The starting point is labelled on the map, as the visitor's position is.
    await until(
      () => map.map!.queryRenderedFeatures({ layers: [styleId(wlan, 'nearest-from-label')] }).some((f) => f.properties.label === 'Previous map centre'),
      'the label "Previous map centre" at the starting point',
    );
    await expectAccessible(root, { what: 'the English page with the nearest hotspot found' });
  });

  it('leaves the focus on the button pressed while a details panel opens beside with the hotspot found', async () => {
    const { root } = await mountMap<HTMLElement>(html`
      <div>
        <kn-feature-details for="fokus"></kn-feature-details>
        <kn-map id="fokus" lang="de" center="9.1755,47.6604" zoom="14" style="display:block;width:500px;height:400px">
          <kn-wlan-layer></kn-wlan-layer>
        </kn-map>
        <kn-nearest for="fokus"></kn-nearest>
      </div>
    `);
    const nearest = root.querySelector('kn-nearest') as KnNearest;
    const details = root.querySelector('kn-feature-details') as HTMLElement & { open: boolean };
    await nearest.updateComplete;
    buttons(nearest)[1].focus();
    await sendKeys({ press: 'Enter' });
    await until(() => details.open, 'the details of the hotspot found');
    await nearest.updateComplete;
    expect(text(status(nearest))).to.match(/^Nächster Hotspot in Betrieb: /);
    expect(nearest.shadowRoot!.activeElement === buttons(nearest)[1], 'the focus still on "Von der Kartenmitte"').to.equal(true);
    expect(details.shadowRoot!.activeElement === null, 'nothing in the details focused').to.equal(true);
  });

  it('names a place searched the same way in the status line, the details and on the map: quoted, “vom gesuchten Ort”', async () => {
    const { root, map } = await mountMap<HTMLElement>(html`
      <div>
        <kn-map id="ort" lang="de" style="display:block;width:500px;height:400px">
          <kn-wlan-layer></kn-wlan-layer>
        </kn-map>
        <kn-nearest for="ort"></kn-nearest>
        <kn-feature-details for="ort"></kn-feature-details>
      </div>
    `);
    const nearest = root.querySelector('kn-nearest') as KnNearest;
    const details = root.querySelector('kn-feature-details')!;
    const distanceTerm = () => text(details.shadowRoot!.querySelector('.distance dt'));
    // The focus on the map: a selection made is said there too.
    const said = await focusMapToHear(map);
    map.registry.setPlace(BUECKLESTRASSE);
    await nearest.updateComplete;
    nearest.fromPlace();
    await until(() => distanceTerm() !== '', 'the distance in the details');
    expect(text(status(nearest))).to.contain('Luftlinie vom gesuchten Ort „Bushaltestelle Bücklestraße“.');
    expect(distanceTerm()).to.equal('Entfernung vom gesuchten Ort „Bushaltestelle Bücklestraße“ (Luftlinie)');
    await until(() => said().startsWith('Ausgewählt:'), 'the selection said on the map');
    expect(said()).to.match(/^Ausgewählt: Konstanz-WLAN: .+, [\d,]+ k?m Luftlinie vom gesuchten Ort „Bushaltestelle Bücklestraße“\.$/);
    // From the map's centre: no quotes.
    nearest.fromCentre();
    await until(() => distanceTerm() === 'Entfernung von der vorherigen Kartenmitte (Luftlinie)', 'the distance from the centre');
  });

  it('asks for the position only when pressed, and explains a refusal', async () => {
    const { root, nearest } = await mount();
    const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'geolocation')!;
    let asked = 0;
    const refusing = {
      getCurrentPosition: (_ok: PositionCallback, fail: PositionErrorCallback) => {
        asked++;
        fail({ code: 1, PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3, message: 'denied' } as GeolocationPositionError);
      },
    };
    Object.defineProperty(navigator, 'geolocation', { configurable: true, get: () => refusing });
    try {
      expect(asked).to.equal(0);
      buttons(nearest)[0].click();
      await nearest.updateComplete;
      expect(asked).to.equal(1);
      expect(text(status(nearest))).to.contain('Ihr Standort ist nicht freigegeben');
      expect(status(nearest).classList.contains('problem')).to.equal(true);
      await expectAccessible(root, { what: 'the page explaining a refused position' });
    } finally {
      delete (navigator as unknown as Record<string, unknown>).geolocation;
      Object.defineProperty(Navigator.prototype, 'geolocation', original);
    }
  });

  it('says the search cannot be done when the layer\'s data could not be loaded, and that there is none in an empty file', async () => {
    // A missing file: not "still loading, try again" for ever, but why.
    const { root } = await mountMap<HTMLElement>(html`
      <div>
        <kn-map id="fehlt" lang="de" style="display:block;width:400px;height:300px">
          <kn-wlan-layer src="/test/fixtures/gibt-es-nicht.geojson"></kn-wlan-layer>
        </kn-map>
        <kn-nearest for="fehlt"></kn-nearest>
      </div>
    `);
    const nearest = root.querySelector('kn-nearest') as KnNearest;
    await nearest.updateComplete;
    buttons(nearest)[1].click(); // from the centre of the map
    await nearest.updateComplete;
    expect(text(status(nearest))).to.equal('Die Suche ist nicht möglich: Die Daten der Ebene „Konstanz-WLAN“ konnten nicht geladen werden.');
    expect(status(nearest).classList.contains('problem')).to.equal(true);
    // Mended by the page: while the new file loads, it is loading; once it is in, the search works.
    const wlan = root.querySelector('kn-wlan-layer')!;
    const loaded = nextEvent(wlan, 'kn-data-load');
    wlan.setAttribute('src', '/src/assets/data/wlan-konstanz.geojson');
    await (wlan as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    buttons(nearest)[1].click();
    await nearest.updateComplete;
    expect(text(status(nearest)), 'while the new file loads').to.equal('Die Daten der Ebene werden noch geladen. Bitte gleich noch einmal versuchen.');
    await loaded;
    buttons(nearest)[1].click();
    await nearest.updateComplete;
    expect(text(status(nearest))).to.match(/^Nächster Hotspot in Betrieb: /);

    // A file with no features: loaded, and there is no hotspot to find.
    const empty = await mountMap<HTMLElement>(html`
      <div>
        <kn-map id="leer" lang="en" style="display:block;width:400px;height:300px">
          <kn-wlan-layer .data=${{ type: 'FeatureCollection', features: [] }}></kn-wlan-layer>
        </kn-map>
        <kn-nearest for="leer"></kn-nearest>
      </div>
    `);
    const none = empty.root.querySelector('kn-nearest') as KnNearest;
    await none.updateComplete;
    buttons(none)[1].click();
    await none.updateComplete;
    expect(text(status(none))).not.to.contain('still loading');
    expect(text(status(none))).to.contain('No hotspot');
  });

  it('says so when the map has no layer to search in', async () => {
    const { root } = await mountMap<HTMLElement>(html`
      <div>
        <kn-map id="ohne" style="display:block;width:400px;height:300px"><kn-fibre-layer></kn-fibre-layer></kn-map>
        <kn-nearest for="ohne"></kn-nearest>
      </div>
    `);
    const nearest = root.querySelector('kn-nearest') as KnNearest;
    await nearest.updateComplete;
    expect(buttons(nearest)).to.have.length(0);
    expect(text(part(nearest, '.panel'))).to.contain('Keine Ebene auf der Karte');
  });
});
