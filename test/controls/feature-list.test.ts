import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { html } from 'lit';
import type { Feature } from 'geojson';
import '../../src/define.js';
import '../../src/kn-feature-list.js';
import { buildRows, distanceTo, formatDistance, inView, type ListLayer, type ListSource } from '../../src/controls/feature-list/rows.js';
import type { KnFeatureList } from '../../src/controls/feature-list/feature-list.js';
import type { KnMap } from '../../src/map/kn-map.js';
import type { KnDataLayer } from '../../src/layers/data-layer.js';
import type { KnWlanLayer } from '../../src/layers/wlan/kn-wlan-layer.js';
import { expectAccessible } from '../helpers/a11y.js';
import { injectedImagesFailed } from '../helpers/harness.js';
import { idle, nextEvent } from '../helpers/map.js';
import { featureNamed, isHighlighted, mount, pagePoint, shownInFreeMiddle, until } from './feature-controls-helpers.js';

const ALTSTADT = '9.1765,47.6600';

/** A feature's bounding box from its coordinates. */
function bboxOfFeature(feature: Feature): [number, number, number, number] {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (coords: unknown): void => {
    if (typeof (coords as number[])[0] === 'number') {
      const [x, y] = coords as number[];
      [box[0], box[1], box[2], box[3]] = [Math.min(box[0], x), Math.min(box[1], y), Math.max(box[2], x), Math.max(box[3], y)];
    } else (coords as unknown[]).forEach(visit);
  };
  visit((feature.geometry as { coordinates: unknown }).coordinates);
  return box;
}

const list = (container: HTMLElement) => container.querySelector('kn-feature-list')!;
const rowNames = (el: KnFeatureList) =>
  [...el.shadowRoot!.querySelectorAll('tbody th[scope="row"] .name')].map((b) => b.textContent!.trim().replace(/^▶/, ''));
const headers = (el: KnFeatureList) => [...el.shadowRoot!.querySelectorAll('thead th')] as HTMLTableCellElement[];
const status = (el: KnFeatureList) => el.shadowRoot!.querySelector('[role="status"]')!;
const scopeBox = (el: KnFeatureList) => el.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
const nameButton = (el: KnFeatureList, name: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('tbody .name')].find((b) => b.textContent!.replace('▶', '').trim() === name)!;

/** Mounts the map with the list inside it (slot) — the common case. */
async function mountInside(extra: { scope?: string; style?: string } = {}) {
  const mounted = await mount(html`
    <div>
      <kn-map style="width:900px;height:600px" center=${ALTSTADT} zoom="16">
        <kn-wlan-layer></kn-wlan-layer>
        <kn-projects-layer></kn-projects-layer>
        <kn-feature-list slot="top-left" scope=${extra.scope ?? 'view'} style=${extra.style ?? ''}></kn-feature-list>
      </kn-map>
    </div>
  `);
  return { ...mounted, el: list(mounted.container) };
}

/** Moves the map out to a view with many entries and gives the rows listed then. */
async function wideView(map: KnMap, el: KnFeatureList): Promise<string[]> {
  const wide = nextEvent(map, 'kn-move-end');
  map.map!.jumpTo({ center: [9.175, 47.664], zoom: 14.5 });
  await wide;
  await el.updateComplete;
  const rows = rowNames(el);
  expect(rows.length, 'a view with many entries').to.be.greaterThan(10);
  return rows;
}

/** The list's count region and its `aria-live` at each change of its words, while `watch()`ed (until `observer.disconnect()`). */
function watchLive(el: KnFeatureList) {
  const region = status(el);
  const liveAtChange: (string | null)[] = [];
  const observer = new MutationObserver(() => liveAtChange.push(region.getAttribute('aria-live')));
  const watch = () => observer.observe(region, { subtree: true, childList: true, characterData: true });
  watch();
  return { region, liveAtChange, observer, watch };
}

/**
 * A map with the WLAN layer and a list at `center` (zoom 15 or 16), and a GeoJSON layer joining it whose file is held
 * on its way until `answer` lets it through (`window.fetch` replaced meanwhile; `restore` puts it back).
 */
async function listWithLayerOnItsWay(center: string, zoom: number) {
  const { map, container } = await mount(html`
    <div>
      <kn-map style="width:900px;height:600px" center=${center} zoom=${zoom}>
        <kn-wlan-layer></kn-wlan-layer>
        <kn-feature-list slot="top-left"></kn-feature-list>
      </kn-map>
    </div>
  `);
  const el = list(container);
  await el.updateComplete;
  const said = () => status(el).textContent!.trim();
  const before = said();
  const fetchBefore = window.fetch;
  let answer!: (response: Response) => void;
  window.fetch = (input, init) =>
    String(input instanceof Request ? input.url : input).includes('unterwegs.geojson') ? new Promise<Response>((resolve) => (answer = resolve)) : fetchBefore(input, init);
  const later = document.createElement('kn-geojson-layer') as KnDataLayer;
  later.setAttribute('src', '/test/fixtures/unterwegs.geojson');
  map.append(later);
  const answerWith = (features: object[]) => {
    const loaded = nextEvent(later, 'kn-data-load');
    answer(new Response(JSON.stringify({ type: 'FeatureCollection', features }), { headers: { 'content-type': 'application/geo+json' } }));
    return loaded;
  };
  return { el, later, said, before, answerWith, restore: () => (window.fetch = fetchBefore) };
}

