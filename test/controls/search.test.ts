import { expect, fixture } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse } from '@web/test-runner-commands';
import { html, nothing } from 'lit';
import '../../src/define.js';
import '../../src/kn-search.js';
import type { KnSearch } from '../../src/controls/search/search.js';
import type { KnMap } from '../../src/map/kn-map.js';
import type { KnFeatureDetails } from '../../src/controls/feature-details/feature-details.js';
import { geocoderUrl, parsePlaces, readPlaces } from '../../src/controls/search/geocoder.js';
import type { KnErrorEvent } from '../../src/events/kn-error-event.js';
import {
  editDistance,
  findMatches,
  fold,
  groupMatches,
  matchName,
  Rank,
  typoDistance,
  type Match,
} from '../../src/controls/search/match.js';
import { representativePoint } from '../../src/data/anchor.js';
import { findResults, type Result } from '../../src/controls/search/results.js';
import type { DescribedLayer } from '../../src/registry/described-layer.js';
import { expectAccessible } from '../helpers/a11y.js';
import { idle, nextEvent } from '../helpers/map.js';
import { clearForeignRequests, foreignRequests } from '../helpers/network.js';
import { featureNamed, isHighlighted, mount, pagePoint, shownInFreeMiddle, until } from './feature-controls-helpers.js';

const input = (el: KnSearch) => el.shadowRoot!.querySelector<HTMLInputElement>('input')!;
const listbox = (el: KnSearch) => el.shadowRoot!.querySelector<HTMLElement>('[role="listbox"]')!;
const options = (el: KnSearch) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')];
const optionNames = (el: KnSearch) => options(el).map((o) => o.querySelector('.name')!.textContent!.trim());
/** What each result says it is, as seen (without the comma only screen readers get). */
const optionKinds = (el: KnSearch) =>
  options(el).map((o) =>
    o
      .querySelector<HTMLElement>('[part="kind"]')!
      .textContent!.replace(/^\s*,\s*/, '')
      .trim(),
  );
/** "name — kind" per result. */
const results = (el: KnSearch) => optionNames(el).map((name, i) => `${name} — ${optionKinds(el)[i]}`);
const status = (el: KnSearch) => el.shadowRoot!.querySelector('[role="status"]')!;

/** Every request off loopback (Chrome's own autofill query is switched off in scripts/chrome.js). */
async function pageRequestsOffLoopback(): Promise<string[]> {
  return foreignRequests();
}

