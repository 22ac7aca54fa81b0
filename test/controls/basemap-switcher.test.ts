import { expect } from '@open-wc/testing';
import { BLACK, DARK } from '@protomaps/basemaps';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../src/define.js';
import '../../src/kn-basemap-switcher.js';
import type { KnBasemapSwitcher } from '../../src/controls/basemap-switcher/basemap-switcher.js';
import { basemapOptions, currentOption, defaultSpecs, namedSpecs } from '../../src/controls/basemap-switcher/basemap-options.js';
import type { KnBasemapChangeEvent } from '../../src/events/kn-basemap-change-event.js';
import type { KnErrorEvent } from '../../src/events/kn-error-event.js';
import type { KnDataLayer } from '../../src/layers/data-layer.js';
import { KONSTANZ_DARK_PALETTE, KONSTANZ_PALETTE } from '../../src/map/basemaps/konstanz-style.js';
import { contrast } from '../../src/symbols/contrast.js';
import type { KnMap } from '../../src/map/kn-map.js';
import { expectAccessible } from '../helpers/a11y.js';
import { fetchCounter } from '../helpers/fetch-counter.js';
import { geoServerOrigin } from '../helpers/geo-server.js';
import { idle, mountMap, sourceId, styleId, until } from '../helpers/harness.js';
import { nextEvent } from '../helpers/map.js';
import { clearForeignRequests, foreignRequests } from '../helpers/network.js';
import { part, parts, text } from './control-helpers.js';

/** Each radio button with the text of its label (name, provider, "extern …") and whether it is chosen. */
const choices = (switcher: KnBasemapSwitcher) =>
  parts<HTMLInputElement>(switcher, 'input[type="radio"]').map((radio) => ({ radio, label: text(radio.closest('label')), checked: radio.checked }));
const names = (switcher: KnBasemapSwitcher) => parts(switcher, '[part="name"]').map((name) => text(name));
const chosen = (switcher: KnBasemapSwitcher) => choices(switcher).find((choice) => choice.checked)?.label;
const card = (map: KnMap) => map.shadowRoot!.querySelector<HTMLElement>('.consent');
const offline = (map: KnMap) => Boolean(map.map!.getLayer('basemap-land'));
const street = (map: KnMap) => Boolean(map.map!.getLayer('basemap-osm-earth'));

/** Every `kn-error` that reaches the document until `stop()`. */
function recordErrors() {
  const errors: KnErrorEvent[] = [];
  const record = (event: Event) => errors.push(event as KnErrorEvent);
  document.addEventListener('kn-error', record);
  return { errors, stop: () => document.removeEventListener('kn-error', record) };
}

/** Waits until the map has swapped its style to the one `shows` recognises and drawn it. */
async function shownBasemap(map: KnMap, shows: (map: KnMap) => boolean, what: string): Promise<void> {
  await until(() => Boolean(map.map!.isStyleLoaded()) && shows(map), what, 15_000);
  await idle(map.map!);
}

let geo: string;
before(async () => {
  geo = await geoServerOrigin();
});
afterEach(() => localStorage.clear());

