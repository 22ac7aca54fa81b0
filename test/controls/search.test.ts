import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { html, nothing } from 'lit';
import '../../src/define.js';
import '../../src/kn-search.js';
import type { KnSearch } from '../../src/controls/search/search.js';
import { geocoderUrl, parsePlaces } from '../../src/controls/search/geocoder.js';
import { findMatches, fold } from '../../src/controls/search/match.js';
import { nextEvent } from '../helpers/map.js';
import { clearForeignRequests, foreignRequests } from '../helpers/network.js';
import { featureNamed, isHighlighted, mount, until } from './feature-controls-helpers.js';

const input = (el: KnSearch) => el.shadowRoot!.querySelector<HTMLInputElement>('input')!;
const listbox = (el: KnSearch) => el.shadowRoot!.querySelector<HTMLElement>('[role="listbox"]')!;
const options = (el: KnSearch) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')];
const optionNames = (el: KnSearch) => options(el).map((o) => o.querySelector('.name')!.textContent!.trim());
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

async function mountSearch(attrs: { geocoder?: string; lang?: string } = {}) {
  const mounted = await mount(html`
    <div>
      <kn-search for="search-map" geocoder=${attrs.geocoder ?? nothing}></kn-search>
      <kn-map id="search-map" lang=${attrs.lang ?? 'de'} style="width:700px;height:450px">
        <kn-wlan-layer></kn-wlan-layer>
        <kn-projects-layer></kn-projects-layer>
      </kn-map>
    </div>
  `);
  const el = mounted.container.querySelector('kn-search')!;
  return { ...mounted, el };
}

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

  it('finds features of every layer by name, ignoring case and umlauts', async () => {
    const { el } = await mountSearch();
    await type(el, 'Markt');
    expect(input(el).getAttribute('aria-expanded')).to.equal('true');
    expect(optionNames(el)).to.deep.equal([
      'Marktstätte',
      'Marktstätte Unterführung',
      'Stadtklima-Messnetz: Station Marktstätte',
      'Fischmarkt Richtung Stadtgarten',
    ]);
    expect(options(el)[2].querySelector('.meta')!.textContent).to.equal('Smart-Green-City-Projekte');

    for (const query of ['marktstatte', 'MARKTSTÄTTE', 'Marktstaette']) {
      el.shadowRoot!.querySelector<HTMLButtonElement>('.clear')!.click();
      await el.updateComplete;
      await type(el, query);
      expect(optionNames(el), query).to.include('Marktstätte').and.include('Stadtklima-Messnetz: Station Marktstätte');
    }
    el.shadowRoot!.querySelector<HTMLButtonElement>('.clear')!.click();
    await el.updateComplete;
    await type(el, 'herosepark');
    expect(optionNames(el)).to.deep.equal(['Herosépark']);
    await expect(el).to.be.accessible();
  });

  it('is operated by keyboard: Down and Up move, Home and End move the cursor, Escape closes then clears, Enter chooses', async () => {
    const { map, layers, el } = await mountSearch();
    await type(el, 'Markt');
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
    expect(activeId()).to.equal('option-3'); // wraps to the last
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

    await sendKeys({ type: 'Stern' });
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
    expect(map.map!.getCenter().lng).to.be.closeTo(9.179657, 1e-4);
    expect(isHighlighted(map, wlan, sternenplatz)).to.equal(true);
  });

  it('chooses a result with the mouse without losing the focus of the field', async () => {
    const { map, el } = await mountSearch();
    await type(el, 'Hörnle');
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
    expect(options(el)).to.have.length(4);
    expect(status(el).textContent!.trim()).to.equal('');
    // … the count comes once typing pauses.
    await until(() => status(el).textContent!.trim() !== '', 'the announcement');
    expect(status(el).textContent!.trim()).to.equal('4 Treffer');
    await type(el, 'xyz');
    await until(() => status(el).textContent!.trim() === 'Keine Treffer', 'no results');
    expect(el.shadowRoot!.querySelector('.none')!.textContent!.trim()).to.equal('Keine Treffer');
  });

  it('leaves out layers that are switched off', async () => {
    const { layers, el } = await mountSearch();
    layers[1].hidden = true;
    await layers[1].updateComplete;
    await type(el, 'Hörnle');
    expect(optionNames(el)).to.deep.equal(['Hörnle']);
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

  it('sends nothing anywhere while searching without a geocoder', async () => {
    const { el } = await mountSearch();
    const original = window.fetch;
    const requested: string[] = [];
    window.fetch = ((resource: RequestInfo | URL, init?: RequestInit) => {
      requested.push(String(resource));
      return original(resource, init);
    }) as typeof fetch;
    try {
      await type(el, 'Marktstätte');
      // The count is said after a longer pause (500 ms) than a geocoder would be asked after (300 ms).
      await until(() => status(el).textContent!.trim() !== '', 'the announcement');
      expect(requested).to.deep.equal([]);
    } finally {
      window.fetch = original;
    }
  });

  it('lists addresses from the geocoder (loopback fixture) in their own group and moves the map to one', async () => {
    await clearForeignRequests();
    const { map, el } = await mountSearch({ geocoder: '/test/fixtures/photon-konstanz.json' });
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
    expect(groups.map(groupLabel)).to.deep.equal(['Einträge der Karte', 'Adressen']);
    const addresses = [...groups[1].querySelectorAll('[role="option"]')].map((o) => o.textContent!.trim());
    expect(addresses).to.deep.equal([
      'Marktstätte 1, 78462 Konstanz',
      'Fischmarkt, 78462 Konstanz',
      '<img src=x onerror="window.__knGeocoderXss=1">, 78462 Konstanz',
    ]);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    await expect(el).to.be.accessible();

    // Up from the field wraps to the last option; two more reach the first address (after the four features).
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(el.shadowRoot!.getElementById(input(el).getAttribute('aria-activedescendant')!)!.textContent!.trim()).to.equal(
      'Marktstätte 1, 78462 Konstanz',
    );
    const moved = nextEvent(map, 'kn-move-end');
    await sendKeys({ press: 'Enter' });
    await moved;
    expect(map.map!.getCenter().lng).to.be.closeTo(9.17587, 1e-4);
    expect(map.map!.getCenter().lat).to.be.closeTo(47.66012, 1e-4);
    expect(map.map!.getZoom()).to.be.at.least(17);
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
    const { el } = await mountSearch({ geocoder: '/test/fixtures/nominatim-konstanz.json' });
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
    expect([...group.querySelectorAll('[role="option"]')].map((o) => o.textContent!.trim())).to.deep.equal([
      'Marktstätte, Altstadt, Konstanz, Baden-Württemberg, 78462, Deutschland',
    ]);
  });

  it('speaks English when the map does', async () => {
    const { el } = await mountSearch({ lang: 'en' });
    expect(el.shadowRoot!.querySelector('label')!.textContent!.trim()).to.equal('Search');
    await type(el, 'Markt');
    await until(() => status(el).textContent!.trim() !== '', 'the announcement');
    expect(status(el).textContent!.trim()).to.equal('4 results');
  });
});

describe('search helpers (pure)', () => {
  it('folds case and diacritics', () => {
    expect(fold('Marktstätte')).to.equal('marktstatte');
    expect(fold('Herosé-Park')).to.equal('herose-park');
    expect(fold('Straße')).to.equal('strasse');
  });

  it('ranks names that start with the query first, then word starts, then the rest', () => {
    const names = ['Fischmarkt', 'Station Marktstätte', 'Marktstätte', 'Marktstätte Unterführung', 'Zähringerplatz'];
    const found = findMatches(
      names.map((name) => ({ name, item: name })),
      'markt',
      10,
      'de',
    );
    expect(found.map((m) => [m.name, m.rank])).to.deep.equal([
      ['Marktstätte', 0],
      ['Marktstätte Unterführung', 0],
      ['Station Marktstätte', 1],
      ['Fischmarkt', 2],
    ]);
    expect(
      findMatches(
        names.map((name) => ({ name, item: name })),
        'zaehringer',
        10,
        'de',
      ).map((m) => m.name),
    ).to.deep.equal(['Zähringerplatz']);
    expect(
      findMatches(
        names.map((name) => ({ name, item: name })),
        '  ',
        10,
        'de',
      ),
    ).to.deep.equal([]);
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
});
