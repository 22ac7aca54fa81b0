import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../src/define.js';
import '../../src/kn-feature-details.js';
import '../../src/kn-feature-list.js';
import type { KnFeatureDetails } from '../../src/controls/feature-details/feature-details.js';
import { detailEntries, readableKey, safeLink } from '../../src/controls/feature-details/properties.js';
import { expectAccessible } from '../helpers/a11y.js';
import { injectedImagesFailed, until } from '../helpers/harness.js';
import { idle, nextEvent } from '../helpers/map.js';
import { deepActiveElement, featureNamed, isHighlighted, mount, pagePoint } from './feature-controls-helpers.js';

const details = (container: HTMLElement) => container.querySelector('kn-feature-details')!;
const heading = (el: KnFeatureDetails) => el.shadowRoot!.querySelector<HTMLElement>('[role="heading"]')!;
/** The definition list as [term, description] pairs. */
const pairs = (el: KnFeatureDetails) =>
  [...el.shadowRoot!.querySelectorAll('dl dt')].map((dt) => [dt.textContent!.trim(), dt.nextElementSibling!.textContent!.trim()]);
const dd = (el: KnFeatureDetails, term: string) =>
  [...el.shadowRoot!.querySelectorAll('dl dt')].find((dt) => dt.textContent!.trim() === term)!.nextElementSibling as HTMLElement;

const TEST_DATA = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: {
        name: '<img src=x onerror="window.__knDetailsXss=1">',
        website: 'https://www.konstanz.de/',
        kontakt: 'mailto:smartgreencity@konstanz.de',
        trick: 'javascript:window.__knDetailsXss=2',
        daten: 'data:text/html,<script>window.__knDetailsXss=3</script>',
        ohne_protokoll: 'www.konstanz.de',
        baujahrGesamt: 2021,
        kosten_eur: 1234567.5,
        oeffentlich: true,
        leer: '',
      },
      geometry: { type: 'Point', coordinates: [9.1757, 47.6604] },
    },
  ],
};

async function mountWithDetails() {
  const mounted = await mount(html`
    <div>
      <kn-map id="details-map" style="width:800px;height:500px" center="9.1765,47.6600" zoom="16">
        <kn-wlan-layer></kn-wlan-layer>
        <kn-fibre-layer></kn-fibre-layer>
        <kn-geojson-layer label="Testdaten" .data=${TEST_DATA}></kn-geojson-layer>
        <kn-feature-details slot="top-left"></kn-feature-details>
      </kn-map>
      <kn-feature-list for="details-map" scope="all"></kn-feature-list>
    </div>
  `);
  return { ...mounted, el: details(mounted.container), list: mounted.container.querySelector('kn-feature-list')! };
}

/** A map with the projects and a details panel, showing "Virtuelles Rathaus" (Smarte Verwaltung, `lage: angenommen`). */
async function mountRathausDetails(lang = 'de') {
  const { container, map, layers } = await mount(html`
    <div>
      <kn-map lang=${lang} style="width:600px;height:400px" center="9.1765,47.66" zoom="15">
        <kn-projects-layer></kn-projects-layer>
        <kn-feature-details slot="top-left"></kn-feature-details>
      </kn-map>
    </div>
  `);
  const panel = details(container);
  const projects = layers[0] as (typeof layers)[number] & { categories?: string };
  projects.select(featureNamed(projects, 'Virtuelles Rathaus'));
  await panel.updateComplete;
  return { container, map, panel, projects };
}