describe('<kn-basemap-switcher>: its choices (pure)', () => {
  const base = 'https://www.konstanz.de/karte/';

  it('names the named basemaps and their providers in German and English, and marks the external ones', () => {
    const specs = namedSpecs('konstanz, basemap-de, basemap-de-raster-grau, openfreemap, /karten/konstanz.pmtiles');
    const de = basemapOptions(specs, 'de', base).options;
    expect(de.map(({ name, provider, external }) => `${name} | ${provider} | ${external ? 'extern' : 'eigen'}`)).to.deep.equal([
      'Offline-Karte Konstanz | Stadt Konstanz | eigen',
      'basemap.de | BKG | extern',
      'basemap.de Web Raster grau | BKG | extern',
      'OpenFreeMap | OpenFreeMap, OpenStreetMap-Mitwirkende | extern',
      'Stadtplan | OpenStreetMap-Mitwirkende | eigen',
    ]);
    const en = basemapOptions(specs, 'en', base).options;
    expect(en.map(({ name, provider }) => `${name} | ${provider}`)).to.deep.equal([
      'Konstanz offline map | City of Konstanz',
      'basemap.de | BKG',
      'basemap.de Web Raster grey | BKG',
      'OpenFreeMap | OpenFreeMap, OpenStreetMap contributors',
      'Street map | OpenStreetMap contributors',
    ]);
  });

  it('names a WMS by its host and its credit, leaves out what is no basemap, and offers each basemap once', () => {
    const { options, invalid } = basemapOptions(
      [
        { value: 'https://geo.example.de/wms', layers: 'stadtplan', attribution: '© Stadt Konstanz' },
        { value: 'quatsch' },
        { value: 'javascript:alert(1)//.pmtiles' },
        { value: 'konstanz' },
        { value: ' konstanz ', label: 'Noch einmal' },
      ],
      'de',
      base,
    );
    expect(options.map(({ name, provider, layers, attribution }) => ({ name, provider, layers, attribution }))).to.deep.equal([
      { name: 'WMS-Karte (geo.example.de)', provider: '© Stadt Konstanz', layers: 'stadtplan', attribution: '© Stadt Konstanz' },
      { name: 'Offline-Karte Konstanz', provider: 'Stadt Konstanz', layers: undefined, attribution: undefined },
    ]);
    expect(invalid).to.deep.equal(['quatsch', 'javascript:alert(1)//.pmtiles']);
  });

  it('offers the offline map, the map\'s own basemap and the named colour basemaps when the site lists none', () => {
    const own = { basemap: '/karten/konstanz.pmtiles', flavor: 'grau' };
    const { options } = basemapOptions(defaultSpecs(own, base), 'de', base);
    expect(options.map((option) => option.value)).to.deep.equal(['konstanz', '/karten/konstanz.pmtiles', 'basemap-de', 'basemap-de-raster', 'openfreemap']);
    expect(currentOption(options, { basemap: 'https://www.konstanz.de/karten/konstanz.pmtiles', flavor: 'grau' }, base)?.value).to.equal('/karten/konstanz.pmtiles');
    expect(basemapOptions(defaultSpecs({ basemap: 'konstanz' }, base), 'de', base).options).to.have.length(4);
  });
});

