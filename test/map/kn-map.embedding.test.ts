import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import { configure } from '../../src/config.js';
import type { KnWlanLayer } from '../../src/layers/wlan/kn-wlan-layer.js';
import type { KnMap } from '../../src/map/kn-map.js';
import { expectAccessible } from '../helpers/a11y.js';
import { idle, nextEvent, readyMap } from '../helpers/map.js';
import { clearForeignRequests, foreignRequests } from '../helpers/network.js';

const card = (el: KnMap) => el.shadowRoot!.querySelector<HTMLElement>('.consent');

function addMeta(name: string, content: string): HTMLMetaElement {
  const meta = document.createElement('meta');
  meta.name = name;
  meta.content = content;
  document.head.append(meta);
  return meta;
}

describe('<kn-map> embedded in a site', () => {
  afterEach(() => {
    localStorage.clear();
    configure({ lang: undefined, basemap: undefined, dataUrls: {} });
  });

  describe('two-click consent for external basemaps', () => {
    it('shows the offline map and a card naming the provider, and requests nothing from it before "Karte laden"', async () => {
      await clearForeignRequests();
      const el = await readyMap(html`<kn-map basemap="basemap-de" consent></kn-map>`);
      expect(el.map!.getLayer('basemap-district-labels')).to.not.equal(undefined);
      await el.updateComplete;
      const consent = card(el)!;
      expect(consent.textContent).to.contain('basemap.de').and.to.contain('IP-Adresse');
      expect(consent.querySelector('a')!.getAttribute('href')).to.equal('https://basemap.de/');
      await expect(consent).to.be.accessible();
      await expectAccessible(el, { what: 'the map with the consent card' });
      // Whatever maplibre asked for has come back by the time it is idle, so it has passed the recorder then.
      await idle(el.map!);
      expect(await foreignRequests()).to.deep.equal([]);

      const failed = nextEvent(el, 'kn-error'); // there is no internet here: loading it fails, visibly
      consent.querySelector<HTMLButtonElement>('.consent-load')!.click();
      await failed;
      await el.updateComplete;
      expect(card(el)).to.equal(null);
      await expectAccessible(el, { what: 'the map saying that the external basemap did not load' });
      expect((await foreignRequests()).map((url) => new URL(url).hostname)).to.include('sgx.geodatenzentrum.de');
    });

    it('remembers the choice on this site only when offered and chosen', async () => {
      const first = await readyMap(html`<kn-map basemap="/test/fixtures/local-style.json" consent consent-remember></kn-map>`);
      await first.updateComplete;
      await expectAccessible(first, { what: 'the consent card offering to remember the choice' });
      card(first)!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
      card(first)!.querySelector<HTMLButtonElement>('.consent-load')!.click();
      await first.map!.once('style.load');
      expect(first.map!.getLayer('local-background')).to.not.equal(undefined);
      expect(localStorage.getItem('kn-map-consent:localhost:8000') ?? localStorage.getItem(`kn-map-consent:${location.host}`)).to.equal('granted');
      const second = await readyMap(html`<kn-map basemap="/test/fixtures/local-style.json" consent></kn-map>`);
      await second.updateComplete;
      expect(card(second)).to.equal(null);
      expect(second.map!.getLayer('local-background')).to.not.equal(undefined);
    });

    it('asks nothing for the offline basemap', async () => {
      const el = await readyMap(html`<kn-map consent></kn-map>`);
      await el.updateComplete;
      expect(card(el)).to.equal(null);
    });
  });

  describe('site-wide defaults', () => {
    it('takes the basemap from a meta tag; the element\'s own attribute wins', async () => {
      const meta = addMeta('kn-map:basemap', '/test/fixtures/local-style.json');
      try {
        const el = await readyMap(html`<kn-map></kn-map>`);
        expect(el.effectiveBasemap).to.equal('/test/fixtures/local-style.json');
        expect(el.map!.getLayer('local-background')).to.not.equal(undefined);
        const own = await readyMap(html`<kn-map basemap="konstanz"></kn-map>`);
        expect(own.map!.getLayer('basemap-land')).to.not.equal(undefined);
      } finally {
        meta.remove();
      }
    });

    it('takes a Konstanz layer\'s data URL from a meta tag', async () => {
      const meta = addMeta('kn-map:data-wlan', '/test/fixtures/hotspots.csv');
      try {
        const container = await fixture<HTMLDivElement>(html`<div><kn-map><kn-wlan-layer></kn-wlan-layer></kn-map></div>`);
        const layer = container.querySelector<KnWlanLayer>('kn-wlan-layer')!;
        await nextEvent(layer, 'kn-data-load');
        expect(layer.features.map((f) => f.properties!.Name)).to.deep.equal(['Marktstätte', 'Bahnhof']);
      } finally {
        meta.remove();
      }
    });

    it('takes the language from configure() when neither the element nor the page says one', async () => {
      const pageLang = document.documentElement.getAttribute('lang');
      document.documentElement.removeAttribute('lang');
      try {
        configure({ lang: 'en' });
        const el = await readyMap(html`<kn-map></kn-map>`);
        expect(el.effectiveLang).to.equal('en');
        expect(el.shadowRoot!.querySelector('.maplibregl-ctrl-zoom-in')!.getAttribute('aria-label')).to.equal('Zoom in');
      } finally {
        if (pageLang !== null) document.documentElement.setAttribute('lang', pageLang);
      }
    });
  });
});

describe('<kn-map> themes', () => {
  it('shows the offline basemap and its notices in dark colours with theme="dark", and back', async () => {
    const el = await readyMap(html`<kn-map theme="dark"></kn-map>`);
    expect(el.isDark).to.equal(true);
    expect(el.map!.getPaintProperty('basemap-land', 'background-color')).to.equal('#1d2024');
    expect(getComputedStyle(el).getPropertyValue('--kn-notice-background').trim()).to.equal('#2b2f36');
    el.theme = 'light';
    await el.updateComplete;
    await el.map!.once('styledata');
    expect(el.map!.getPaintProperty('basemap-land', 'background-color')).to.equal('#e8eae3');
    expect(el.hasAttribute('data-kn-dark')).to.equal(false);
  });

  it('follows the visitor\'s colour scheme with theme="auto"', async () => {
    const el = await readyMap(html`<kn-map theme="auto"></kn-map>`);
    expect(el.isDark).to.equal(matchMedia('(prefers-color-scheme: dark)').matches);
  });

  it('credits the bundled data of the layers shown in the attribution', async () => {
    const container = await fixture<HTMLDivElement>(html`<div><kn-map><kn-wlan-layer></kn-wlan-layer><kn-projects-layer></kn-projects-layer></kn-map></div>`);
    const el = container.querySelector('kn-map')!;
    await el.ready;
    const attribution = el.shadowRoot!.querySelector('.maplibregl-ctrl-attrib')!.textContent!;
    expect(attribution).to.contain('WLAN: Stadtwerke Konstanz').and.to.contain('Projekte: Smart Green City Konstanz');
  });
});