async function type(el: KnSearch, text: string) {
  input(el).focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

/** Searches a place of Konstanz, chooses it with the keyboard and waits until it is the map's place. */
async function choosePlace(el: KnSearch, map: KnMap, name: string) {
  await search(el, name, (e) => optionNames(e)[0] === name);
  await sendKeys({ press: 'ArrowDown' });
  await sendKeys({ press: 'Enter' });
  await until(() => map.registry.place?.name === name, 'the place chosen');
}

/** Control+A in the focused field. */
async function selectAll() {
  await sendKeys({ down: 'Control' });
  await sendKeys({ press: 'KeyA' });
  await sendKeys({ up: 'Control' });
}

async function clearField(el: KnSearch) {
  el.shadowRoot!.querySelector<HTMLButtonElement>('.clear')!.click();
  await el.updateComplete;
}

/** Types a query and waits until the results (with the place names, read on first use) are `expected`. */
async function search(el: KnSearch, query: string, expected: (el: KnSearch) => boolean) {
  await type(el, query);
  await until(
    () => expected(el),
    () => `results for "${query}" (got ${JSON.stringify(results(el))})`,
  );
}

async function mountSearch(attrs: { geocoder?: string; lang?: string; innovation?: boolean; noPlaces?: boolean } = {}) {
  const mounted = await mount(html`
    <div>
      <kn-search for="search-map" geocoder=${attrs.geocoder ?? nothing} ?no-places=${attrs.noPlaces ?? false}></kn-search>
      <kn-map id="search-map" lang=${attrs.lang ?? 'de'} style="width:700px;height:450px">
        <kn-wlan-layer></kn-wlan-layer>
        <kn-projects-layer></kn-projects-layer>
        ${attrs.innovation ? html`<kn-innovation-area-layer></kn-innovation-area-layer>` : nothing}
      </kn-map>
    </div>
  `);
  const el = mounted.container.querySelector('kn-search')!;
  return { ...mounted, el };
}

/** Every resource the page loads from here on (an observer: the timeline's buffer fills up with map tiles). */
const loaded: string[] = [];
new PerformanceObserver((list) => loaded.push(...list.getEntries().map((entry) => entry.name))).observe({ type: 'resource' });

/** The files only the search's place names come from (the map and its layers read others), read so far. */
const placeFiles = () =>
  loaded.filter((name) => /\/(orte|sgc-wetterstationen)\.geojson$|\/gazetteer\.(ts|js)$/.test(new URL(name).pathname));

describe('<kn-search> place names', () => {
  // First in the file: the place names are read once per page.
  it('reads the place names only when the search is first used, then finds districts, stops and landmarks', async () => {
    const { el } = await mountSearch();
    expect(placeFiles(), 'before the search is used').to.deep.equal([]);
    await search(el, 'Konzil', (e) => optionNames(e).includes('Konzil'));
    await until(
      () => placeFiles().length === 3,
      () => `the module and two files (got ${placeFiles().join(', ')})`,
    );
    expect(results(el)[0]).to.equal('Konzil — Ort');
    await expect(el).to.be.accessible();
  });
});

describe('<kn-search>', () => {
  it('is a labelled ARIA 1.2 combobox controlling a listbox', async () => {
    const { el } = await mountSearch();
    const field = input(el);
    expect(field.getAttribute('role')).to.equal('combobox');
    expect(field.getAttribute('aria-expanded')).to.equal('false');
    expect(field.getAttribute('aria-autocomplete')).to.equal('list');
    expect(field.getAttribute('aria-controls')).to.equal(listbox(el).id);
    expect(el.shadowRoot!.querySelector(`label[for="${field.id}"]`)!.textContent!.trim()).to.equal('Suche');
    expect(field.getBoundingClientRect().height).to.be.at.least(24);
    await expect(el).to.be.accessible();
  });

  it('puts its hint under the label where the field is too narrow for it (200 % text on a phone), so that none of it is cut off', async () => {
    const el = await fixture<KnSearch>(html`<kn-search style="width:300px"></kn-search>`);
    const hint = () => el.shadowRoot!.querySelector<HTMLElement>('[part="hint"]');
    await el.updateComplete;
    expect(input(el).placeholder).to.equal('Ort oder Name eingeben …');
    expect(hint()).to.equal(null);
    try {
      document.documentElement.style.fontSize = '200%';
      await until(() => !!hint(), 'the hint under the label');
      expect(hint()!.textContent!.trim()).to.equal('Ort oder Name eingeben');
      expect(input(el).placeholder).to.equal('');
      expect(input(el).getAttribute('aria-describedby')).to.equal(hint()!.id);
      expect(hint()!.scrollWidth <= hint()!.clientWidth, 'its words wrap within the panel').to.equal(true);
      await expect(el).to.be.accessible();
    } finally {
      document.documentElement.style.fontSize = '';
    }
    await until(() => !hint(), 'the hint back in the field');
    expect(input(el).placeholder).to.equal('Ort oder Name eingeben …');
    expect(input(el).hasAttribute('aria-describedby')).to.equal(false);
  });

  it('finds features of every layer and the places of Konstanz by name, ignoring case and umlauts, and says what each is', async () => {
    const { container, el } = await mountSearch();
    await search(el, 'Markt', (e) => optionNames(e).includes('Marktstätte/BHF'));
    expect(input(el).getAttribute('aria-expanded')).to.equal('true');
    // Names starting with the query, then a word starting with it, then the rest; two different Marktstätte
    // things 125 m apart stay two results, each saying what it is.
    expect(results(el)).to.deep.equal([
      'Marktstätte — Konstanz-WLAN',
      'Marktstätte — Wetterstation',
      'Marktstätte Unterführung — Konstanz-WLAN',
      'Marktstätte/BHF — Haltestelle',
      'Stadtklima-Messnetz: Station Marktstätte — Smart-Green-City-Projekte',
      'Fischmarkt Richtung Stadtgarten — Konstanz-WLAN',
    ]);
    // Screen readers hear the kind after the name, in the option's text: "Marktstätte, Wetterstation".
    expect(options(el)[1].textContent!.replace(/\s+/g, ' ').trim()).to.equal('Marktstätte, Wetterstation');
    expect(getComputedStyle(options(el)[1].querySelector('.visually-hidden')!).position).to.equal('absolute');
    await expectAccessible(container, { what: 'the page with the search results open' });

    for (const query of ['marktstatte', 'MARKTSTÄTTE', 'Marktstaette']) {
      await clearField(el);
      await type(el, query);
      expect(optionNames(el), query).to.include('Marktstätte').and.include('Stadtklima-Messnetz: Station Marktstätte');
    }
    await clearField(el);
    await type(el, 'herosepark');
    expect(optionNames(el)[0]).to.equal('Herosépark');
    await expect(el).to.be.accessible();
  });

  it('finds what citizens type: typos, any word of a name, the start of a word', async () => {
    const { el } = await mountSearch();
    // Two typos in a long word.
    await search(el, 'Marktstete', (e) => optionNames(e).includes('Marktstätte/BHF'));
    expect(results(el)).to.include.members([
      'Marktstätte — Konstanz-WLAN',
      'Marktstätte — Wetterstation',
      'Stadtklima-Messnetz: Station Marktstätte — Smart-Green-City-Projekte',
    ]);
    // A word of the name, and a landmark no layer has.
    await clearField(el);
    await search(el, 'Hafen', (e) => optionNames(e).length >= 2);
    expect(results(el).slice(0, 2)).to.deep.equal(['Hafen Konstanz — Ort', 'Wallhausen/Hafen — Haltestelle']);
    await clearField(el);
    await search(el, 'Rathaus', (e) => optionNames(e).length >= 3);
    expect(results(el)).to.deep.equal([
      'Rathaus Konstanz (Kanzleistraße) — Ort',
      'Virtuelles Rathaus — Smart-Green-City-Projekte',
      'Wollmatingen Rathaus — Haltestelle',
    ]);
    // The start of a word; words in any order; one typo in a short word.
    await clearField(el);
    await search(el, 'Rat', (e) => optionNames(e).includes('Wollmatingen Rathaus'));
    expect(optionNames(el)[0]).to.equal('Rathaus Konstanz (Kanzleistraße)');
    await clearField(el);
    await search(el, 'rathaus wollmatingen', (e) => optionNames(e).length > 0);
    expect(results(el)).to.deep.equal(['Wollmatingen Rathaus — Haltestelle']);
    await clearField(el);
    await search(el, 'Paradis', (e) => optionNames(e).length > 0);
    expect(results(el)[0]).to.equal('Paradies — Stadtteil');
    await clearField(el);
    await search(el, 'Seerhein', (e) => optionNames(e).length > 0);
    expect(results(el)).to.deep.equal(['Seerhein — Gewässer']);
  });

  it('shows the same thing at the same place once, whichever layers and files name it', async () => {
    const { el } = await mountSearch({ innovation: true });
    // Two WLAN access points 3 m apart, both called Rosgartenstraße.
    await search(el, 'Rosgartenstraße', (e) => optionNames(e).length > 0);
    expect(results(el)).to.deep.equal(['Rosgartenstraße — Konstanz-WLAN']);
    // The bus stop is a feature of the innovation-area layer and a place of orte.geojson; the farm too.
    await clearField(el);
    await search(el, 'Bücklestraße', (e) => optionNames(e).length >= 2);
    expect(results(el)).to.deep.equal([
      'Bushaltestelle Bücklestraße — Konstanzer Innovationsareal · Haltestelle',
      'farm (Shedhalle), Bücklestraße 3 — Konstanzer Innovationsareal · Ort',
    ]);
    // The planned hotspot at the Hörnle weather station, and the station itself.
    await clearField(el);
    await search(el, 'Hörnle', (e) => optionKinds(e)[0]?.includes('Wetterstation'));
    expect(results(el)).to.deep.equal([
      'Hörnle — Konstanz-WLAN · Wetterstation',
      'Stadtklima-Messnetz: Station Hörnle — Smart-Green-City-Projekte',
    ]);
  });

  it("makes a chosen place the map's place and frames it", async () => {
    const { map, el } = await mountSearch();
    await search(el, 'Paradies', (e) => optionNames(e)[0] === 'Paradies');
    const placeSet = new Promise<void>((resolve) => {
      const stop = map.registry.subscribe((topics) => topics.has('place') && (stop(), resolve()));
    });
    const moved = nextEvent(map, 'kn-move-end');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await placeSet;
    expect(map.registry.place).to.deep.equal({ name: 'Paradies', lngLat: [9.16326, 47.66443], lang: 'de' });
    await moved;
    await el.updateComplete;
    // The district fills the view.
    const view = map.map!.getBounds();
    expect(view.contains([9.16326, 47.66443])).to.equal(true);
    expect(map.map!.getZoom()).to.be.above(13);
    expect(status(el).textContent!.trim()).to.equal('Die Karte zeigt jetzt: Paradies (Stadtteil)');
    expect(input(el).value).to.equal('Paradies');
    expect(map.registry.selection, 'a place is not a feature').to.equal(undefined);
    // A pin stands on the place (on the offline basemap a place lies among no streets).
    const pin = () => map.shadowRoot!.querySelector<HTMLElement>('.kn-place-marker');
    await until(() => pin()?.dataset.knPlace === 'Paradies', 'the pin of the place');
    const tip = map.map!.project([9.16326, 47.66443]);
    const box = pin()!.getBoundingClientRect();
    const canvas = map.map!.getCanvas().getBoundingClientRect();
    expect(box.left + box.width / 2 - canvas.left, 'the pin over the place').to.be.closeTo(tip.x, 2);
    expect(box.bottom - canvas.top, 'its point on the place').to.be.closeTo(tip.y, 2);
    expect(pin()!.getAttribute('aria-hidden')).to.equal('true');
    // Emptying the search gives the place up, and the pin goes.
    await clearField(el);
    await until(() => !pin()?.isConnected, 'the pin taken off');
  });

  it('puts no pin on a feature chosen in the search (its ring shows it; the pin covered it), and one when something else is selected', async () => {
    const { map, el } = await mountSearch();
    const pin = () => map.shadowRoot!.querySelector<HTMLElement>('.kn-place-marker');
    // A district first: its pin stands (its code is there).
    await choosePlace(el, map, 'Paradies');
    await until(() => pin()?.dataset.knPlace === 'Paradies', 'the pin of the district');
    await clearField(el);
    await search(el, 'Marktstätte Unterf', (e) => optionNames(e)[0]?.startsWith('Marktstätte Unterf') === true);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await until(() => !!map.registry.place && String(map.registry.selection?.feature.properties?.name).startsWith('Marktstätte Unterf'), 'the hotspot chosen: the place and the selection');
    await idle(map.map!);
    expect(!!pin()?.isConnected, 'no pin over the selected hotspot').to.equal(false);
    // Another feature selected: the place searched gets its pin back.
    const other = map.registry.layers.flatMap((layer) => layer.features.map((feature) => ({ layer, feature }))).find(({ feature }) => !String(feature.properties?.name).startsWith('Marktstätte'))!;
    map.registry.select({ layer: other.layer, feature: other.feature });
    await until(() => !!pin()?.isConnected, 'the pin back on the place, another feature selected');
    map.registry.select(undefined);
    await until(() => !!pin()?.isConnected, 'and with nothing selected');
  });

  it('gives the place up when the field is emptied by hand, as ✕ does', async () => {
    const { map, el } = await mountSearch();
    await choosePlace(el, map, 'Paradies');
    const pin = () => map.shadowRoot!.querySelector<HTMLElement>('.kn-place-marker');
    await until(() => pin()?.dataset.knPlace === 'Paradies', 'the pin of the place');
    // Typing on keeps the place until another is chosen.
    input(el).focus();
    await sendKeys({ press: 'Backspace' });
    await el.updateComplete;
    expect(input(el).value).to.equal('Paradie');
    expect(map.registry.place?.name === 'Paradies', 'the place kept while a name stands in the field').to.equal(true);
    // Select all, Backspace: the field is empty, the place and its pin go.
    await selectAll();
    await sendKeys({ press: 'Backspace' });
    await el.updateComplete;
    expect(input(el).value).to.equal('');
    await until(() => map.registry.place === undefined, 'the place given up');
    await until(() => !pin()?.isConnected, 'the pin taken off');
  });

  it('makes no place of a project with no place of its own, and gives up the place before', async () => {
    const { map, el } = await mountSearch();
    await choosePlace(el, map, 'Paradies');
    // Typed over (selected, then replaced): the place stays until the project is chosen.
    input(el).focus();
    await selectAll();
    await search(el, 'Glasfaserausbau', (e) => optionNames(e)[0] === 'Glasfaserausbau');
    const selected = nextEvent<CustomEvent>(map, 'kn-select');
    expect(map.registry.place?.name === 'Paradies', 'the place kept while typing').to.equal(true);
    options(el)[0].click();
    expect((await selected).detail.feature.properties.name).to.equal('Glasfaserausbau');
    await el.updateComplete;
    expect(map.registry.place === undefined, 'no place to start a nearest search from').to.equal(true);
  });

  it("makes a chosen feature the map's place too: its point, the centroid of an area", async () => {
    const { map, layers, el } = await mountSearch({ innovation: true });
    await search(el, 'KINA', (e) => optionNames(e).length > 0);
    expect(results(el)[0]).to.equal('Konstanzer Innovationsareal (KINA) — Konstanzer Innovationsareal');
    const chosen = nextEvent<CustomEvent>(map, 'kn-select');
    options(el)[0].click();
    const area = (await chosen).detail.feature;
    expect(area.geometry.type).to.equal('Polygon');
    const place = map.registry.place!;
    expect(place.name).to.equal('Konstanzer Innovationsareal (KINA)');
    const ring = area.geometry.coordinates[0] as number[][];
    const [lngs, lats] = [ring.map((p) => p[0]), ring.map((p) => p[1])];
    expect(place.lngLat[0]).to.be.within(Math.min(...lngs), Math.max(...lngs));
    expect(place.lngLat[1]).to.be.within(Math.min(...lats), Math.max(...lats));
    expect(layers.map((layer) => layer.localName)).to.include('kn-innovation-area-layer');
  });

  it('clears the hotspot clicked before when a place is chosen: its details close; a feature chosen is shown instead', async () => {
    const { map, layers, el, container } = await mountSearch();
    const details = document.createElement('kn-feature-details') as KnFeatureDetails;
    details.setAttribute('for', 'search-map');
    container.append(details);
    const heading = () => details.shadowRoot!.querySelector('.heading')?.textContent?.trim();
    const [wlan] = layers;
    const sternenplatz = featureNamed(wlan, 'Sternenplatz');
    map.map!.jumpTo({ center: [9.1797, 47.6674], zoom: 17 });
    await idle(map.map!);
    const clicked = nextEvent(map, 'kn-select');
    await sendMouse({ type: 'click', position: pagePoint(map, [9.179657, 47.667383]) });
    await clicked;
    await details.updateComplete;
    expect(heading()).to.equal('Sternenplatz');
    expect(isHighlighted(map, wlan, sternenplatz)).to.equal(true);

    // A district: the map's selection goes, and the panel no longer shows the hotspot as if it were the district.
    await search(el, 'Paradies', (e) => optionNames(e)[0] === 'Paradies');
    options(el)[0].click();
    await until(() => map.registry.place?.name === 'Paradies', 'the district chosen');
    await details.updateComplete;
    // (Names, not the selection itself: chai would print a whole layer element on failure.)
    expect(map.registry.selection?.feature.properties?.name, 'no selection').to.equal(undefined);
    expect(details.open, 'the details closed').to.equal(false);
    expect(heading()).to.equal(undefined);
    expect(details.shadowRoot!.textContent).not.to.contain('Sternenplatz');
    expect(isHighlighted(map, wlan, sternenplatz), 'the hotspot no longer drawn as selected').to.equal(false);

    // A hotspot of the layer chosen in the search is selected and shown: that is right.
    await clearField(el);
    await search(el, 'Rosgartenstraße', (e) => optionNames(e)[0] === 'Rosgartenstraße');
    const chosen = nextEvent<CustomEvent>(map, 'kn-select');
    options(el)[0].click();
    expect((await chosen).detail.feature.properties.name).to.equal('Rosgartenstraße');
    await details.updateComplete;
    expect(heading()).to.equal('Rosgartenstraße');
    expect(map.registry.selection?.layer === wlan, 'selected in the WLAN layer').to.equal(true);
  });

  it("clears the map's own details panel too when a place is chosen", async () => {
    const { map, layers, el } = await mountSearch();
    const autoPanel = () => map.shadowRoot!.querySelector<KnFeatureDetails>('kn-feature-details.auto-details');
    const panelText = () => (autoPanel()?.open ? (autoPanel()!.shadowRoot?.textContent ?? '') : '');
    const at = (featureNamed(layers[0], 'Sternenplatz').geometry as unknown as { coordinates: [number, number] }).coordinates;
    map.map!.jumpTo({ center: at, zoom: 17 });
    await idle(map.map!);
    await sendMouse({ type: 'click', position: pagePoint(map, at) });
    await until(() => panelText().includes('Sternenplatz'), "the map's panel with the hotspot");
    await search(el, 'Seerhein', (e) => optionNames(e)[0] === 'Seerhein');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await until(() => map.registry.place?.name === 'Seerhein', 'the water chosen');
    await until(() => !autoPanel()!.open, "the map's panel closed");
    expect(panelText()).not.to.contain('Sternenplatz');
    expect(map.registry.selection?.feature.properties?.name, 'no selection').to.equal(undefined);
  });

  it('is operated by keyboard: Down and Up move, Home and End move the cursor, Escape closes then clears, Enter chooses', async () => {
    const { map, layers, el } = await mountSearch();
    await search(el, 'Markt', (e) => optionNames(e).length === 6);
    const field = input(el);
    const activeId = () => field.getAttribute('aria-activedescendant');
    const selected = () =>
      options(el)
        .filter((o) => o.getAttribute('aria-selected') === 'true')
        .map((o) => o.id);
    expect(activeId()).to.equal(null);

    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(activeId()).to.equal('option-0');
    expect(selected()).to.deep.equal(['option-0']);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(activeId()).to.equal('option-1');
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(activeId()).to.equal('option-5'); // wraps to the last
    expect(el.shadowRoot!.getElementById(activeId()!)!.getAttribute('role')).to.equal('option');

    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(activeId()).to.equal(null);
    expect(field.selectionStart).to.equal(0);
    await sendKeys({ press: 'End' });
    expect(field.selectionStart).to.equal(5);

    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(field.getAttribute('aria-expanded')).to.equal('false');
    expect(field.value).to.equal('Markt');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(field.value).to.equal('');

    // The planned hotspot at the Sternenplatz bus stop: one result, choosing it selects the hotspot.
    await sendKeys({ type: 'Stern' });
    await el.updateComplete;
    expect(results(el)).to.deep.equal(['Sternenplatz — Konstanz-WLAN · Haltestelle']);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    const wlan = layers[0];
    const sternenplatz = featureNamed(wlan, 'Sternenplatz');
    const chosen = nextEvent<CustomEvent>(map, 'kn-select');
    const moved = nextEvent(map, 'kn-move-end');
    await sendKeys({ press: 'Enter' });
    expect((await chosen).detail.feature).to.equal(sternenplatz);
    await moved;
    await el.updateComplete;
    expect(field.value).to.equal('Sternenplatz');
    expect(field.getAttribute('aria-expanded')).to.equal('false');
    const shown = shownInFreeMiddle(map, [9.179657, 47.667383]);
    expect(shown.at[0], 'in the middle of the part the search leaves free').to.be.closeTo(shown.expected[0], 2);
    expect(shown.covered, 'under the search').to.equal(false);
    expect(isHighlighted(map, wlan, sternenplatz)).to.equal(true);
    expect(map.registry.place).to.deep.equal({ name: 'Sternenplatz', lngLat: [9.179657, 47.667383], lang: 'de' });
    // Escape twice empties the field and gives the place up: "nearest hotspot" no longer offers to start there.
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(field.value).to.equal('');
    expect(map.registry.place, 'the place given up with the field').to.equal(undefined);
  });

  it('chooses the first result with Enter when none is marked (a phone’s enter key, a name typed whole)', async () => {
    const { map, layers, el } = await mountSearch();
    await search(el, 'Stern', (e) => optionNames(e).length === 1);
    expect(input(el).getAttribute('aria-activedescendant'), 'none marked').to.equal(null);
    const chosen = nextEvent<CustomEvent>(map, 'kn-select');
    await sendKeys({ press: 'Enter' });
    expect((await chosen).detail.feature === featureNamed(layers[0], 'Sternenplatz'), 'the first result chosen').to.equal(true);
    await el.updateComplete;
    expect(input(el).value).to.equal('Sternenplatz');
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
  });

  it('chooses the first address with Enter pressed before the geocoder answered (an address typed whole)', async () => {
    const { map, el } = await mountSearch({ geocoder: '/test/fixtures/photon-konstanz.json' });
    input(el).focus();
    await until(() => placeFiles().length > 0, 'the place names');
    // (The fixture answers any query with its addresses; nothing of the map is called so.)
    await type(el, 'Zzqxw');
    const moved = nextEvent(map, 'kn-move-end');
    await sendKeys({ press: 'Enter' });
    await moved;
    expect(map.map!.getCenter().lng).to.be.closeTo(9.17587, 1e-4);
    expect(input(el).value).to.equal('Marktstätte 1, 78462 Konstanz');
  });

  it('chooses a result with the mouse without losing the focus of the field', async () => {
    const { map, el } = await mountSearch();
    await search(el, 'Hörnle', (e) => optionKinds(e)[0]?.includes('Wetterstation'));
    expect(optionNames(el)).to.deep.equal(['Hörnle', 'Stadtklima-Messnetz: Station Hörnle']);
    const chosen = nextEvent<CustomEvent>(map, 'kn-select');
    options(el)[1].dispatchEvent(new MouseEvent('mousedown', { bubbles: true, composed: true, cancelable: true }));
    options(el)[1].click();
    expect((await chosen).detail.feature.properties.name).to.equal('Stadtklima-Messnetz: Station Hörnle');
  });

  it('announces the number of results politely once typing pauses', async () => {
    const { el } = await mountSearch();
    expect(status(el).getAttribute('role')).to.equal('status');
    // Right after the input the options are there but nothing is said yet (checked before any timer can run) …
    input(el).focus();
    input(el).value = 'Markt';
    input(el).dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: 'Markt' }));
    await el.updateComplete;
    expect(options(el).length).to.be.at.least(4);
    expect(status(el).textContent!.trim()).to.equal('');
    // … the count comes once typing pauses (and again if the place names, read on first use, add results).
    await until(() => status(el).textContent!.trim() === '6 Treffer', 'the announcement of 6 results');
    await clearField(el);
    await type(el, 'Konzil');
    await until(() => status(el).textContent!.trim() === '1 Treffer', 'one result');
    await type(el, 'xyz');
    // Without a geocoder an address finds nothing: it says what is searched.
    const none = 'Keine Treffer. Gesucht wird in Stadtteilen, Haltestellen, Orten und den Einträgen der Karte, nicht nach Adressen.';
    await until(() => status(el).textContent!.trim() === none, 'no results');
    expect(el.shadowRoot!.querySelector('.none')!.textContent!.trim()).to.equal(none);
  });

  it('leaves out layers that are switched off, and the place names with no-places', async () => {
    const { layers, el } = await mountSearch({ noPlaces: true });
    layers[1].hidden = true;
    await layers[1].updateComplete;
    await type(el, 'Hörnle');
    expect(results(el)).to.deep.equal(['Hörnle — Konstanz-WLAN']);
    await clearField(el);
    await type(el, 'Paradies');
    expect(options(el)).to.have.length(0);
  });

  it("leaves out features the generic layer's categories filter hides", async () => {
    const { container } = await mount(html`
      <div>
        <kn-search for="search-filtered"></kn-search>
        <kn-map id="search-filtered" style="width:600px;height:400px">
          <kn-geojson-layer src="/__test/points.geojson?n=40" category-field="kategorie" categories="B"></kn-geojson-layer>
        </kn-map>
      </div>
    `);
    const el = container.querySelector('kn-search')!;
    await type(el, 'Punkt 1');
    // Punkt 1, 5, 13, 17 are in category B (i % 4 === 1); 10–19 otherwise match too.
    expect(optionNames(el)).to.deep.equal(['Punkt 1', 'Punkt 13', 'Punkt 17']);
  });

  it('sends nothing to any other server while searching without a geocoder', async () => {
    await clearForeignRequests();
    const { el } = await mountSearch();
    const original = window.fetch;
    const requested: string[] = [];
    window.fetch = ((resource: RequestInfo | URL, init?: RequestInit) => {
      requested.push(String(resource));
      return original(resource, init);
    }) as typeof fetch;
    try {
      await search(el, 'Marktstätte', (e) => optionNames(e).includes('Marktstätte/BHF'));
      // The count is said after a longer pause (500 ms) than a geocoder would be asked after (300 ms).
      await until(() => status(el).textContent!.trim() !== '', 'the announcement');
      // At most the place names, from the library's own assets folder (read once per page).
      for (const url of requested) expect(new URL(url).pathname).to.match(/^\/src\/assets\/data\/[\w-]+\.geojson$/);
      expect(await pageRequestsOffLoopback()).to.deep.equal([]);
    } finally {
      window.fetch = original;
    }
  });

  it('lists addresses from the geocoder (loopback fixture) in their own group and moves the map to one', async () => {
    await clearForeignRequests();
    const { container, map, el } = await mountSearch({ geocoder: '/test/fixtures/photon-konstanz.json' });
    input(el).focus();
    await until(() => placeFiles().length > 0, 'the place names'); // read before the fetch below is watched
    const original = window.fetch;
    const requested: string[] = [];
    window.fetch = ((resource: RequestInfo | URL, init?: RequestInit) => {
      requested.push(String(resource));
      return original(resource, init);
    }) as typeof fetch;
    try {
      await type(el, 'Markt');
      await until(() => el.shadowRoot!.querySelectorAll('[role="group"]').length === 2, 'the address group');
    } finally {
      window.fetch = original;
    }
    // Debounced: one request for the whole word, with q and limit.
    expect(requested).to.have.length(1);
    const url = new URL(requested[0]);
    expect(url.origin).to.equal(location.origin);
    expect(url.pathname).to.equal('/test/fixtures/photon-konstanz.json');
    expect(url.searchParams.get('q')).to.equal('Markt');
    expect(url.searchParams.get('limit')).to.equal('5');

    const groups = [...el.shadowRoot!.querySelectorAll('[role="group"]')];
    const groupLabel = (group: Element) => el.shadowRoot!.getElementById(group.getAttribute('aria-labelledby')!)!.textContent!.trim();
    expect(groups.map(groupLabel)).to.deep.equal(['Orte und Einträge der Karte', 'Adressen']);
    const addresses = [...groups[1].querySelectorAll('[role="option"]')].map((o) => o.querySelector('.name')!.textContent!.trim());
    expect(addresses).to.deep.equal([
      'Marktstätte 1, 78462 Konstanz',
      'Fischmarkt, 78462 Konstanz',
      '<img src=x onerror="window.__knGeocoderXss=1">, 78462 Konstanz',
    ]);
    expect(
      results(el)
        .slice(-3)
        .map((line) => line.split(' — ')[1]),
    ).to.deep.equal(['Adresse', 'Adresse', 'Adresse']);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    await expect(el).to.be.accessible();
    await expectAccessible(container, { what: 'the page with places and addresses in the search results' });

    // Up from the field wraps to the last option; two more reach the first address (after the places and features).
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(
      el.shadowRoot!.getElementById(input(el).getAttribute('aria-activedescendant')!)!.querySelector('.name')!.textContent!.trim(),
    ).to.equal('Marktstätte 1, 78462 Konstanz');
    const moved = nextEvent(map, 'kn-move-end');
    await sendKeys({ press: 'Enter' });
    await moved;
    expect(map.map!.getCenter().lng).to.be.closeTo(9.17587, 1e-4);
    expect(map.map!.getCenter().lat).to.be.closeTo(47.66012, 1e-4);
    expect(map.map!.getZoom()).to.be.at.least(17);
    expect(map.registry.place).to.deep.equal({ name: 'Marktstätte 1, 78462 Konstanz', lngLat: [9.17587, 47.66012] });
    await el.updateComplete;
    expect(status(el).textContent!.trim()).to.equal('Die Karte zeigt jetzt: Marktstätte 1, 78462 Konstanz');
    expect((window as unknown as { __knGeocoderXss?: number }).__knGeocoderXss).to.equal(undefined);
    expect(await pageRequestsOffLoopback()).to.deep.equal([]);
  });

  it('jumps to an address without animation when the user prefers reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const { map, el } = await mountSearch({ geocoder: '/test/fixtures/photon-konstanz.json' });
      await type(el, 'Fisch');
      await until(() => el.shadowRoot!.querySelectorAll('[role="group"]').length === 2, 'the address group');
      const fischmarkt = options(el).findIndex((o) => o.textContent!.includes('Fischmarkt, 78462'));
      for (let i = 0; i <= fischmarkt; i++) await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      // Photon's extent of the square is framed at once: no easing frames in between.
      expect(map.map!.isMoving()).to.equal(false);
      const bounds = map.map!.getBounds();
      expect(bounds.contains([9.1774, 47.6615]) && bounds.contains([9.1785, 47.6622])).to.equal(true);
      expect(map.map!.getZoom()).to.be.at.least(17);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('reads Nominatim answers too, and aborts a request when the query changes', async () => {
    const { el } = await mountSearch({ geocoder: '/test/fixtures/nominatim-konstanz.json', noPlaces: true });
    const original = window.fetch;
    const signals: AbortSignal[] = [];
    let answer!: () => void;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    window.fetch = ((resource: RequestInfo | URL, init?: RequestInit) => {
      signals.push(init!.signal!);
      // A slow geocoder: no answer until the test says, so that the next keystroke finds the request still running.
      return answered.then(() => original(resource, init));
    }) as typeof fetch;
    try {
      await type(el, 'Markts');
      await until(() => signals.length === 1, 'the first request');
      await sendKeys({ type: 't' });
      await until(() => signals.length === 2, 'the second request');
      expect(signals[0].aborted).to.equal(true);
      answer();
      await until(() => el.shadowRoot!.querySelectorAll('[role="group"]').length === 2, 'the address group');
    } finally {
      window.fetch = original;
    }
    const group = el.shadowRoot!.querySelectorAll('[role="group"]')[1];
    expect([...group.querySelectorAll('[role="option"] .name')].map((o) => o.textContent!.trim())).to.deep.equal([
      'Marktstätte, Altstadt, Konstanz, Baden-Württemberg, 78462, Deutschland',
    ]);
  });

  it('leaves out geocoder answers that are no place on the earth and says so, with no uncaught error (issue 16)', async () => {
    const uncaught: string[] = [];
    const onError = (event: ErrorEvent) => uncaught.push(event.message);
    const onRejection = (event: PromiseRejectionEvent) => uncaught.push(String(event.reason));
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    try {
      const { map, el } = await mountSearch({ geocoder: '/test/fixtures/photon-out-of-range.json', noPlaces: true });
      const reported = nextEvent<KnErrorEvent>(el, 'kn-error');
      await type(el, 'Markt');
      await until(() => el.shadowRoot!.querySelectorAll('[role="group"]').length === 2, 'the address group');
      const message = '6 Antworten der Adresssuche haben ungültige Koordinaten und werden nicht angezeigt.';
      expect((await reported).detail).to.deep.equal({ code: 'geocoder-invalid', message });
      const group = el.shadowRoot!.querySelectorAll('[role="group"]')[1];
      expect([...group.querySelectorAll('[role="option"] .name')].map((o) => o.textContent!.trim())).to.deep.equal(['Marktstätte 1, 78462 Konstanz']);
      expect(el.shadowRoot!.querySelector('[part="geocoder-notice"]')!.textContent!.trim()).to.equal(message);
      await until(() => status(el).textContent!.includes(message), 'the announcement of the left-out answers');

      // The address that is one (its extent of ±1e9 is not) is framed without an error.
      await sendKeys({ press: 'ArrowUp' });
      const moved = nextEvent(map, 'kn-move-end');
      await sendKeys({ press: 'Enter' });
      await moved;
      expect(map.map!.getCenter().lng).to.be.closeTo(9.17587, 1e-4);
      expect(map.map!.getCenter().lat).to.be.closeTo(47.66012, 1e-4);
      expect(uncaught).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    }
  });

  it('speaks English when the map does', async () => {
    const { el } = await mountSearch({ lang: 'en' });
    expect(el.shadowRoot!.querySelector('label')!.textContent!.trim()).to.equal('Search');
    await search(el, 'Altstadt', (e) => optionNames(e).length > 0);
    expect(results(el)).to.deep.equal(['Altstadt — District']);
    await until(() => status(el).textContent!.trim() !== '', 'the announcement');
    expect(status(el).textContent!.trim()).to.equal('1 result');
    await clearField(el);
    await search(el, 'Hafen', (e) => optionNames(e).length >= 2);
    expect(optionKinds(el).slice(0, 2)).to.deep.equal(['Place', 'Bus stop']);
  });
});