describe('<kn-basemap-switcher>', () => {
  it('offers a labelled radio button per basemap, with preview, name and provider, in a group "Grundkarte", and switches the map', async () => {
    await clearForeignRequests();
    const { map } = await mountMap(html`
      <kn-map>
        <kn-basemap-switcher slot="top-right">
          <option value="konstanz">Offline-Karte</option>
          <option value="${geo}/static/osm/konstanz.pmtiles">Stadtplan</option>
          <option value="basemap-de"></option>
        </kn-basemap-switcher>
      </kn-map>
    `);
    const switcher = map.querySelector('kn-basemap-switcher')!;
    expect(text(part(switcher, 'fieldset > legend'))).to.equal('Grundkarte');
    expect(choices(switcher).map(({ label, checked }) => `${checked ? '◉' : '○'} ${label}`)).to.deep.equal([
      '◉ Offline-Karte Stadt Konstanz',
      '○ Stadtplan OpenStreetMap-Mitwirkende',
      '○ basemap.de BKG extern – Einwilligung nötig',
    ]);
    // Previews are drawn here: an inline picture per choice, and nothing asked of basemap.de for it.
    expect(parts(switcher, 'svg[part="preview"]')).to.have.length(3);
    expect(parts(switcher, 'img')).to.have.length(0);
    expect(await foreignRequests()).to.deep.equal([]);

    const changed = nextEvent<KnBasemapChangeEvent>(map, 'kn-basemap-change');
    choices(switcher)[1].radio.click();
    expect((await changed).detail).to.deep.equal({ basemap: `${geo}/static/osm/konstanz.pmtiles`, previous: 'konstanz' });
    expect(map.getAttribute('basemap')).to.equal(`${geo}/static/osm/konstanz.pmtiles`);
    await shownBasemap(map, street, 'the street basemap');
    await switcher.updateComplete;
    expect(chosen(switcher)).to.equal('Stadtplan OpenStreetMap-Mitwirkende');
    expect(card(map), 'no consent for a street map of this site').to.equal(null);

    // The map's basemap set elsewhere: the switcher follows.
    map.basemap = 'konstanz';
    await until(() => chosen(switcher) === 'Offline-Karte Stadt Konstanz', 'the switcher following the map');
    await shownBasemap(map, offline, 'the offline basemap');
    await expect(switcher).to.be.accessible();
    await expectAccessible(map, { what: 'the map with the basemap switcher in a corner' });
  });

  it('works by keyboard alone: Tab reaches the chosen basemap, the arrow keys choose another', async () => {
    const { root } = await mountMap(html`
      <div>
        <button id="before">vorher</button>
        <kn-basemap-switcher for="keyboard-basemap-map" basemaps="konstanz, ${geo}/static/osm/konstanz.pmtiles"></kn-basemap-switcher>
        <kn-map id="keyboard-basemap-map"></kn-map>
      </div>
    `);
    const switcher = root.querySelector('kn-basemap-switcher')!;
    const map = root.querySelector('kn-map')!;
    await switcher.updateComplete;
    root.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(switcher.shadowRoot!.activeElement).to.equal(choices(switcher)[0].radio);
    const changes: KnBasemapChangeEvent[] = [];
    root.addEventListener('kn-basemap-change', (event) => changes.push(event));
    await sendKeys({ press: 'ArrowDown' });
    await until(() => map.basemap === `${geo}/static/osm/konstanz.pmtiles`, 'the street map chosen with ArrowDown');
    expect(choices(switcher)[1].checked).to.equal(true);
    await shownBasemap(map, street, 'the street basemap');
    await sendKeys({ press: 'ArrowUp' });
    await until(() => map.basemap === 'konstanz', 'the offline map chosen with ArrowUp');
    expect(changes.map((event) => event.detail.basemap)).to.deep.equal([`${geo}/static/osm/konstanz.pmtiles`, 'konstanz']);
    await shownBasemap(map, offline, 'the offline basemap');
  });

  it('speaks English on an English page, bound with data-map, and offers the default choices with the map\'s own basemap', async () => {
    const { root } = await mountMap(html`
      <div lang="en">
        <kn-basemap-switcher data-map="english-basemap-map"></kn-basemap-switcher>
        <kn-map id="english-basemap-map" basemap="${geo}/static/osm/konstanz.pmtiles"></kn-map>
      </div>
    `);
    const switcher = root.querySelector('kn-basemap-switcher')!;
    const map = root.querySelector('kn-map')!;
    await switcher.updateComplete;
    expect(text(part(switcher, 'legend'))).to.equal('Basemap');
    const offered = [
      'Konstanz offline map City of Konstanz',
      'Street map OpenStreetMap contributors',
      'basemap.de BKG external – needs consent',
      'basemap.de Web Raster BKG external – needs consent',
      'OpenFreeMap OpenFreeMap, OpenStreetMap contributors external – needs consent',
    ];
    expect(choices(switcher).map(({ label }) => label)).to.deep.equal(offered);
    expect(chosen(switcher)).to.equal('Street map OpenStreetMap contributors');
    // Switched away, the page's own basemap stays on offer.
    choices(switcher)[0].radio.click();
    await shownBasemap(map, offline, 'the offline basemap');
    await switcher.updateComplete;
    expect(choices(switcher).map(({ label }) => label)).to.deep.equal(offered);
    const radio = choices(switcher)[0].radio.getBoundingClientRect();
    const row = choices(switcher)[0].radio.closest('label')!.getBoundingClientRect();
    expect(Math.min(radio.width, radio.height)).to.be.at.least(20);
    expect(row.height).to.be.at.least(24);
    await expect(switcher).to.be.accessible();
    await expectAccessible(root, { what: 'the English page with the basemap switcher beside the map' });
  });

  it('shows the consent card for an external basemap on a map without consent, and asks its server nothing before', async () => {
    const { map } = await mountMap(html`
      <kn-map><kn-basemap-switcher slot="top-left" basemaps="konstanz, basemap-de"></kn-basemap-switcher></kn-map>
    `);
    expect(map.consent, 'the page set no consent').to.equal(false);
    const switcher = map.querySelector('kn-basemap-switcher')!;
    await clearForeignRequests();
    choices(switcher)[1].radio.click();
    await until(() => card(map) !== null, 'the consent card');
    expect(text(card(map)!.querySelector('h2'))).to.contain('basemap.de');
    expect(map.basemap).to.equal('basemap-de');
    // A screen reader hears the wait and where to agree (the card is the only other cue; focus stays on the choice).
    const said = () => map.shadowRoot!.querySelector('[part="announcer"]')?.textContent ?? '';
    await until(() => said().includes('gewählt'), 'the choice said in the live region');
    expect(said()).to.contain('basemap.de').and.contain('erst geladen, wenn Sie zustimmen').and.contain('„Karte laden“');
    expect(offline(map), 'the offline basemap meanwhile').to.equal(true);
    await idle(map.map!);
    expect(await foreignRequests(), 'nothing requested before consent').to.deep.equal([]);

    // Back to the offline map: no card; basemap.de again: the card again, and only "Karte laden" loads it.
    choices(switcher)[0].radio.click();
    await until(() => card(map) === null, 'the card gone with the offline map');
    choices(switcher)[1].radio.click();
    await until(() => card(map) !== null, 'the consent card again');
    await idle(map.map!);
    expect(await foreignRequests()).to.deep.equal([]);
    const failed = nextEvent(map, 'kn-error'); // no internet here: loading basemap.de fails, visibly
    card(map)!.querySelector<HTMLButtonElement>('.consent-load')!.click();
    await failed;
    expect((await foreignRequests()).map((url) => new URL(url).hostname)).to.include('sgx.geodatenzentrum.de');
    // The offline map stands in: the switcher marks it as shown, not basemap.de.
    await until(() => map.hasAttribute('data-kn-basemap-fallback'), 'the map saying the offline map stands in');
    await switcher.updateComplete;
    expect(chosen(switcher), 'the shown basemap marked').to.contain('Offline');
    await until(() => offline(map), 'the offline basemap shown (its style loads after the notice)');
    // Choosing basemap.de again tries again (consent given: no card), and fails again, visibly.
    await clearForeignRequests();
    const again = nextEvent(map, 'kn-error');
    choices(switcher)[1].radio.click();
    await again;
    expect((await foreignRequests()).map((url) => new URL(url).hostname), 'asked again').to.include('sgx.geodatenzentrum.de');
    await until(() => map.hasAttribute('data-kn-basemap-fallback'), 'the offline map standing in again');
  });

  it('passes data-layers and data-attribution of a WMS choice to the map', async () => {
    const wms = `${geo}/cgi-bin/mapserv?map=wms&`;
    const { map } = await mountMap(html`
      <kn-map consent>
        <kn-basemap-switcher slot="top-left">
          <option value="konstanz">Offline</option>
          <option value=${wms} data-layers="stadtteile" data-attribution="© Stadt Konstanz (Test)">Stadtteile (WMS)</option>
        </kn-basemap-switcher>
      </kn-map>
    `);
    const switcher = map.querySelector('kn-basemap-switcher')!;
    expect(choices(switcher)[1].label).to.equal('Stadtteile (WMS) © Stadt Konstanz (Test) extern – Einwilligung nötig');
    choices(switcher)[1].radio.click();
    await until(() => card(map) !== null, 'the consent card for the WMS');
    expect(map.getAttribute('basemap-layers')).to.equal('stadtteile');
    expect(map.getAttribute('basemap-attribution')).to.equal('© Stadt Konstanz (Test)');
    choices(switcher)[0].radio.click();
    await until(() => !map.hasAttribute('basemap-layers') && !map.hasAttribute('basemap-attribution'), 'the WMS settings taken off with the offline map');
  });

  it('says which choices are no basemap with kn-error, in the map\'s notices when inside it (de)', async () => {
    const recorder = recordErrors();
    try {
      const { map } = await mountMap(html`
        <kn-map>
          <kn-basemap-switcher slot="top-left"><option value="konstanz">Offline</option><option value="quatsch">Kaputt</option></kn-basemap-switcher>
        </kn-map>
      `);
      const switcher = map.querySelector('kn-basemap-switcher')!;
      const expected = '„quatsch“ ist keine Grundkarte und wird nicht angeboten.';
      await map.updateComplete;
      expect(text(map.shadowRoot!.querySelector('.notices'))).to.contain(expected);
      expect(parts(switcher, '[part="problem"]'), 'said once, by the map').to.have.length(0);
      expect(names(switcher)).to.deep.equal(['Offline']);
      const mine = recorder.errors.filter((event) => event.target === switcher);
      expect(mine.map((event) => event.detail.code)).to.deep.equal(['invalid-attribute']);
      expect(mine[0].detail.message).to.contain(expected);
    } finally {
      recorder.stop();
    }
  });

  for (const lang of ['de', 'en'] as const) {
    it(`says which choices are no basemap, visibly below the group and with kn-error, beside the map (${lang})`, async () => {
      const recorder = recordErrors();
      try {
        const { root } = await mountMap(html`
          <div lang=${lang}>
            <kn-basemap-switcher for="invalid-basemap-map" basemaps="konstanz, quatsch"></kn-basemap-switcher>
            <kn-map id="invalid-basemap-map"></kn-map>
          </div>
        `);
        const switcher = root.querySelector('kn-basemap-switcher')!;
        await switcher.updateComplete;
        const expected = lang === 'de' ? '„quatsch“ ist keine Grundkarte und wird nicht angeboten.' : '“quatsch” is not a basemap and is not offered.';
        expect(text(part(switcher, '[part="problem"]'))).to.contain(expected);
        expect(names(switcher)).to.deep.equal([lang === 'de' ? 'Offline-Karte Konstanz' : 'Konstanz offline map']);
        const mine = recorder.errors.filter((event) => event.target === switcher);
        expect(mine.map((event) => event.detail.code)).to.deep.equal(['invalid-attribute']);
        expect(mine[0].detail.message).to.contain(expected);
        await expect(switcher).to.be.accessible();
      } finally {
        recorder.stop();
      }
    });
  }

  it('keeps every data layer, its data, filter and selection while switching, and loads no data file again', async () => {
    const hotspots = '/test/fixtures/hotspots-25832.geojson';
    const mixed = '/test/fixtures/mixed.geojson';
    const counters = [fetchCounter(hotspots), fetchCounter(mixed)];
    try {
      const { map, layers } = await mountMap(html`
        <kn-map center="9.1757,47.6597" zoom="14">
          <kn-basemap-switcher slot="top-right" basemaps="konstanz, ${geo}/static/osm/konstanz.pmtiles"></kn-basemap-switcher>
          <kn-wlan-layer src=${hotspots}></kn-wlan-layer>
          <kn-geojson-layer src=${mixed} category-field="name" categories="Punkt,Linie"></kn-geojson-layer>
        </kn-map>
      `);
      const [wlan, geojson] = layers as [KnDataLayer, KnDataLayer];
      const switcher = map.querySelector('kn-basemap-switcher')!;
      expect(counters.map((counter) => counter.requests)).to.deep.equal([1, 1]);
      wlan.select(wlan.features[1]);
      const selected = map.registry.selection?.feature;
      expect(selected?.properties?.name).to.equal('Bahnhof');
      const filter = JSON.stringify(map.map!.getFilter(styleId(geojson, 'line')));
      expect(filter).to.contain('Linie');

      const onMap = (layer: KnDataLayer) => map.map!.querySourceFeatures(sourceId(layer)).length;
      for (const [index, shows, what] of [
        [1, street, 'the street basemap'],
        [0, offline, 'the offline basemap'],
        [1, street, 'the street basemap again'],
      ] as const) {
        choices(switcher)[index].radio.click();
        await shownBasemap(map, shows, what);
        expect(onMap(wlan), `the hotspots on ${what}`).to.be.greaterThan(0);
        expect(onMap(geojson), `the GeoJSON on ${what}`).to.be.greaterThan(0);
        expect(wlan.features.map((f) => f.properties?.name)).to.deep.equal(['Marktstätte', 'Bahnhof']);
        expect(JSON.stringify(map.map!.getFilter(styleId(geojson, 'line'))), `the filter on ${what}`).to.equal(filter);
        expect(geojson.getAttribute('categories')).to.equal('Punkt,Linie');
        expect(map.registry.selection?.feature, `the selection on ${what}`).to.equal(selected);
      }
      expect(counters.map((counter) => counter.requests), 'each data file fetched once').to.deep.equal([1, 1]);
    } finally {
      [...counters].reverse().forEach((counter) => counter.restore()); // (each wraps the one before)
    }
  });
});