describe('<kn-feature-list>', () => {
  it('lists the features of the map view in a table with a caption, column headers and a name button per row', async () => {
    const { container, map, layers, el } = await mountInside();
    const bounds = map.map!.getBounds();
    const expected = layers
      .flatMap((layer) => layer.features)
      .filter(
        (f) => f.geometry.type === 'Point' && bounds.contains((f.geometry as unknown as { coordinates: [number, number] }).coordinates),
      );
    expect(expected.length).to.be.within(5, 30);
    expect(el.shadowRoot!.querySelectorAll('tbody tr')).to.have.length(expected.length);
    const caption = el.shadowRoot!.querySelector('caption')!;
    expect(caption.textContent!.trim()).to.equal('Einträge im Kartenausschnitt');
    // Not shown twice: the count above says it ("12 Einträge im Kartenausschnitt"); still the table's name.
    expect(caption.getBoundingClientRect().height, 'out of sight').to.be.at.most(1);
    expect(status(el).textContent!.trim()).to.match(/^\d+ Einträge im Kartenausschnitt$/);
    expect(headers(el).map((th) => th.textContent!.replace(/[▲▼↕]/g, '').trim())).to.deep.equal(['Name', 'Ebene', 'Kategorie · Status']);
    expect(headers(el).every((th) => th.getAttribute('scope') === 'col' && th.querySelector('button'))).to.equal(true);
    expect(rowNames(el)).to.include('Marktstätte');
    const marktRow = nameButton(el, 'Marktstätte').closest('tr')!;
    expect([...marktRow.querySelectorAll('td')].map((td) => td.textContent!.trim())).to.deep.equal(['Konstanz-WLAN', 'in Betrieb']);
    const project = nameButton(el, 'Stadtklima-Messnetz: Station Marktstätte').closest('tr')!;
    expect(project.querySelectorAll('td')[1].textContent!.trim()).to.equal('Smarte Stadt · in Umsetzung');
    expect(status(el).textContent!.trim(), 'the count says what it counts').to.equal(`${expected.length} Einträge im Kartenausschnitt`);
    await expect(el).to.be.accessible();
    await expectAccessible(container, { what: 'the map with the list in a corner' });
  });

  it('lists every feature of the visible layers when "nur im Kartenausschnitt" is unticked, and leaves hidden layers out', async () => {
    const { layers, el } = await mountInside();
    const box = scopeBox(el);
    expect(box.checked).to.equal(true);
    expect(box.closest('label')!.textContent!.trim()).to.equal('nur im Kartenausschnitt');
    box.click();
    await el.updateComplete;
    expect(el.scope).to.equal('all');
    expect(status(el).textContent!.trim()).to.equal('36 Einträge');
    expect(el.shadowRoot!.querySelector('caption')!.textContent!.trim()).to.equal('Alle Einträge der sichtbaren Ebenen');
    expect(el.shadowRoot!.querySelector('caption')!.getBoundingClientRect().height, 'shown: the count does not say it').to.be.above(10);
    layers[1].hidden = true;
    await layers[1].updateComplete;
    await el.updateComplete;
    expect(status(el).textContent!.trim()).to.equal('16 Einträge');
    expect(rowNames(el)).to.include('Hörnle').and.not.to.include('Stadtklima-Messnetz: Station Hörnle');
  });

  it('follows the filters of the projects layer', async () => {
    const { layers, el } = await mountInside({ scope: 'all' });
    const projects = layers[1] as KnDataLayer & { categories?: string };
    projects.categories = 'Smarte Verwaltung';
    await projects.updateComplete;
    await el.updateComplete;
    const shown = projects.features.map((f) => f.properties!.name as string);
    expect(shown.length).to.be.within(1, 19);
    expect(status(el).textContent!.trim()).to.equal(`${16 + shown.length} Einträge`);
    expect(rowNames(el)).to.include.members(shown).and.not.include('Stadtklima-Messnetz: Station Hörnle');
  });

  it('lists only what the generic layer draws under its categories filter', async () => {
    const { container } = await mount(html`
      <div>
        <kn-map id="filtered" style="width:600px;height:400px">
          <kn-geojson-layer src="/__test/points.geojson?n=40" category-field="kategorie" categories="A, C"></kn-geojson-layer>
        </kn-map>
        <kn-feature-list for="filtered" scope="all"></kn-feature-list>
      </div>
    `);
    const el = list(container);
    await el.updateComplete;
    expect(status(el).textContent!.trim()).to.equal('20 Einträge');
    expect(
      new Set([...el.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => tr.querySelectorAll('td')[1].textContent!.trim())),
    ).to.deep.equal(new Set(['A', 'C']));
    const layer = container.querySelector('kn-geojson-layer')!;
    layer.setAttribute('categories', '');
    await layer.updateComplete;
    await el.updateComplete;
    expect(status(el).textContent!.trim()).to.equal('40 Einträge');
  });

  it('sorts by any column with buttons in the headers, stating the order with aria-sort', async () => {
    const { el } = await mountInside({ scope: 'all' });
    const names = rowNames(el);
    const collator = new Intl.Collator('de-DE', { numeric: true, sensitivity: 'base' });
    expect(names).to.deep.equal([...names].sort(collator.compare));
    expect(headers(el).map((th) => th.getAttribute('aria-sort'))).to.deep.equal(['ascending', null, null]);

    headers(el)[0].querySelector('button')!.click();
    await el.updateComplete;
    expect(headers(el)[0].getAttribute('aria-sort')).to.equal('descending');
    expect(rowNames(el)).to.deep.equal([...names].sort(collator.compare).reverse());

    headers(el)[1].querySelector('button')!.click();
    await el.updateComplete;
    expect(headers(el).map((th) => th.getAttribute('aria-sort'))).to.deep.equal([null, 'ascending', null]);
    const layerColumn = [...el.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => tr.querySelector('td')!.textContent!.trim());
    expect(layerColumn[0]).to.equal('Konstanz-WLAN');
    expect(layerColumn.at(-1)).to.equal('Smart-Green-City-Projekte');
    // Within a layer, by name.
    const wlanNames = rowNames(el).slice(0, 16);
    expect(wlanNames).to.deep.equal([...wlanNames].sort(collator.compare));
  });

  it('announces the count in a polite live region when it changes, and not on a pan that keeps it', async () => {
    const { map, el } = await mountInside();
    const region = status(el);
    expect(region.getAttribute('role')).to.equal('status');
    const before = region.textContent!.trim();
    const mutations: MutationRecord[] = [];
    const observer = new MutationObserver((records) => mutations.push(...records));
    observer.observe(region, { subtree: true, childList: true, characterData: true });

    let moved = nextEvent(map, 'kn-move-end');
    map.map!.panBy([3, 2], { animate: false });
    await moved;
    await el.updateComplete;
    expect(mutations, 'a pan that keeps the count leaves the live region alone').to.have.length(0);
    expect(region.textContent!.trim()).to.equal(before);

    moved = nextEvent(map, 'kn-move-end');
    map.map!.jumpTo({ center: [9.2151, 47.667], zoom: 17 }); // Hörnle: one hotspot and one station at the same spot
    await moved;
    await el.updateComplete;
    observer.disconnect();
    expect(region.textContent!.trim()).to.equal('2 Einträge im Kartenausschnitt');
    expect(mutations.length).to.be.greaterThan(0);
  });

  it('says the entries are loading, not that there are none, while a layer shown still loads its data (tester)', async () => {
    // Far out on the lake: no hotspot in view; a layer joins whose file is still on its way.
    const { el, later, said, before, answerWith, restore } = await listWithLayerOnItsWay('9.3,47.62', 15);
    const emptyText = () => el.shadowRoot!.querySelector('.empty')?.textContent?.trim();
    try {
      expect(before).to.equal('Keine Einträge im Kartenausschnitt');
      await until(() => said() === 'Einträge werden geladen …', () => `the count says ${said()}; ${later.dataState}`);
      expect(emptyText()).to.equal('Einträge werden geladen …');
      // Its data in, with nothing in view: now there are none.
      await answerWith([{ type: 'Feature', properties: { name: 'Weit weg' }, geometry: { type: 'Point', coordinates: [9.1, 47.7] } }]);
      await until(() => said() === 'Keine Einträge im Kartenausschnitt', () => `the count says ${said()}`);
      expect(emptyText()).to.match(/^Im Kartenausschnitt ist nichts zu sehen/);
    } finally {
      restore();
    }
  });

  it('says that more are loading after the count while another layer shown still loads its data (tester)', async () => {
    // At the Marktstätte: hotspots in view; a layer joins whose file is still on its way.
    const { later, said, before, answerWith, restore } = await listWithLayerOnItsWay('9.1755,47.6604', 16);
    try {
      expect(before).to.match(/^(1 Eintrag|\d+ Einträge) im Kartenausschnitt$/);
      // Not "19 Einträge im Kartenausschnitt" as if that were all.
      await until(() => / – weitere werden geladen …$/.test(said()), () => `the count says ${said()}; ${later.dataState}`);
      expect(said()).to.match(/^(1 Eintrag|\d+ Einträge) im Kartenausschnitt – weitere werden geladen …$/);
      await answerWith([{ type: 'Feature', properties: { name: 'Hier' }, geometry: { type: 'Point', coordinates: [9.1755, 47.6604] } }]);
      await until(() => /^\d+ Einträge im Kartenausschnitt$/.test(said()), () => `the count says ${said()}`);
    } finally {
      restore();
    }
  });

  it('counts what the keyboard walk counts: a district reaching into the view with a corner is in neither (tester P2)', async () => {
    const { map, layers, el } = await mount(html`
      <div>
        <kn-map style="width:900px;height:600px" center="9.1755,47.6604" zoom="15">
          <kn-fibre-layer></kn-fibre-layer>
          <kn-wlan-layer></kn-wlan-layer>
          <kn-feature-list slot="top-left"></kn-feature-list>
        </kn-map>
      </div>
    `).then((mounted) => ({ ...mounted, el: list(mounted.container) }));
    const [fibre] = layers;
    await el.updateComplete;
    const bounds = map.map!.getBounds();
    const view: [number, number, number, number] = [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()];
    const fibreName = map.registry.describe(fibre, 'de').name;
    const listed = () => status(el).textContent!.trim();
    const fibreRows = () => [...el.shadowRoot!.querySelectorAll('tbody tr')].filter((tr) => tr.querySelector('td')!.textContent!.trim() === fibreName).length;
    // The case the tester met: districts whose outline's box touches the view although only an edge of them is seen.
    const boxTouching = fibre.features.filter((feature) => {
      const [west, south, east, north] = bboxOfFeature(feature);
      return west <= view[2] && east >= view[0] && south <= view[3] && north >= view[1];
    }).length;
    expect(fibreRows(), 'fewer districts than touch the view with their box').to.be.below(boxTouching);
    expect(fibreRows(), 'the district around the centre at least').to.be.at.least(1);
    // What the map says on L: "N geht jetzt nur durch <fibre>: <n> im Ausschnitt." and, for all layers, the list's count.
    const announcer = map.shadowRoot!.querySelector('[part="announcer"]')!;
    const said = () => announcer.textContent!.trim();
    map.map!.getCanvas().focus();
    let words = '';
    for (let presses = 0; presses < 3 && !words.includes(fibreName); presses++) {
      const before = said();
      await sendKeys({ press: 'l' });
      await until(() => said() !== before && said() !== '', 'the map says the choice after L');
      words = said();
    }
    expect(words).to.equal(`N geht jetzt nur durch ${fibreName}: ${fibreRows()} im Ausschnitt.`);
    const before = said();
    await sendKeys({ press: 'l' });
    await until(() => said() !== before && said() !== '', 'the map says the choice after L');
    const total = Number(/(\d+) Einträge im Kartenausschnitt$/.exec(listed())?.[1]);
    expect(said()).to.equal(`N geht jetzt durch alle Ebenen: ${total} im Ausschnitt.`);
  });

  it('changes the count without saying it after a move the visitor made, which the map itself says', async () => {
    const { map, layers, el } = await mountInside();
    const { region, liveAtChange, observer, watch } = watchLive(el);

    // A move with a gesture's event, as maplibre's drag and wheel handlers tag theirs.
    const moved = nextEvent(map, 'kn-move-end');
    map.map!.jumpTo({ center: [9.2151, 47.667], zoom: 17 }, { originalEvent: new MouseEvent('mouseup') });
    await moved;
    await el.updateComplete;
    expect(region.textContent!.trim()).to.equal('2 Einträge im Kartenausschnitt');
    expect(liveAtChange.length, 'the count changed').to.be.greaterThan(0);
    expect(liveAtChange.every((live) => live === 'off'), 'the region was not live while its words changed').to.equal(true);
    // The map says what the view shows (its layers' counts among it).
    await until(() => /Konstanz-WLAN/.test(map.shadowRoot!.querySelector('[part="announcer"]')!.textContent ?? ''));

    // A layer switched off is not said by the map: the list says its new count.
    liveAtChange.length = 0;
    layers[1].hidden = true;
    await until(() => region.textContent!.trim() === '1 Eintrag im Kartenausschnitt');
    observer.disconnect();
    expect(liveAtChange.length).to.be.greaterThan(0);
    expect(liveAtChange.includes('off'), 'said again once something else changed the count').to.equal(false);
    expect(region.getAttribute('role')).to.equal('status');

    // After another gesture, the scope toggled: said (the map says nothing of it).
    const again = nextEvent(map, 'kn-move-end');
    map.map!.jumpTo({ center: [9.2151, 47.667], zoom: 16 }, { originalEvent: new MouseEvent('mouseup') });
    await again;
    await el.updateComplete;
    liveAtChange.length = 0;
    watch();
    scopeBox(el).click();
    await until(() => /^\d+ Einträge$/.test(region.textContent!.trim()));
    observer.disconnect();
    expect(liveAtChange.length).to.be.greaterThan(0);
    expect(liveAtChange.includes('off'), 'the scope toggled is said').to.equal(false);
  });

  it('changes the count without saying it after a move that framed a feature just selected (said itself)', async () => {
    const { map, layers, el } = await mountInside();
    const { region, liveAtChange, observer } = watchLive(el);
    // As kn-nearest and kn-search do: the layer frames a feature far from the view (the Hörnle hotspot).
    const hoernle = layers[0].features.find((f) => String(f.properties!.name).includes('Hörnle'))!;
    const moved = nextEvent(map, 'kn-move-end');
    layers[0].focusFeature(hoernle, { maxZoom: 17 });
    await moved;
    await until(() => liveAtChange.length > 0, 'the count changed');
    await el.updateComplete;
    observer.disconnect();
    expect(region.textContent!.trim()).to.match(/^\d+ Einträge? im Kartenausschnitt$/);
    expect(liveAtChange.every((live) => live === 'off'), 'the region was not live while its words changed').to.equal(true);
  });

  it('keeps its rows after an entry is chosen and the map moves to it, until the map is moved otherwise', async () => {
    const { map, el } = await mountInside();
    const before = await wideView(map, el);
    const name = before[Math.floor(before.length / 2)];
    const button = nameButton(el, name);
    button.focus();
    const moved = nextEvent(map, 'kn-move-end');
    await sendKeys({ press: 'Enter' });
    await moved;
    await el.updateComplete;
    expect(map.map!.getZoom(), 'the map zoomed in to the entry').to.be.at.least(16);
    expect(rowNames(el), 'the rows stay as they were').to.deep.equal(before);
    expect(el.shadowRoot!.activeElement?.textContent!.replace('▶', '').trim(), 'the focus stays on the chosen entry').to.equal(name);

    // The next entry, chosen the same way: still the same rows.
    await sendKeys({ press: 'ArrowDown' });
    const next = nextEvent(map, 'kn-move-end');
    await sendKeys({ press: 'Enter' });
    await next;
    await el.updateComplete;
    expect(rowNames(el)).to.deep.equal(before);
    expect(el.shadowRoot!.querySelector('tr[aria-current]')?.querySelector('.name')?.textContent!.replace('▶', '').trim()).to.equal(before[before.indexOf(name) + 1]);

    // A move of the map's own (here a page's script) lists what the view shows again.
    const panned = nextEvent(map, 'kn-move-end');
    map.map!.panBy([5, 5], { animate: false });
    await panned;
    await el.updateComplete;
    expect(rowNames(el).length, 'the rows follow the view again').to.be.lessThan(before.length);
  });

  it('lists what the view shows after a search or a nearest search framed its result (the visitor did not choose from the list)', async () => {
    const { map, layers, el } = await mountInside();
    const before = await wideView(map, el);
    const wlan = layers[0];
    const found = featureNamed(wlan, before.includes('Herosépark') ? 'Herosépark' : before[0]);
    // As <kn-nearest> selects what it found.
    const moved = nextEvent(map, 'kn-move-end');
    map.registry.withInput('nearest', () => wlan.focusFeature(found, { maxZoom: 17 }));
    await moved;
    await el.updateComplete;
    expect(map.map!.getZoom(), 'the map zoomed in to the result').to.be.at.least(16);
    expect(rowNames(el).length, 'the rows follow the view').to.be.lessThan(before.length);
    // The same after a choice in the search (which calls focusFeature as it is).
    expect(await wideView(map, el)).to.deep.equal(before);
    const searched = nextEvent(map, 'kn-move-end');
    wlan.focusFeature(found, { maxZoom: 17 });
    await searched;
    await el.updateComplete;
    expect(rowNames(el).length, 'the rows follow the view after the search').to.be.lessThan(before.length);
  });

  it('keeps its rows after a district is chosen, also when the fibre year then moves (the district derived anew)', async () => {
    const { map, layers } = await mount(html`
      <div>
        <kn-map style="width:900px;height:600px" center="9.175,47.67" zoom="12.5">
          <kn-fibre-layer></kn-fibre-layer>
          <kn-feature-list slot="top-left"></kn-feature-list>
        </kn-map>
      </div>
    `);
    const el = map.querySelector('kn-feature-list')!;
    await el.updateComplete;
    const before = rowNames(el);
    expect(before.length, 'several districts in view').to.be.greaterThan(4);
    const button = nameButton(el, 'Altstadt');
    button.focus();
    const moved = nextEvent(map, 'kn-move-end');
    await sendKeys({ press: 'Enter' });
    await moved;
    await el.updateComplete;
    expect(rowNames(el), 'the rows stay after the map framed the district').to.deep.equal(before);
    const fibre = layers[0] as (typeof layers)[number] & { year: number };
    fibre.year = 2015;
    await until(() => fibre.features.every((f) => f.properties?.ausbau_jahr === 2015));
    await el.updateComplete;
    expect(rowNames(el), 'and after the year moved').to.deep.equal(before);
    expect(el.shadowRoot!.querySelector('tr[aria-current] .name')?.textContent!.replace('▶', '').trim()).to.equal('Altstadt');
  });

  it('frames and highlights the feature on the map when its name is activated with the keyboard', async () => {
    const { map, layers, el } = await mountInside({ scope: 'all' });
    const wlan = layers[0];
    const herose = featureNamed(wlan, 'Herosépark');
    const button = nameButton(el, 'Herosépark');
    button.focus();
    const moved = nextEvent(map, 'kn-move-end');
    const selected = nextEvent<CustomEvent>(map, 'kn-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail.feature).to.equal(herose);
    await moved;
    // In the middle of what the list in the corner leaves free, not under it.
    const shown = shownInFreeMiddle(map, [9.17457, 47.66905]);
    expect(shown.at[0]).to.be.closeTo(shown.expected[0], 2);
    expect(shown.at[1]).to.be.closeTo(shown.expected[1], 2);
    expect(shown.covered, 'under the list').to.equal(false);
    expect(map.map!.getZoom()).to.be.at.least(16);
    expect(isHighlighted(map, wlan, herose)).to.equal(true);
    await el.updateComplete;
    expect(button.closest('tr')!.getAttribute('aria-current')).to.equal('true');
  });

  it('marks the row of a feature selected on the map and scrolls it into view, without taking the focus', async () => {
    const { layers, el } = await mountInside({ scope: 'all', style: '--kn-feature-list-max-height: 140px' });
    const outside = document.createElement('button');
    outside.textContent = 'elsewhere';
    document.body.append(outside);
    try {
      outside.focus();
      const projects = layers[1];
      const last = featureNamed(projects, 'Virtuelles Rathaus'); // far down the name-sorted list
      projects.select(last);
      await el.updateComplete;
      const row = nameButton(el, 'Virtuelles Rathaus').closest('tr')!;
      expect(row.getAttribute('aria-current')).to.equal('true');
      expect(row.getAttribute('part')).to.equal('row row-selected');
      expect(el.shadowRoot!.querySelectorAll('tr[aria-current]')).to.have.length(1);
      const scroller = el.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
      await until(
        () => {
          const [box, rect] = [scroller.getBoundingClientRect(), row.getBoundingClientRect()];
          return rect.top >= box.top && rect.bottom <= box.bottom + 1;
        },
        'the row scrolled into view',
      );
      expect(scroller.scrollTop).to.be.greaterThan(0);
      expect(document.activeElement).to.equal(outside);
      // Not colour alone: a marker shape beside the name.
      expect(getComputedStyle(row.querySelector('.marker')!).visibility).to.equal('visible');
    } finally {
      outside.remove();
    }
  });

  it('follows a real click on a hotspot on the map', async () => {
    const { map, layers, el } = await mountInside();
    // Sternenplatz: a hotspot with no project at the same spot.
    map.map!.jumpTo({ center: [9.1797, 47.6674], zoom: 17 });
    await idle(map.map!);
    await el.updateComplete;
    const wlan = layers[0];
    const sternenplatz = featureNamed(wlan, 'Sternenplatz');
    const selected = nextEvent(map, 'kn-select');
    await sendMouse({ type: 'click', position: pagePoint(map, [9.179657, 47.667383]) });
    expect(((await selected) as CustomEvent).detail.feature).to.equal(sternenplatz);
    await el.updateComplete;
    expect(nameButton(el, 'Sternenplatz').closest('tr')!.getAttribute('aria-current')).to.equal('true');
    expect(isHighlighted(map, wlan, sternenplatz)).to.equal(true);
  });

  it('adds a distance column after a nearest-hotspot search and sorts by it', async () => {
    const { layers, el } = await mountInside({ scope: 'all' });
    const wlan = layers[0] as KnWlanLayer;
    expect(headers(el)).to.have.length(3);
    wlan.showNearest([9.176, 47.66]);
    await el.updateComplete;
    expect(headers(el)).to.have.length(4);
    expect(headers(el)[3].textContent!.replace(/[▲▼↕]/g, '').trim()).to.equal('Entfernung');
    headers(el)[3].querySelector('button')!.click();
    await el.updateComplete;
    expect(headers(el)[3].getAttribute('aria-sort')).to.equal('ascending');
    // The hotspot and the project "Konstanz-WLAN" share the spot; equal distances go by name.
    expect(rowNames(el).slice(0, 2)).to.deep.equal(['Konstanz-WLAN', 'Marktstätte']);
    const distances = [...el.shadowRoot!.querySelectorAll('tbody tr td.number')].map((td) => td.textContent!.trim());
    expect(distances.slice(0, 2)).to.deep.equal(['53 m', '53 m']);
    const metres = (text: string) => (text.endsWith(' km') ? parseFloat(text.replace(',', '.')) * 1000 : parseFloat(text.replace('.', '')));
    // Projects with no place of its own (`lage: angenommen`) have no distance: they say so, last either way.
    const unplaced = ['Digitales Verkehrsmanagement', 'Gebärdensprach-Avatar', 'Glasfaserausbau', 'Online-Beteiligungsplattform', 'Virtuelles Rathaus'];
    expect(rowNames(el).slice(-5)).to.deep.equal(unplaced);
    expect(distances.slice(-5)).to.deep.equal(Array(5).fill('kein eigener Ort'));
    const placed = distances.slice(0, -5);
    expect(placed.map(metres)).to.deep.equal([...placed.map(metres)].sort((a, b) => a - b));
    headers(el)[3].querySelector('button')!.click();
    await el.updateComplete;
    expect(headers(el)[3].getAttribute('aria-sort')).to.equal('descending');
    expect(rowNames(el).slice(-5)).to.deep.equal(unplaced);
  });

  it('renders at most max-rows rows and shows more on request, moving the focus to the first new row', async () => {
    const { container } = await mount(html`
      <div>
        <kn-map style="width:600px;height:400px">
          <kn-geojson-layer src="/__test/points.geojson?n=450" category-field="kategorie"></kn-geojson-layer>
        </kn-map>
        <kn-feature-list scope="all"></kn-feature-list>
      </div>
    `);
    const el = list(container);
    // `for` is missing: a list outside the map binds with for=; give it now.
    el.setAttribute('for', (container.querySelector('kn-map')!.id = 'many'));
    await el.updateComplete;
    expect(status(el).textContent!.trim()).to.equal('450 Einträge');
    expect(el.shadowRoot!.querySelectorAll('tbody tr')).to.have.length(200);
    const more = el.shadowRoot!.querySelector<HTMLButtonElement>('.more')!;
    expect(more.textContent!.trim()).to.equal('Weitere 200 anzeigen');
    expect(el.shadowRoot!.querySelector('.shown')!.textContent!.trim()).to.equal('200 von 450 angezeigt');
    more.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('tbody tr')).to.have.length(400);
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelectorAll('tbody .name')[200]);
    expect(el.shadowRoot!.querySelector('.more')!.textContent!.trim()).to.equal('Weitere 50 anzeigen');
  });

  it('shows names from the data as text: markup in a name is not parsed and nothing runs', async () => {
    const hostile = '<img src=x onerror="window.__knListXss=1">';
    const { container } = await mount(html`
      <div>
        <kn-map style="width:600px;height:400px" center="9.17,47.66" zoom="14">
          <kn-geojson-layer>
            <script type="application/geo+json">
              {
                "type": "FeatureCollection",
                "features": [
                  {
                    "type": "Feature",
                    "properties": { "name": "<img src=x onerror=\\"window.__knListXss=1\\">" },
                    "geometry": { "type": "Point", "coordinates": [9.17, 47.66] }
                  }
                ]
              }
            </script>
          </kn-geojson-layer>
          <kn-feature-list slot="top-left"></kn-feature-list>
        </kn-map>
      </div>
    `);
    const el = list(container);
    expect(rowNames(el)).to.deep.equal([hostile]);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    await injectedImagesFailed(); // an injected <img src=x onerror=…> would have run its handler by now
    expect((window as unknown as { __knListXss?: number }).__knListXss).to.equal(undefined);
  });

  it('binds with for= beside the map and speaks English when the map does', async () => {
    const { container } = await mount(html`
      <div>
        <kn-map id="list-en" lang="en" style="width:600px;height:400px" center=${ALTSTADT} zoom="16">
          <kn-wlan-layer></kn-wlan-layer>
        </kn-map>
        <kn-feature-list for="list-en"></kn-feature-list>
      </div>
    `);
    const el = list(container);
    await el.updateComplete;
    expect(headers(el).map((th) => th.textContent!.replace(/[▲▼↕]/g, '').trim())).to.deep.equal(['Name', 'Layer', 'Category · status']);
    expect(scopeBox(el).closest('label')!.textContent!.trim()).to.equal('only in the map view');
    expect(status(el).textContent!.trim()).to.match(/^\d+ entries in the map view$/);
    expect(el.shadowRoot!.querySelector('[part="container"]')!.getAttribute('lang')).to.equal('en');
    await expect(el).to.be.accessible();
    await expectAccessible(container, { what: 'the English map with the list beside it' });
  });

  it('has name buttons of at least 24 × 24 px with a visible focus outline', async () => {
    const { el } = await mountInside();
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('tbody .name')!;
    const rect = button.getBoundingClientRect();
    expect(rect.height).to.be.at.least(24);
    expect(rect.width).to.be.at.least(24);
    button.focus();
    await sendKeys({ press: 'Shift' }); // keyboard modality for :focus-visible
    expect(getComputedStyle(button).outlineStyle).to.equal('solid');
    expect(parseFloat(getComputedStyle(button).outlineWidth)).to.be.at.least(2);
  });
});