describe('<kn-feature-details>', () => {
  it('is hidden until a feature is selected, then shows its properties as a definition list under a heading', async () => {
    const { container, layers, el } = await mountWithDetails();
    expect(el.open).to.equal(false);
    expect(getComputedStyle(el).display).to.equal('none');
    const [wlan] = layers;
    wlan.select(featureNamed(wlan, 'Marktstätte'));
    await el.updateComplete;
    expect(el.open).to.equal(true);
    expect(heading(el).textContent!.trim()).to.equal('Marktstätte');
    expect(heading(el).getAttribute('aria-level')).to.equal('2');
    // A name too long for the panel (200 % text on a phone: "Bahnhof Parkleitsystem") is hyphenated, in its language.
    expect(getComputedStyle(heading(el)).hyphens).to.equal('auto');
    expect(heading(el).closest('[lang]')?.getAttribute('lang')).to.equal('de');
    expect(el.shadowRoot!.querySelector('[part="layer"]')!.textContent!.trim()).to.equal('Konstanz-WLAN');
    expect(pairs(el)).to.deep.equal([
      ['Status', 'in Betrieb'],
      ['Betreiber', 'Stadtwerke Konstanz GmbH'],
      ['Netz', 'Konstanz-WLAN'],
      ['Lage', 'genau'],
      ['Quelle', 'Stadtwerke Konstanz GmbH, Standorte Konstanz WLAN'],
    ]); // no technical id ("fc-kn-ap007"): citizens need not read it
    const region = el.shadowRoot!.querySelector('section')!;
    expect(region.getAttribute('aria-labelledby')).to.equal(heading(el).id);
    await expect(el).to.be.accessible();
    await expectAccessible(container, { what: 'the map with the details of a hotspot open, the list beside it' });
  });

  it('makes links only of http(s) and mailto values; javascript: and data: stay text, and markup in a name is not parsed', async () => {
    const { container, layers, el } = await mountWithDetails();
    const test = layers[2];
    test.select(test.features[0]);
    await el.updateComplete;
    expect(heading(el).textContent!.trim()).to.equal('<img src=x onerror="window.__knDetailsXss=1">');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);

    const web = dd(el, 'Website').querySelector('a')!;
    expect(web.getAttribute('href')).to.equal('https://www.konstanz.de/');
    expect(web.getAttribute('target')).to.equal('_blank');
    expect(web.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(web.querySelector('.visually-hidden')!.textContent!.trim()).to.equal('(öffnet neues Fenster)');

    const mail = dd(el, 'Kontakt').querySelector('a')!;
    expect(mail.getAttribute('href')).to.equal('mailto:smartgreencity@konstanz.de');
    expect(mail.hasAttribute('target')).to.equal(false);

    expect(dd(el, 'Trick').querySelector('a')).to.equal(null);
    expect(dd(el, 'Trick').textContent!.trim()).to.equal('javascript:window.__knDetailsXss=2');
    expect(dd(el, 'Daten').querySelector('a, script')).to.equal(null);
    expect(dd(el, 'Ohne protokoll').querySelector('a')).to.equal(null);
    expect(el.shadowRoot!.querySelectorAll('a')).to.have.length(2);

    expect(dd(el, 'Baujahr gesamt').textContent!.trim()).to.equal('2021');
    expect(dd(el, 'Kosten eur').textContent!.trim()).to.equal('1234567,5');
    expect(dd(el, 'Oeffentlich').textContent!.trim()).to.equal('ja');
    expect(pairs(el).map(([term]) => term)).not.to.include('Leer');
    await injectedImagesFailed(); // an injected <img src=x onerror=…> would have run its handler by now
    expect((window as unknown as { __knDetailsXss?: number }).__knDetailsXss).to.equal(undefined);
    await expect(el).to.be.accessible();
    await expectAccessible(container, { what: 'the map with the details of a feature with links open' });
  });

  it('keeps a long label from squeezing its value: the label wraps within part of the panel, the value keeps the rest', async () => {
    const long = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { name: 'Fischmarkt', entfernung_von_der_kartenmitte_in_metern_als_luftlinie_gemessen: 'Stadtwerke Konstanz GmbH' }, geometry: { type: 'Point', coordinates: [9.1757, 47.6604] } }] };
    const { container } = await mount(html`
      <div style="width:420px">
        <kn-map id="long-label-map" style="width:400px;height:300px" center="9.1765,47.6600" zoom="16">
          <kn-geojson-layer label="Testdaten" .data=${long}></kn-geojson-layer>
        </kn-map>
        <kn-feature-details for="long-label-map" style="width:400px"></kn-feature-details>
      </div>
    `);
    const layer = container.querySelector('kn-geojson-layer')! as unknown as { select(feature: unknown): void; features: unknown[] };
    const el = details(container);
    layer.select(layer.features[0]);
    await el.updateComplete;
    const term = el.shadowRoot!.querySelector<HTMLElement>('dl dt')!;
    const value = term.nextElementSibling as HTMLElement;
    const list = el.shadowRoot!.querySelector<HTMLElement>('dl')!;
    // (A wide window: the two columns stand side by side; below 30rem of window they stack.)
    expect(term.getBoundingClientRect().width, 'the label within 45 % of the list').to.be.at.most(list.clientWidth * 0.45 + 1);
    expect(value.getBoundingClientRect().width, 'the value the rest').to.be.at.least(list.clientWidth * 0.5);
    // (The description's box stretches to the row: count the lines of its text.)
    const range = document.createRange();
    range.selectNodeContents(value);
    const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
    expect(lines.size, 'the value in at most two lines (before: one or two letters a line)').to.be.at.most(2);
  });

  it('shows the sample-data notice for the bundled fibre districts', async () => {
    const { container, layers, el } = await mountWithDetails();
    const fibre = layers[1];
    fibre.select(featureNamed(fibre, 'Altstadt'));
    await el.updateComplete;
    expect(heading(el).textContent!.trim()).to.equal('Altstadt');
    expect(el.shadowRoot!.querySelector('[part="notice"]')!.textContent!.trim()).to.equal(
      'Beispieldaten: Es gibt keine veröffentlichten Ausbaudaten je Stadtteil.',
    );
    const terms = pairs(el).map(([term]) => term);
    expect(terms).to.include.members(['Ausbaustand', 'Geplant seit', 'Im Bau seit', 'Verfügbar seit', 'Stadtteil-Nummer']);
    expect(terms).not.to.include('Hinweis');
    expect(dd(el, 'Ausbaustand').textContent!.trim()).to.equal('verfügbar');
    await expect(el).to.be.accessible();
    await expectAccessible(container, { what: 'the map with the details of a sample-data district open' });
  });

  it('follows the year: an open district shows the status of the year the fibre layer moved to, in place, without taking the focus', async () => {
    const { layers, el } = await mountWithDetails();
    const fibre = layers[1] as (typeof layers)[number] & { year: number };
    fibre.select(featureNamed(fibre, 'Altstadt'));
    await el.updateComplete;
    expect(dd(el, 'Ausbaustand').textContent!.trim()).to.equal('verfügbar');
    const outside = document.createElement('button');
    outside.textContent = 'Jahr';
    document.body.append(outside);
    try {
      outside.focus();
      fibre.year = 2020;
      await until(() => dd(el, 'Ausbaustand').textContent!.trim() === 'im Bau');
      expect(dd(el, 'Stand im Jahr').textContent!.trim()).to.equal('2020');
      expect(heading(el).textContent!.trim()).to.equal('Altstadt');
      expect(el.open).to.equal(true);
      expect(document.activeElement === outside, 'the focus stays where the year was set').to.equal(true);
      fibre.year = 2012;
      await until(() => dd(el, 'Ausbaustand').textContent!.trim() === 'nicht geplant');
      expect(dd(el, 'Stand im Jahr').textContent!.trim()).to.equal('2012');
    } finally {
      outside.remove();
    }
  });

  it('closes when its layer is switched off, and the feature is not highlighted when the layer is back', async () => {
    const { map, layers, el } = await mountWithDetails();
    const fibre = layers[1];
    const altstadt = featureNamed(fibre, 'Altstadt');
    fibre.select(altstadt);
    await el.updateComplete;
    expect(el.open).to.equal(true);
    expect(isHighlighted(map, fibre, altstadt)).to.equal(true);
    fibre.hidden = true;
    await until(() => !el.open);
    fibre.hidden = false;
    await fibre.updateComplete;
    expect(map.registry.selection).to.equal(undefined);
    expect(isHighlighted(map, fibre, altstadt), 'no highlight without a selection').to.equal(false);
  });

  it('closes when a filter leaves out the project it shows, and stays open while the project is shown', async () => {
    const { map, panel, projects } = await mountRathausDetails();
    expect(panel.open).to.equal(true);
    // Its place in the data is `lage: angenommen`: said so that a citizen understands it.
    expect(dd(panel, 'Lage').textContent!.trim()).to.equal('kein eigener Ort, nur zur Darstellung auf die Karte gesetzt');
    projects.categories = 'Smarte Verwaltung';
    await projects.updateComplete;
    await panel.updateComplete;
    expect(panel.open, 'still shown: stays open').to.equal(true);
    expect(heading(panel).textContent!.trim()).to.equal('Virtuelles Rathaus');
    const highlighted = () => projects.features.some((feature) => isHighlighted(map, projects, feature));
    expect(highlighted(), 'the project highlighted while shown').to.equal(true);
    projects.categories = 'Smart Leben';
    await until(() => !panel.open);
    // No other project takes its place's highlight (the map keeps a feature state by index across new data).
    expect(highlighted(), 'no project highlighted without a selection').to.equal(false);
  });

  it('on an English map says sample data in English, and not again in German from the data', async () => {
    const { layers, el, map } = await mountWithDetails();
    (map as HTMLElement).lang = 'en';
    const fibre = layers[1];
    fibre.select(featureNamed(fibre, 'Altstadt'));
    await el.updateComplete;
    await until(() => !!el.shadowRoot!.querySelector('[part="notice"]')?.textContent?.includes('Sample'), 'the English notice');
    const text = el.shadowRoot!.textContent!;
    expect(text.includes('Es gibt keine veröffentlichten'), 'the German sample note of the data').to.equal(false);
    expect(pairs(el).map(([term]) => term)).not.to.include('Note');
  });

  it('opened from the list by keyboard, takes the focus to its heading; Escape closes it and returns the focus to the row', async () => {
    const { el, list } = await mountWithDetails();
    const button = [...list.shadowRoot!.querySelectorAll<HTMLButtonElement>('tbody .name')].find((b) =>
      b.textContent!.includes('Herosépark'),
    )!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.open).to.equal(true);
    expect(heading(el).textContent!.trim()).to.equal('Herosépark');
    expect(deepActiveElement()).to.equal(heading(el));
    expect(heading(el).tabIndex).to.equal(-1);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.open).to.equal(false);
    expect(deepActiveElement()).to.equal(button);
  });

  it('takes the focus to its heading also when the list sits in a corner of the map', async () => {
    const { container } = await mount(html`
      <div>
        <kn-map style="width:800px;height:500px" center="9.1765,47.6600" zoom="16">
          <kn-wlan-layer></kn-wlan-layer>
          <kn-feature-list slot="top-left" style="--kn-feature-list-max-height: 150px"></kn-feature-list>
          <kn-feature-details slot="top-right"></kn-feature-details>
        </kn-map>
      </div>
    `);
    const el = details(container);
    const list = container.querySelector('kn-feature-list')!;
    const button = list.shadowRoot!.querySelector<HTMLButtonElement>('tbody .name')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.open).to.equal(true);
    expect(deepActiveElement()).to.equal(heading(el));
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.open).to.equal(false);
    expect(deepActiveElement()).to.equal(button);
  });

  it('opened by a click on the map, leaves the focus on the map; Escape closes it there', async () => {
    const { map, layers, el } = await mountWithDetails();
    layers[1].hidden = true; // the fibre districts cover the city and would take the click too
    await layers[1].updateComplete;
    map.map!.jumpTo({ center: [9.1797, 47.6674], zoom: 17 });
    await idle(map.map!);
    const selected = nextEvent(map, 'kn-select');
    await sendMouse({ type: 'click', position: pagePoint(map, [9.179657, 47.667383]) });
    await selected;
    await el.updateComplete;
    expect(heading(el).textContent!.trim()).to.equal('Sternenplatz');
    const canvas = map.map!.getCanvas();
    expect(deepActiveElement()).to.equal(canvas);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.open).to.equal(false);
    expect(deepActiveElement()).to.equal(canvas);
  });

  it('closes with its named close button, returning the focus to where it was; the selection ends with it', async () => {
    const { el, list, map } = await mountWithDetails();
    const button = list.shadowRoot!.querySelector<HTMLButtonElement>('tbody .name')!;
    button.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    const close = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="close-button"]')!;
    expect(close.getAttribute('aria-label')).to.equal('Details schließen');
    const rect = close.getBoundingClientRect();
    expect(Math.min(rect.width, rect.height)).to.be.at.least(24);
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(close);
    const { layer, feature } = map.registry.selection!;
    expect(isHighlighted(map, layer as never, feature), 'ringed while shown').to.equal(true);
    const closed = nextEvent(el, 'kn-details-close');
    await sendKeys({ press: 'Enter' });
    await closed;
    await el.updateComplete;
    expect(el.open).to.equal(false);
    expect(deepActiveElement()).to.equal(button);
    // Closed: nothing is selected any more (no ring, no row marked, no "auswahl" in the address).
    expect(map.registry.selection === undefined, 'no selection').to.equal(true);
    expect(isHighlighted(map, layer as never, feature), 'no ring').to.equal(false);
    expect(list.shadowRoot!.querySelector('tr.selected') === null, 'no row marked').to.equal(true);
  });

  it('added after a feature was selected, shows it at once without taking the focus (an app that renders the panel once something is chosen)', async () => {
    const { container, map, layers } = await mount(html`
      <div>
        <kn-map id="late-map" style="width:600px;height:400px" center="9.1765,47.6600" zoom="15"><kn-wlan-layer></kn-wlan-layer></kn-map>
        <button id="elsewhere">elsewhere</button>
      </div>
    `);
    layers[0].select(featureNamed(layers[0], 'Marktstätte'));
    const elsewhere = container.querySelector<HTMLButtonElement>('#elsewhere')!;
    elsewhere.focus();
    const late = document.createElement('kn-feature-details') as KnFeatureDetails;
    late.setAttribute('for', 'late-map');
    container.append(late);
    await until(() => late.open, 'the late panel open');
    await late.updateComplete;
    expect(heading(late).textContent!.trim()).to.equal('Marktstätte');
    expect(deepActiveElement() === elsewhere, 'the focus where it was').to.equal(true);
    // Bound to another map with nothing selected: it closes (it no longer shows what that map has chosen).
    const other = document.createElement('kn-map');
    other.id = 'other-map';
    other.style.cssText = 'display:block;width:300px;height:200px';
    container.append(other);
    late.setAttribute('for', 'other-map');
    await until(() => !late.open, 'closed when bound to a map without a selection');
    expect(map.registry.selection?.feature === featureNamed(layers[0], 'Marktstätte'), 'the first map keeps its selection').to.equal(true);
  });

  it('does not trap the focus: Tab leaves the panel', async () => {
    const { el, list } = await mountWithDetails();
    const button = list.shadowRoot!.querySelector<HTMLButtonElement>('tbody .name')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    // Close button, links (if any), then out of the panel.
    let inside = 0;
    for (; inside < 10; inside++) {
      await sendKeys({ press: 'Tab' });
      if (!el.shadowRoot!.contains(deepActiveElement())) break;
    }
    expect(inside).to.be.below(10);
    expect(el.shadowRoot!.contains(deepActiveElement())).to.equal(false);
    expect(el.open).to.equal(true);
  });

  it('speaks English when the map does', async () => {
    const { container, panel: el } = await mountRathausDetails('en');
    expect(
      pairs(el)
        .map(([term]) => term)
        .slice(0, 3),
    ).to.deep.equal(['Field of action', 'Status', 'Description']);
    expect(el.shadowRoot!.querySelector('[part="close-button"]')!.getAttribute('aria-label')).to.equal('Close details');
    await expect(el).to.be.accessible();
    await expectAccessible(container, { what: 'the English map with the details open' });
  });
});

