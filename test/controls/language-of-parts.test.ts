import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Feature } from 'geojson';
import { html } from 'lit';
import '../../src/define.js';
import '../../src/kn-feature-details.js';
import '../../src/kn-feature-list.js';
import '../../src/kn-filter-chips.js';
import '../../src/kn-layer-switcher.js';
import '../../src/kn-legend.js';
import '../../src/kn-nearest.js';
import '../../src/kn-search.js';
import type { KnErrorEvent } from '../../src/events/kn-error-event.js';
import type { KnDataLayer } from '../../src/layers/data-layer.js';
import type { KnFibreLayer } from '../../src/layers/fibre/kn-fibre-layer.js';
import type { KnMap } from '../../src/map/kn-map.js';
import { inheritedLang } from '../../src/i18n/lang.js';
import { mountMap, until } from '../helpers/harness.js';

/**
 * WCAG 3.1.2, language of parts: on an English map every status word the library shows is English, and what stays
 * German — the city's data: names, addresses, descriptions — is marked `lang="de"` (its closest `[lang]` ancestor,
 * looking through shadow roots as the browser does). Read from the DOM the controls render.
 */

/** German status words of the Konstanz data, none of which may show on an English map outside a name. */
const GERMAN_WORDS = [
  'aktiv',
  'geplant',
  'in Umsetzung',
  'abgeschlossen',
  'verfügbar',
  'im Bau',
  'nicht geplant',
  'Smarte Mobilität',
  'Smarte Stadt',
  'Smarte Verwaltung',
  'Smarte Wirtschaft',
  'Smart Leben',
  'genau',
  'ungefähr',
  'angenommen',
  'Gebäude',
  'Einrichtung',
  'Haltestelle',
];
const germanWordIn = (text: string) => GERMAN_WORDS.find((word) => new RegExp(`(^|[^\\p{L}])${word}($|[^\\p{L}])`, 'u').test(text));

const closestLang = (element: Element) => inheritedLang(element);
const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const shadow = (host: Element, selector: string) => [...host.shadowRoot!.querySelectorAll<HTMLElement>(selector)];

async function konstanzMap(lang: 'en' | 'de') {
  // A test before may have scrolled a long page (the details panel takes the focus): the map starts near the view only.
  window.scrollTo(0, 0);
  const { root, map, layers } = await mountMap<HTMLElement>(html`
    <div>
      <kn-map id="karte" lang=${lang} style="width: 800px; height: 600px" cooperative-gestures="false">
        <kn-wlan-layer></kn-wlan-layer>
        <kn-fibre-layer year="2019"></kn-fibre-layer>
        <kn-innovation-area-layer></kn-innovation-area-layer>
        <kn-projects-layer></kn-projects-layer>
        <kn-search slot="top-left"></kn-search>
        <kn-nearest slot="top-left"></kn-nearest>
      </kn-map>
      <kn-legend for="karte"></kn-legend>
      <kn-layer-switcher for="karte"></kn-layer-switcher>
      <kn-filter-chips for="karte"></kn-filter-chips>
      <kn-feature-list for="karte" scope="all"></kn-feature-list>
      <kn-feature-details for="karte"></kn-feature-details>
    </div>
  `);
  const control = <T extends HTMLElement>(tag: string) => root.querySelector(tag) as T;
  return { root, map, layers, control };
}

/** The details panel's rows as [label, value, value's closest lang], once it shows `feature`. */
async function detailsOf(details: HTMLElement & { updateComplete: Promise<unknown> }, layer: KnDataLayer, feature: Feature) {
  layer.select(feature);
  await until(() => !!details.shadowRoot!.querySelector('dl'), 'the details panel');
  await details.updateComplete;
  const heading = details.shadowRoot!.querySelector<HTMLElement>('[part="heading"]')!;
  const rows = shadow(details, 'dl .entry').map((entry) => {
    const [dt, dd] = [entry.querySelector('dt')!, entry.querySelector('dd')!];
    return { label: squash(dt.textContent), value: squash(dd.textContent), valueLang: closestLang(dd), labelLang: closestLang(dt) };
  });
  const notices = shadow(details, '[part="notice"]').map((p) => ({ text: squash(p.textContent), lang: closestLang(p) }));
  return { heading: squash(heading.textContent), headingLang: closestLang(heading), rows, notices };
}