describe('feature-list rows (pure)', () => {
  const point = (name: string, lon: number, lat: number, props: Record<string, unknown> = {}): Feature => ({
    type: 'Feature',
    properties: { name, ...props },
    geometry: { type: 'Point', coordinates: [lon, lat] },
  });
  const layer = (features: Feature[], extra: Partial<ListLayer> = {}): ListSource => ({
    layer: { features, hidden: false, isShown: () => true, featureCategory: () => '', ...extra },
    name: 'Test',
    nameField: 'name',
  });

  it('shows the category each layer gives a feature, in the map\'s language: field and status joined, the fibre status for the year, the category field', () => {
    const f = point('A', 9, 47, { handlungsfeld: 'Smarte Stadt', status: 'geplant' });
    expect(document.createElement('kn-projects-layer').featureCategory(f)).to.equal('Smarte Stadt · geplant');
    expect(document.createElement('kn-projects-layer').featureCategory(f, 'en')).to.equal('Smart city · planned');
    const generic = document.createElement('kn-geojson-layer');
    expect(generic.featureCategory(f)).to.equal('');
    generic.categoryField = 'status';
    expect(generic.featureCategory(f)).to.equal('geplant');
    const fibre = document.createElement('kn-fibre-layer');
    expect(fibre.featureCategory(point('B', 9, 47, { status: 'im_bau' }))).to.equal('im Bau');
    expect(fibre.featureCategory(point('B', 9, 47, { status: 'im_bau' }), 'en')).to.equal('under construction');
    const rows = buildRows([layer([f], { featureCategory: () => 'eigene Kategorie' })], { lang: 'de', sort: 'name', direction: 'ascending' });
    expect(rows[0].category).to.equal('eigene Kategorie');
  });

  it('keeps the features in the view by the keyboard walk’s rule: an area’s label point or the centre, not a corner', () => {
    const area: Feature = {
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [2, 0],
            [2, 2],
            [0, 2],
            [0, 0],
          ],
        ],
      },
    };
    expect(inView(area, [0.5, 0.5, 3, 3]), 'its label point (1, 1) in the view').to.equal(true);
    expect(inView(area, [1.2, 1.2, 3, 3]), 'reaching into the view with a corner only').to.equal(false);
    expect(inView(area, [0.8, 1.1, 1.8, 1.9]), 'around the view’s centre').to.equal(true);
    expect(inView(point('p', 5, 5), [1, 1, 3, 3])).to.equal(false);
  });

  it('measures the distance to a point, 0 inside an area', () => {
    const area: Feature = {
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [9, 47],
            [9.1, 47],
            [9.1, 47.1],
            [9, 47.1],
            [9, 47],
          ],
        ],
      },
    };
    expect(distanceTo([9.05, 47.05], area)).to.equal(0);
    // 0.001° of latitude ≈ 111 m.
    expect(distanceTo([9, 47], point('p', 9, 47.001))).to.be.closeTo(111.2, 0.5);
    expect(formatDistance(52.8, 'de')).to.equal('53 m');
    expect(formatDistance(1234, 'de')).to.equal('1,2 km');
    expect(formatDistance(1234, 'en')).to.equal('1.2 km');
  });

  it('sorts names the German way (ä with a, numbers by value) and empty values last', () => {
    const rows = buildRows(
      [
        layer([
          point('Zähringerplatz', 9, 47),
          point('Ärztehaus', 9, 47),
          point('Station 10', 9, 47),
          point('Station 9', 9, 47),
          point('', 9, 47),
        ]),
      ],
      {
        lang: 'de',
        sort: 'name',
        direction: 'ascending',
      },
    );
    expect(rows.map((r) => r.name)).to.deep.equal(['Ärztehaus', 'Station 9', 'Station 10', 'Zähringerplatz', '']);
    const down = buildRows([layer([point('A', 9, 47), point('B', 9, 47), point('', 9, 47)])], {
      lang: 'de',
      sort: 'name',
      direction: 'descending',
    });
    expect(down.map((r) => r.name)).to.deep.equal(['B', 'A', '']);
  });

  it("asks each layer which features it draws; the generic layer answers by its categories filter as its style does", () => {
    const f = point('p', 9, 47, { kategorie: 3 });
    expect(buildRows([layer([f], { isShown: () => false })], { lang: 'de', sort: 'name', direction: 'ascending' })).to.deep.equal([]);
    const generic = document.createElement('kn-geojson-layer');
    generic.categoryField = 'kategorie';
    generic.categories = '3, x';
    expect(generic.isShown(f)).to.equal(true);
    generic.categories = 'x';
    expect(generic.isShown(f)).to.equal(false);
    generic.categories = ' ';
    expect(generic.isShown(f)).to.equal(true);
  });

  it('gives no distance to a feature with no place of its own, and sorts it after those whose distance is unknown', () => {
    const unplaced = point('A fern', 9, 47, { lage: 'angenommen' });
    const nowhere: Feature = { type: 'Feature', properties: { name: 'B ohne Geometrie' }, geometry: null as unknown as Feature['geometry'] };
    const near = point('Z nah', 9, 47.001);
    const far = point('Y weit', 9, 47.01);
    const source = layer([unplaced, nowhere, far, near], { hasPlace: (f) => f.properties?.lage !== 'angenommen' });
    for (const direction of ['ascending', 'descending'] as const) {
      const rows = buildRows([source], { lang: 'de', position: [9, 47], sort: 'distance', direction });
      const names = rows.map((r) => r.name);
      expect(names, direction).to.deep.equal([...(direction === 'ascending' ? ['Z nah', 'Y weit'] : ['Y weit', 'Z nah']), 'B ohne Geometrie', 'A fern']);
      const last = rows.at(-1)!;
      expect([last.placeless, last.distance]).to.deep.equal([true, undefined]);
    }
  });

  it('leaves out hidden layers', () => {
    const rows = buildRows([layer([point('A', 9, 47)]), layer([point('B', 9, 47)], { hidden: true })], {
      lang: 'de',
      sort: 'name',
      direction: 'ascending',
    });
    expect(rows.map((r) => r.name)).to.deep.equal(['A']);
  });
});