describe('feature-details properties (pure)', () => {
  it('accepts only whole http(s) and mailto URLs as links', () => {
    expect(safeLink('https://konstanz.de')).to.deep.equal({ href: 'https://konstanz.de/', external: true });
    expect(safeLink(' http://example.org/a?b=1 ')!.href).to.equal('http://example.org/a?b=1');
    expect(safeLink('mailto:a@b.de')).to.deep.equal({ href: 'mailto:a@b.de', external: false });
    for (const bad of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,x',
      'vbscript:x',
      'https://',
      'see https://a.de',
      'ftp://a.de',
      '//evil.de',
      'https://a.de/ x',
    ]) {
      expect(safeLink(bad), bad).to.equal(null);
    }
  });

  it('makes unknown keys readable and puts known fields first', () => {
    expect(readableKey('baujahr_gesamt')).to.equal('Baujahr gesamt');
    expect(readableKey('openingHours')).to.equal('Opening hours');
    expect(readableKey('ID')).to.equal('ID');
    const entries = detailEntries(
      { zzz: 1, beschreibung: 'b', name: 'n', status: 's', description: 'd' },
      { lang: 'de', words: { yes: 'ja', no: 'nein' }, skip: ['name'] },
    );
    expect(entries.map((e) => [e.key, e.field])).to.deep.equal([
      ['status', 'status'],
      ['beschreibung', 'beschreibung'],
      ['description', 'beschreibung'],
      ['zzz', null],
    ]);
  });

  it('treats keys named like members of Object.prototype as unknown fields', () => {
    const properties = JSON.parse('{"__proto__": 1, "constructor": 2, "toString": 3, "hasOwnProperty": 4}');
    const entries = detailEntries(properties, { lang: 'de', words: { yes: 'ja', no: 'nein' } });
    expect(entries.map((e) => [e.key, e.field])).to.deep.equal([
      ['__proto__', null],
      ['constructor', null],
      ['toString', null],
      ['hasOwnProperty', null],
    ]);
  });

  it('shows nested values as JSON text and leaves empty ones out', () => {
    const entries = detailEntries({ a: { b: [1, 2] }, c: null, d: '  ' }, { lang: 'en', words: { yes: 'yes', no: 'no' } });
    expect(entries.map((e) => e.value.text)).to.deep.equal(['{"b":[1,2]}']);
  });
});