describe('<kn-basemap-switcher>: previews in the map\'s theme', () => {
  const base = 'https://www.konstanz.de/karte/';
  const street = '/karten/konstanz.pmtiles';
  /** The land colour of each preview (the picture's first rect). */
  const lands = (switcher: KnBasemapSwitcher) =>
    parts<SVGSVGElement>(switcher, 'svg[part="preview"]').map((svg) => svg.querySelector('rect')!.getAttribute('fill'));
  /** `rgb(43, 47, 54)` → [43, 47, 54]. */
  const rgb = (css: string) => css.match(/\d+/g)!.slice(0, 3).map(Number) as [number, number, number];
  const previews = (dark: boolean) =>
    basemapOptions(namedSpecs(`konstanz, ${street}, basemap-de, basemap-de-raster-grau, openfreemap, https://geo.example.de/style.json`), 'de', base, dark).options.map(
      (option) => option.preview,
    );

  it('draws the offline map and the street map in the colours they are drawn with, the external ones in their own (pure)', () => {
    const [offlineLight, streetLight, ...externalLight] = previews(false);
    const [offlineDark, streetDark, ...externalDark] = previews(true);
    expect(offlineLight).to.deep.equal({ land: KONSTANZ_PALETTE.land, water: KONSTANZ_PALETTE.water, lines: KONSTANZ_PALETTE.districtEdge });
    expect(offlineDark).to.deep.equal({ land: KONSTANZ_DARK_PALETTE.land, water: KONSTANZ_DARK_PALETTE.water, lines: KONSTANZ_DARK_PALETTE.districtEdge });
    // The street map in the dark theme: the `dark` flavour of @protomaps/basemaps (`black` when grey), as osm-style.ts draws it.
    const flavour = (f: typeof DARK) => ({ land: f.earth, water: f.water, green: f.park_b, road: f.major, majorRoad: f.highway, lines: f.major_casing_late });
    expect(streetDark).to.deep.equal(flavour(DARK));
    const grey = basemapOptions([{ value: street, flavor: 'grau' }], 'de', base, true).options[0].preview;
    expect(grey).to.deep.equal(flavour(BLACK));
    expect(streetLight.land).not.to.equal(streetDark.land);
    // basemap.de, OpenFreeMap and other styles do not turn dark on the map: neither do their previews.
    expect(externalDark).to.deep.equal(externalLight);
  });

  it('shows the dark colours on a dark map, and follows the map\'s theme when it changes', async () => {
    const { map } = await mountMap(html`
      <kn-map theme="dark">
        <kn-basemap-switcher slot="top-right" basemaps="konstanz, ${geo}/static/osm/konstanz.pmtiles, basemap-de"></kn-basemap-switcher>
      </kn-map>
    `);
    const switcher = map.querySelector('kn-basemap-switcher')!;
    await switcher.updateComplete;
    const basemapDe = previews(false)[2].land;
    expect(map.hasAttribute('data-kn-dark')).to.equal(true);
    expect(lands(switcher)).to.deep.equal([KONSTANZ_DARK_PALETTE.land, DARK.earth, basemapDe]);
    // The previews' edge stands out from the dark panel and from the dark previews (≥ 3:1).
    const edge = rgb(getComputedStyle(parts(switcher, 'svg[part="preview"]')[0]).outlineColor);
    const panel = rgb(getComputedStyle(part(switcher, '.panel')).backgroundColor);
    expect(contrast(edge, panel), 'edge against the panel').to.be.at.least(3);
    expect(contrast(edge, KONSTANZ_DARK_PALETTE.land), 'edge against the offline preview').to.be.at.least(3);
    expect(contrast(edge, DARK.earth), 'edge against the street preview').to.be.at.least(3);
    await expect(switcher).to.be.accessible();
    await expectAccessible(map, { what: 'the dark map with the basemap switcher in a corner' });

    map.theme = 'light';
    await until(() => lands(switcher)[0] === KONSTANZ_PALETTE.land, 'the light previews after theme="light"');
    expect(lands(switcher)).to.deep.equal([KONSTANZ_PALETTE.land, previews(false)[1].land, basemapDe]);

    map.setAttribute('theme', 'dark');
    await until(() => lands(switcher)[0] === KONSTANZ_DARK_PALETTE.land, 'the dark previews after theme="dark"');
    expect(lands(switcher)).to.deep.equal([KONSTANZ_DARK_PALETTE.land, DARK.earth, basemapDe]);
  });

  it('follows the system setting with theme="auto", bound with for= beside the map, and the map it is bound to after a change of for', async () => {
    try {
      const { root } = await mountMap(html`
        <div>
          <kn-basemap-switcher for="auto-theme-basemap-map" basemaps="konstanz, basemap-de"></kn-basemap-switcher>
          <kn-map id="auto-theme-basemap-map" theme="auto"></kn-map>
          <kn-map id="dark-theme-basemap-map" theme="dark"></kn-map>
        </div>
      `);
      const switcher = root.querySelector('kn-basemap-switcher')!;
      const [auto, dark] = root.querySelectorAll<KnMap>('kn-map');
      await switcher.updateComplete;
      expect(lands(switcher)[0]).to.equal(KONSTANZ_PALETTE.land);
      await emulateMedia({ colorScheme: 'dark' });
      await until(() => lands(switcher)[0] === KONSTANZ_DARK_PALETTE.land, 'the dark previews once the system turned dark');
      expect(lands(switcher)[1]).to.equal(previews(false)[2].land);
      await expectAccessible(root, { what: 'the light page with the switcher beside a dark map' });
      await emulateMedia({ colorScheme: 'light' });
      await until(() => lands(switcher)[0] === KONSTANZ_PALETTE.land, 'the light previews once the system turned light');

      // Bound to another map: its theme counts, the first map's no longer.
      switcher.for = 'dark-theme-basemap-map';
      await until(() => lands(switcher)[0] === KONSTANZ_DARK_PALETTE.land, 'the dark previews of the dark map');
      dark.theme = 'light';
      await until(() => lands(switcher)[0] === KONSTANZ_PALETTE.land, 'the light previews after the second map turned light');
      auto.theme = 'dark';
      await auto.updateComplete;
      expect(auto.hasAttribute('data-kn-dark')).to.equal(true);
      await switcher.updateComplete;
      expect(lands(switcher)[0], 'the first map\'s theme no longer counts').to.equal(KONSTANZ_PALETTE.land);
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });
});