describe('language of parts (WCAG 3.1.2)', function () {
  this.timeout(60_000);

  it('on an English map shows every status word in English and marks the city\'s German names and texts lang="de"', async () => {
    const { layers, control } = await konstanzMap('en');
    const [wlan, fibreLayer, innovation, projects] = layers;
    const fibre = fibreLayer as KnFibreLayer;

    // Feature list: the category column in English, the names marked German.
    const list = control<HTMLElement & { updateComplete: Promise<unknown> }>('kn-feature-list');
    await until(() => shadow(list, 'tbody tr').length > 40, 'the feature list to list every feature');
    const rows = shadow(list, 'tbody tr');
    for (const row of rows) {
      const name = row.querySelector<HTMLElement>('.name span:not(.marker)')!;
      const category = row.querySelector<HTMLElement>('td.category')!;
      expect(closestLang(name), `the name "${squash(name.textContent)}"`).to.equal('de');
      expect(germanWordIn(squash(category.textContent)), `the category "${squash(category.textContent)}"`).to.equal(undefined);
      expect(closestLang(category), `the category "${squash(category.textContent)}"`).to.equal('en');
    }
    const categories = new Set(rows.map((row) => squash(row.querySelector('td.category')!.textContent)));
    expect([...categories]).to.include.members(['in operation', 'planned', 'available', 'under construction', 'not planned']);
    expect([...categories].some((text) => text.startsWith('Smart city · '))).to.equal(true);

    // Details: status words translated, the data's own text marked German.
    const details = control<HTMLElement & { updateComplete: Promise<unknown> }>('kn-feature-details');
    const markt = await detailsOf(details, wlan, wlan.features.find((f) => f.properties?.name === 'Marktstätte')!);
    expect(markt.heading).to.equal('Marktstätte');
    expect(markt.headingLang).to.equal('de');
    const row = (shown: typeof markt, label: string) => shown.rows.find((r) => r.label === label)!;
    expect(row(markt, 'Status')).to.include({ value: 'in operation', valueLang: 'en' });
    expect(row(markt, 'Operator')).to.include({ value: 'Stadtwerke Konstanz GmbH', valueLang: 'de' });
    expect(row(markt, 'Location')).to.include({ value: 'exact', valueLang: 'en' });
    expect(row(markt, 'Source').valueLang).to.equal('de');

    const planned = await detailsOf(details, wlan, wlan.features.find((f) => f.properties?.status === 'geplant')!);
    expect(row(planned, 'Status')).to.include({ value: 'planned', valueLang: 'en' });
    expect(row(planned, 'Location')).to.include({ value: 'approximate', valueLang: 'en' });

    const project = await detailsOf(details, projects, projects.features.find((f) => f.properties?.status === 'in Umsetzung')!);
    expect(project.headingLang).to.equal('de');
    expect(row(project, 'Status')).to.include({ value: 'in progress', valueLang: 'en' });
    expect(germanWordIn(row(project, 'Field of action').value)).to.equal(undefined);
    expect(row(project, 'Field of action').valueLang).to.equal('en');
    expect(row(project, 'Description').valueLang).to.equal('de');
    expect(row(project, 'Programme').valueLang).to.equal('de');

    const district = fibre.features.find((f) => fibre.statusOf(f) === 'verfügbar')!;
    const fibreDetails = await detailsOf(details, fibre, district);
    expect(fibreDetails.headingLang).to.equal('de');
    expect(row(fibreDetails, 'Rollout status')).to.include({ value: 'available', valueLang: 'en' });
    expect(row(fibreDetails, 'As of year').value).to.equal('2019');
    // The sample-data warning in English; the district's own German note, which only says the same, not again below it.
    expect(fibreDetails.notices.map((notice) => [notice.text, notice.lang])).to.deep.equal([['Sample data – no per-district rollout data is published.', 'en']]);
    expect(row(fibreDetails, 'Note'), 'the German sample note of the data').to.equal(undefined);
    // A planned hotspot's own note (where it is approximately) is no sample note: it stays, marked German.
    expect(row(planned, 'Note')).to.include({ valueLang: 'de' });

    const building = await detailsOf(details, innovation, innovation.features.find((f) => f.properties?.art === 'Gebäude')!);
    expect(row(building, 'Type')).to.include({ value: 'Building', valueLang: 'en' });
    const area = await detailsOf(details, innovation, innovation.features.find((f) => f.geometry?.type !== 'Point')!);
    expect(row(area, 'Area').valueLang).to.equal('en');
    expect(row(area, 'Area').value).to.match(/^approx\. /);

    // Every row of every panel: a value in a German word is marked German; a status word is never left German.
    for (const shown of [markt, planned, project, fibreDetails, building, area]) {
      for (const r of shown.rows) if (r.valueLang === 'en') expect(germanWordIn(r.value), `${r.label}: ${r.value}`).to.equal(undefined);
    }

    // Legend, layer switcher and filter chips: no German status word.
    for (const tag of ['kn-legend', 'kn-layer-switcher', 'kn-filter-chips']) {
      const shownText = squash(control(tag).shadowRoot!.textContent);
      expect(germanWordIn(shownText), `${tag}: ${shownText}`).to.equal(undefined);
    }

    // Search: the names found are marked German, what they are is English.
    const search = control<HTMLElement & { updateComplete: Promise<unknown> }>('kn-search');
    search.shadowRoot!.querySelector('input')!.focus();
    await sendKeys({ type: 'Marktst' });
    await until(() => shadow(search, '[role="option"]').length > 0, 'search results');
    for (const option of shadow(search, '[role="option"]')) {
      expect(closestLang(option.querySelector('.name')!)).to.equal('de');
      expect(closestLang(option.querySelector('[part="kind"]')!)).to.equal('en');
    }
    // A place of the city (a bus stop) is chosen: the nearest-hotspot control names it marked German.
    search.shadowRoot!.querySelector<HTMLButtonElement>('.clear')!.click();
    await search.updateComplete;
    search.shadowRoot!.querySelector('input')!.focus();
    await sendKeys({ type: 'Bücklestraße' });
    await until(() => shadow(search, '[role="option"]').length > 0, 'the bus stop');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    const nearest = control<HTMLElement & { updateComplete: Promise<unknown> }>('kn-nearest');
    await until(() => !!nearest.shadowRoot!.querySelector('button.primary'), 'the "from the place searched" button');
    const fromPlace = nearest.shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!;
    expect(closestLang(fromPlace)).to.equal('en');
    expect(closestLang(fromPlace.querySelector('span')!)).to.equal('de');
    fromPlace.click();
    const result = nearest.shadowRoot!.querySelector<HTMLElement>('[part="result"]')!;
    await until(() => squash(result.textContent).startsWith('Nearest hotspot in operation:'), 'the nearest hotspot');
    const names = [...result.querySelectorAll('span[lang]')].map((span) => [squash(span.textContent), span.getAttribute('lang')]);
    expect(names.length, squash(result.textContent)).to.equal(2); // the hotspot and the stop
    expect(names.every(([, lang]) => lang === 'de')).to.equal(true);
    expect(closestLang(result)).to.equal('en');
  });

  it('on a German map marks nothing: German data in a German control needs no lang of its own', async () => {
    const { control } = await konstanzMap('de');
    const list = control<HTMLElement>('kn-feature-list');
    await until(() => shadow(list, 'tbody tr').length > 40, 'the feature list');
    for (const tag of ['kn-feature-list', 'kn-legend', 'kn-search', 'kn-nearest', 'kn-filter-chips']) {
      const marked = [...control(tag).shadowRoot!.querySelectorAll('[lang]')].map((element) => element.getAttribute('lang'));
      expect(marked.every((lang) => lang === 'de'), `${tag}: ${marked.join()}`).to.equal(true);
    }
    expect(shadow(list, 'td.category').map((cell) => squash(cell.textContent))).to.include('in Betrieb');
  });

  it('takes a page\'s own layer to speak the map\'s language unless data-lang says otherwise, and reports a data-lang that is no language', async () => {
    const data = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { name: 'Town hall', art: 'office' }, geometry: { type: 'Point', coordinates: [9.175, 47.66] } },
        { type: 'Feature', properties: { name: 'Harbour', art: 'port' }, geometry: { type: 'Point', coordinates: [9.178, 47.659] } },
      ],
    };
    const errors: string[] = [];
    const onError = (event: Event) => errors.push((event as KnErrorEvent).detail.message);
    document.addEventListener('kn-error', onError);
    try {
      const { root, layers } = await mountMap<HTMLElement>(html`
        <div>
          <kn-map id="karte2" lang="de" style="width: 600px; height: 400px">
            <kn-geojson-layer label="Eigene" .data=${data} category-field="art"></kn-geojson-layer>
            <kn-geojson-layer label="English" .data=${data} category-field="art" data-lang="en"></kn-geojson-layer>
            <kn-geojson-layer label="Kaputt" .data=${data} data-lang="deutsch"></kn-geojson-layer>
          </kn-map>
          <kn-feature-list for="karte2" scope="all"></kn-feature-list>
        </div>
      `);
      const [own, english, broken] = layers;
      expect(own.dataLanguage).to.equal(undefined);
      expect(english.dataLanguage).to.equal('en');
      expect(broken.dataLanguage).to.equal(undefined); // ignored: the default of a page's own layer
      const list = root.querySelector('kn-feature-list')!;
      await until(() => shadow(list, 'tbody tr').length === 6, 'six rows');
      for (const row of shadow(list, 'tbody tr')) {
        const layerName = squash(row.querySelector('td.layer')!.textContent);
        const name = row.querySelector<HTMLElement>('.name span:not(.marker)')!;
        const category = row.querySelector<HTMLElement>('td.category')!;
        const expected = layerName === 'English' ? 'en' : 'de';
        expect(closestLang(name), `${layerName}: ${squash(name.textContent)}`).to.equal(expected);
        expect(closestLang(category), `${layerName}: ${squash(category.textContent)}`).to.equal(expected);
      }
      await until(() => errors.some((message) => message.includes('data-lang')), 'the data-lang notice');
      expect(errors.find((message) => message.includes('data-lang'))).to.contain('„deutsch“ ist kein Sprachkürzel');
      expect(english.describe('de').facets[0]).to.deep.include({ kind: 'values' });
      const facet = english.describe('de').facets[0] as { options: { lang?: string }[] };
      expect(facet.options.every((option) => option.lang === 'en')).to.equal(true);
      // A Konstanz layer's German default, switched off with an empty data-lang.
      (broken as KnDataLayer).setAttribute('data-lang', '');
      expect(broken.dataLanguage).to.equal(undefined);
    } finally {
      document.removeEventListener('kn-error', onError);
    }
  });

  it('lets data-lang override a Konstanz layer\'s German default', async () => {
    const { map, layers } = await mountMap<KnMap>(html`<kn-map lang="en"><kn-wlan-layer data-lang="en"></kn-wlan-layer></kn-map>`);
    expect(layers[0].dataLanguage).to.equal('en');
    expect(map.registry.describe(layers[0], 'en').dataLang).to.equal('en');
    layers[0].removeAttribute('data-lang');
    await layers[0].updateComplete;
    expect(map.registry.describe(layers[0], 'en').dataLang).to.equal('de');
  });
});