describe('<kn-feature-details>: several points at one spot', () => {
  /** The projects and the hotspots (in that order) with a details panel, at `center` and `zoom`. */
  async function mountPoints(center: string, zoom: number) {
    const mounted = await mount(html`
      <div>
        <kn-map style="width:800px;height:500px" center=${center} zoom=${zoom} cooperative-gestures="false">
          <kn-projects-layer></kn-projects-layer>
          <kn-wlan-layer></kn-wlan-layer>
          <kn-feature-details slot="top-left"></kn-feature-details>
        </kn-map>
      </div>
    `);
    const el = details(mounted.container);
    const buttons = () => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="also-here-button"]')];
    return { ...mounted, el, buttons };
  }

  it('offers the others where a click found more than one (a hotspot and a project at one address), each shown in turn', async function () {
    this.timeout(60_000);
    const { map, container, el, buttons } = await mountPoints('9.17457,47.66905', 17);
    await idle(map.map!);
    // The hotspot Herosépark and the climate station Herose-Park stand on the same coordinates.
    const [x, y] = pagePoint(map, [9.17457428, 47.66905485]);
    await sendMouse({ type: 'click', position: [x, y] });
    await until(() => el.open && heading(el).textContent!.trim() === 'Herosépark', () => `the hotspot shown (heading "${heading(el)?.textContent}")`);
    expect(map.registry.selection?.here?.length, 'both points at the spot').to.equal(2);
    expect(el.shadowRoot!.querySelector('.here-title')!.textContent!.trim()).to.equal('Ebenfalls an dieser Stelle');
    expect(buttons().map((button) => button.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Stadtklima-Messnetz: Station Herose-Park Smart-Green-City-Projekte',
    ]);
    await expectAccessible(container, { what: 'the details with another point at the spot' });

    buttons()[0].focus();
    await sendKeys({ press: 'Enter' });
    await until(() => heading(el).textContent!.trim() === 'Stadtklima-Messnetz: Station Herose-Park', () => `the project shown (heading "${heading(el).textContent}")`);
    expect(map.registry.selection?.layer.localName).to.equal('kn-projects-layer');
    await until(() => deepActiveElement() === heading(el), 'the focus on the new heading (the button it was on is gone)');
    expect(buttons().map((button) => button.textContent!.replace(/\s+/g, ' ').trim()), 'the hotspot offered in turn').to.deep.equal(['Herosépark Konstanz-WLAN']);

    // A click where only one point stands (a project 11 m away, 27 px at zoom 18) lists none.
    map.map!.jumpTo({ center: [9.1772, 47.6604], zoom: 18 });
    await idle(map.map!);
    const [mx, my] = pagePoint(map, [9.177201, 47.660374]);
    await sendMouse({ type: 'click', position: [mx, my] });
    await until(() => heading(el).textContent!.trim() === 'Marktstätte Unterführung', () => `the single hotspot shown (heading "${heading(el).textContent}")`);
    expect(map.registry.selection?.here, 'one point: no list').to.equal(undefined);
    expect(el.shadowRoot!.querySelector('[part="also-here"]')).to.equal(null);
  });

  it('offers them also for a point chosen otherwise than by a click (a list, the search), of the layers shown only', async function () {
    this.timeout(60_000);
    const { map, layers, el, buttons } = await mountPoints('9.1756,47.6604', 14);
    const [projects, wlan] = layers;
    const texts = () => buttons().map((button) => button.textContent!.replace(/\s+/g, ' ').trim());
    // The hotspot Hörnle, chosen as in a list: the climate station on its mast is offered.
    map.registry.withInput('list', () => wlan.focusFeature(featureNamed(wlan, 'Hörnle')));
    await until(() => el.open && heading(el).textContent!.trim() === 'Hörnle', () => `the hotspot shown (heading "${heading(el)?.textContent}")`);
    await el.updateComplete;
    expect(texts(), 'the station at the same place').to.deep.equal(['Stadtklima-Messnetz: Station Hörnle Smart-Green-City-Projekte']);
    expect(map.registry.selection?.hereIndex, 'the one chosen first').to.equal(0);
    buttons()[0].click();
    await until(() => heading(el).textContent!.trim() === 'Stadtklima-Messnetz: Station Hörnle', () => `the station shown (heading "${heading(el).textContent}")`);
    expect(map.registry.selection?.layer === projects, 'the projects layer’s feature selected').to.equal(true);
    await el.updateComplete;
    expect(texts(), 'the hotspot offered in turn').to.deep.equal(['Hörnle Konstanz-WLAN']);

    // Two access points of the Rosgartenstraße, 3 m apart: each offers the other.
    const rosgarten = wlan.features.filter((feature) => feature.properties!.name === 'Rosgartenstraße');
    expect(rosgarten.length, 'two hotspots named Rosgartenstraße').to.equal(2);
    wlan.focusFeature(rosgarten[0]);
    await until(() => heading(el).textContent!.trim() === 'Rosgartenstraße', 'the first Rosgartenstraße shown');
    await el.updateComplete;
    expect(texts()).to.deep.equal(['Rosgartenstraße Konstanz-WLAN']);

    // With the projects switched off, the hotspot Hörnle stands alone.
    projects.hidden = true;
    wlan.focusFeature(featureNamed(wlan, 'Hörnle'));
    await until(() => heading(el).textContent!.trim() === 'Hörnle', 'the hotspot shown again');
    await el.updateComplete;
    expect(map.registry.selection?.here, 'no other point shown there').to.equal(undefined);
    expect(el.shadowRoot!.querySelector('[part="also-here"]') === null, 'no list').to.equal(true);
  });
});