const items = (...names: string[]) => names.map((name) => ({ name, item: name }));

describe('search helpers (pure)', () => {
  it('folds case and diacritics', () => {
    expect(fold('Marktstätte')).to.equal('marktstatte');
    expect(fold('Herosé-Park')).to.equal('herose-park');
    expect(fold('Straße')).to.equal('strasse');
  });

  it('counts typos as edits, a swap of neighbours as one', () => {
    expect(editDistance('marktstete', 'marktstatte')).to.equal(2);
    expect(editDistance('rathuas', 'rathaus')).to.equal(1);
    expect(editDistance('hafen', 'hafen')).to.equal(0);
    expect(editDistance('konzil', 'konstanz', 1)).to.equal(2); // stops once beyond the bound
    expect(editDistance('', 'abc')).to.equal(3);
    // None in short words, one up to 7 letters, two from 8; the start of a long word with one.
    expect(typoDistance('egg', 'ehg')).to.equal(Infinity);
    expect(typoDistance('hafn', 'hafen')).to.equal(1);
    expect(typoDistance('staad', 'stadtgarten')).to.equal(Infinity);
    expect(typoDistance('marktstete', 'marktstatte')).to.equal(2);
    expect(typoDistance('marktstet', 'marktstatte')).to.equal(1);
  });

  it('ranks exact names first, then names and words starting with the query, then the rest, then typos', () => {
    const names = items('Fischmarkt', 'Station Marktstätte', 'Marktstätte', 'Marktstätte Unterführung', 'Zähringerplatz', 'Markt');
    expect(findMatches(names, 'markt', 10, 'de').map((m) => [m.name, m.rank])).to.deep.equal([
      ['Markt', Rank.exact],
      ['Marktstätte', Rank.prefix],
      ['Marktstätte Unterführung', Rank.prefix],
      ['Station Marktstätte', Rank.word],
      ['Fischmarkt', Rank.inside],
    ]);
    expect(findMatches(names, 'marktstete', 10, 'de').map((m) => [m.name, m.rank, m.edits])).to.deep.equal([
      ['Marktstätte', Rank.typo, 2],
      ['Marktstätte Unterführung', Rank.typo, 2],
      ['Station Marktstätte', Rank.typo, 2],
    ]);
    expect(findMatches(names, 'zaehringer', 10, 'de').map((m) => m.name)).to.deep.equal(['Zähringerplatz']);
    expect(findMatches(names, '  ', 10, 'de')).to.deep.equal([]);
    expect(findMatches(names, 'markt', 2, 'de')).to.have.length(2);
  });

  it('matches any word of a name, the start of one, and words in any order', () => {
    expect(matchName('Wollmatingen Rathaus (Bushaltestelle)', 'Rathaus')).to.deep.equal({ rank: Rank.word, edits: 0 });
    expect(matchName('Virtuelles Rathaus', 'rat')).to.deep.equal({ rank: Rank.word, edits: 0 });
    expect(matchName('Wallhausen/Hafen', 'Hafen')).to.deep.equal({ rank: Rank.word, edits: 0 });
    expect(matchName('Wollmatingen Rathaus', 'rathaus wollm')).to.deep.equal({ rank: Rank.word, edits: 0 });
    expect(matchName('Wollmatingen Rathaus', 'rathuas wollmatingen')).to.deep.equal({ rank: Rank.typo, edits: 1 });
    expect(matchName('Konzil', 'konzil')).to.deep.equal({ rank: Rank.exact, edits: 0 });
    expect(matchName('Stadtgarten', 'Staad')).to.equal(undefined);
    expect(matchName('Rathaus', 'Rathaus Wollmatingen')).to.equal(undefined);
  });

  it('groups the same name at nearly the same place, ignoring a remark in brackets', () => {
    const at: Record<string, [number, number]> = {
      a: [9.174546, 47.658994],
      b: [9.174532, 47.658972], // 3 m from a
      c: [9.17724, 47.66047], // 250 m away
      d: [9.179657, 47.667383],
      e: [9.179657, 47.667383],
    };
    const match = (name: string, item: string): Match<string> => ({ name, item, rank: 1, edits: 0 });
    const groups = groupMatches(
      [
        match('Rosgartenstraße', 'a'),
        match('Rosgartenstrasse', 'b'),
        match('Rosgartenstraße', 'c'),
        match('Sternenplatz', 'd'),
        match('Sternenplatz (Bushaltestelle)', 'e'),
      ],
      (item) => at[item],
    );
    expect(groups.map((group) => group.map((m) => m.item))).to.deep.equal([['a', 'b'], ['c'], ['d', 'e']]);
    // After the limit, matches only join the groups there are.
    expect(
      groupMatches([match('X', 'a'), match('Y', 'c'), match('X', 'b')], (item) => at[item], { limit: 1 }).map((g) => g.length),
    ).to.deep.equal([2]);
    // Things without a position stay on their own.
    expect(groupMatches([match('X', 'none'), match('X', 'none')], () => undefined)).to.have.length(2);
  });

  it('groups two areas of the same name when each point lies within the other, not a point of that name near them', () => {
    type Thing = { at: [number, number]; box?: [number, number, number, number] };
    const district: Thing = { at: [9.1467, 47.702], box: [9.12, 47.68, 9.17, 47.72] }; // placed at its label
    const polygon: Thing = { at: [9.1455, 47.7011], box: [9.12, 47.68, 9.17, 47.72] }; // its centroid, 150 m away
    const stop: Thing = { at: [9.1463, 47.7005] }; // a point of the same name, 170 m away
    const elsewhere: Thing = { at: [9.3, 47.8], box: [9.28, 47.79, 9.32, 47.81] }; // an area of the same name far off
    const match = (name: string, item: Thing): Match<Thing> => ({ name, item, rank: 0, edits: 0 });
    const groups = groupMatches(
      [match('Wollmatingen', district), match('Wollmatingen', polygon), match('Wollmatingen', stop), match('Wollmatingen', elsewhere)],
      (item) => item.at,
      { extentOf: (item) => item.box },
    );
    expect(groups.map((group) => group.map((m) => m.item))).to.deep.equal([[district, polygon], [stop], [elsewhere]]);
    // Without extents, only the distance counts (as before).
    expect(groupMatches([match('W', district), match('W', polygon)], (item) => item.at)).to.have.length(2);
  });

  it('puts names that match equally well in order of priority, then alphabetically', () => {
    const candidates = [
      { name: 'Bushaltestelle Bücklestraße (Richtung Wollmatingen)', item: 'stop', priority: 1 },
      { name: 'Wollmatingen Rathaus', item: 'stop', priority: 1 },
      { name: 'Wollmatingen', item: 'district', priority: 0 },
    ];
    expect(findMatches(candidates, 'wollmatingn', 10, 'de').map((m) => [m.name, m.rank, m.edits])).to.deep.equal([
      ['Wollmatingen', Rank.typo, 1],
      ['Bushaltestelle Bücklestraße (Richtung Wollmatingen)', Rank.typo, 1],
      ['Wollmatingen Rathaus', Rank.typo, 1],
    ]);
    // A better match still wins over a higher priority: the whole name before the start of one.
    const better = [
      { name: 'Eggenweiler', item: 'district', priority: 0 },
      { name: 'Egg', item: 'stop', priority: 1 },
    ];
    expect(findMatches(better, 'egg', 10, 'de').map((m) => [m.name, m.rank])).to.deep.equal([
      ['Egg', Rank.exact],
      ['Eggenweiler', Rank.prefix],
    ]);
  });

  it("lists a district once and before the stops that name it, with the fibre layer's polygons of the districts (bundled data)", async () => {
    const { loadGazetteer } = await import('../../src/controls/search/gazetteer.js');
    const { bundledGeoJson } = await import('../../src/data/bundled-data.js');
    const places = await loadGazetteer();
    const fibre = await bundledGeoJson('glasfaser-beispieldaten.geojson');
    // The fibre layer as the search sees it: its features, all shown, named by `name`.
    const layer = { hidden: false, features: fibre.features, isShown: () => true } as unknown as DescribedLayer;
    const find = (query: string) => findResults({ query, limit: 8, lang: 'de', layers: [layer], nameField: () => 'name', places });
    const kinds = (result: Result) => result.members.map((m) => (m.item.source === 'layer' ? 'layer' : m.item.entry.kind));

    const wollmatingn = find('wollmatingn');
    expect(wollmatingn.map((r) => r.name)).to.deep.equal(['Wollmatingen', 'Bushaltestelle Bücklestraße (Richtung Wollmatingen)', 'Wollmatingen Rathaus']);
    expect(kinds(wollmatingn[0])).to.deep.equal(['district', 'layer']);

    const petershausen = find('Petershausen');
    expect(petershausen.map((r) => r.name)).to.deep.equal(['Petershausen-Ost', 'Petershausen-West']);
    expect(petershausen.map(kinds)).to.deep.equal([
      ['district', 'layer'],
      ['district', 'layer'],
    ]);
    // Every district: one result of its name, though the label point and the polygon's centroid lie up to 440 m apart.
    const districts = places.filter((place) => place.kind === 'district');
    expect(districts).to.have.length(15);
    for (const { name } of districts) expect(find(name).filter((r) => r.name === name).map(kinds), name).to.deep.equal([['district', 'layer']]);
  });

  it('takes a point for areas and lines: the centroid, the middle vertex', () => {
    const square = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [9, 47],
          [9.2, 47],
          [9.2, 47.2],
          [9, 47.2],
          [9, 47],
        ],
      ],
    };
    const [lng, lat] = representativePoint(square)!;
    expect(lng).to.be.closeTo(9.1, 1e-9);
    expect(lat).to.be.closeTo(47.1, 1e-9);
    expect(
      representativePoint({
        type: 'LineString',
        coordinates: [
          [1, 1],
          [2, 2],
          [3, 3],
        ],
      }),
    ).to.deep.equal([2, 2]);
    expect(representativePoint({ type: 'Point', coordinates: [9.17, 47.66] })).to.deep.equal([9.17, 47.66]);
    expect(representativePoint(null)).to.equal(undefined);
  });

  it('reads the place names of the bundled data: districts with their extent, stops, stations, waters, landmarks', async () => {
    const { loadGazetteer } = await import('../../src/controls/search/gazetteer.js');
    const places = await loadGazetteer();
    const named = (name: string) => places.filter((place) => place.name === name);
    expect(places.filter((place) => place.kind === 'district')).to.have.length(15);
    const [altstadt] = named('Altstadt');
    expect(altstadt.kind).to.equal('district');
    expect(altstadt.lngLat).to.deep.equal([9.17341, 47.66147]);
    expect(altstadt.bounds![0]).to.be.below(altstadt.lngLat[0]);
    expect(altstadt.bounds![2]).to.be.above(altstadt.lngLat[0]);
    expect(named('Bushaltestelle Bücklestraße (Richtung Wollmatingen)').map((p) => p.kind)).to.deep.equal(['stop']);
    expect(named('Sternenplatz').map((p) => p.kind)).to.deep.equal(['stop']);
    expect(named('farm (Shedhalle), Bücklestraße 3').map((p) => p.kind)).to.deep.equal(['place']);
    // orte.geojson's weather stations are the weather-station file's: listed once.
    expect(named('Hörnle').map((p) => p.kind)).to.deep.equal(['weather']);
    expect(places.filter((place) => place.kind === 'weather')).to.have.length(13);
    // "Bodensee" labels the lake twice; the one nearer the city is kept.
    expect(named('Bodensee').map((p) => p.lngLat)).to.deep.equal([[9.262, 47.655]]);
    expect(named('Konzil').map((p) => p.kind)).to.deep.equal(['place']);
  });

  it('builds the request and reads Photon and Nominatim answers, skipping what it cannot read', () => {
    const url = geocoderUrl('/photon/api?lang=de', 'Marktstätte 1', 5, 'http://127.0.0.1:8000/demo/');
    expect(url.href).to.equal('http://127.0.0.1:8000/photon/api?lang=de&q=Marktst%C3%A4tte+1&limit=5');
    const photon = parsePlaces({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [9.1, 47.6] },
          properties: {
            name: 'Rathaus',
            street: 'Kanzleistraße',
            housenumber: '15',
            postcode: '78462',
            city: 'Konstanz',
            extent: [9.0, 47.7, 9.2, 47.5],
          },
        },
        { type: 'Feature', geometry: { type: 'LineString', coordinates: [] }, properties: { name: 'x' } },
        { type: 'Feature', geometry: { type: 'Point', coordinates: ['a', 1] }, properties: { name: 'y' } },
      ],
    });
    expect(photon).to.deep.equal([
      { label: 'Rathaus, Kanzleistraße 15, 78462 Konstanz', center: [9.1, 47.6], bounds: [9.0, 47.5, 9.2, 47.7] },
    ]);
    const nominatim = parsePlaces([{ lat: '47.66', lon: '9.17', display_name: 'Konstanz', boundingbox: ['47.6', '47.7', '9.1', '9.2'] }]);
    expect(nominatim).to.deep.equal([{ label: 'Konstanz', center: [9.17, 47.66], bounds: [9.1, 47.6, 9.2, 47.7] }]);
    expect(parsePlaces('<html>')).to.deep.equal([]);
    expect(parsePlaces(null)).to.deep.equal([]);
  });

  it('drops answers whose position is no place on the earth, and counts them (issue 16)', () => {
    const at = (coordinates: unknown, properties: Record<string, unknown> = { name: 'x' }) => ({ type: 'Feature', geometry: { type: 'Point', coordinates }, properties });
    const photon = readPlaces({
      type: 'FeatureCollection',
      features: [[1e9, 1e9], [181, 47], [9.17, 91], [9.17, -90.5], ['9.17', '47.66'], [null, 47], [true, 47], [9.17, 47.66]].map((c) => at(c)),
    });
    expect(photon.dropped).to.equal(6);
    expect(photon.places.map((p) => p.center)).to.deep.equal([[9.17, 47.66], [9.17, 47.66]]);
    // An extent beyond the earth is left out; the place stays.
    expect(readPlaces({ type: 'FeatureCollection', features: [at([9.17, 47.66], { name: 'a', extent: [9, 95, 10, 47] })] })).to.deep.equal({
      places: [{ label: 'a', center: [9.17, 47.66], bounds: undefined }],
      dropped: 0,
    });
    const nominatim = readPlaces([
      { lat: '1e9', lon: '9.17', display_name: 'weit' },
      { lat: 'NaN', lon: '9.17', display_name: 'nan' },
      { lat: '', lon: '', display_name: 'leer' },
      { lat: '47.66', lon: '9.17', display_name: 'Konstanz', boundingbox: ['47.6', '47.7', '9.1', '181'] },
      { lat: '47.66', lon: '9.17' }, // no name: not a result at all
    ]);
    expect(nominatim).to.deep.equal({ places: [{ label: 'Konstanz', center: [9.17, 47.66], bounds: undefined }], dropped: 3 });
  });
});
