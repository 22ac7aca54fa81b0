import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import { configure, getConfig } from '../../src/config.js';
import type { KnErrorEvent } from '../../src/events/kn-error-event.js';
import type { KnMap } from '../../src/map/kn-map.js';
import { idle } from '../helpers/map.js';
import { clearForeignRequests, foreignRequests } from '../helpers/network.js';

/** Mounts a map and returns it with the first kn-error it fires. */
async function mountExpectingError(template: ReturnType<typeof html>) {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  const errors: KnErrorEvent[] = [];
  container.addEventListener('kn-error', (event) => errors.push(event));
  const { render } = await import('lit');
  render(template, container);
  const el = container.querySelector('kn-map')!;
  await el.ready;
  return { el, errors };
}

const noticeText = (el: KnMap) => el.shadowRoot!.querySelector('.notices')!.textContent!.replace(/\s+/g, ' ');
const hasOfflineBasemap = (el: KnMap) => Boolean(el.map!.getLayer('basemap-district-labels'));

describe('<kn-map> basemaps', () => {
  const timeout = getConfig().basemapTimeoutMs;
  afterEach(() => configure({ basemapTimeoutMs: timeout }));

  it('falls back to the offline map with a visible notice when the style server answers 500', async () => {
    const { el, errors } = await mountExpectingError(html`<kn-map basemap="/__test/status/500"></kn-map>`);
    expect(hasOfflineBasemap(el)).to.equal(true);
    expect(errors.map((e) => e.detail.code)).to.deep.equal(['basemap-unavailable']);
    expect(noticeText(el)).to.contain('Offline-Karte von Konstanz').and.to.contain('Serverantwort 500');
  });

  it('falls back when the style server does not answer in time', async () => {
    configure({ basemapTimeoutMs: 400 });
    const { el, errors } = await mountExpectingError(html`<kn-map basemap="/__test/stall" lang="en"></kn-map>`);
    expect(hasOfflineBasemap(el)).to.equal(true);
    expect(errors[0].detail.message).to.contain('time-out').and.to.contain('offline map of Konstanz');
  });

  it('falls back when the file is not a style', async () => {
    const { el, errors } = await mountExpectingError(html`<kn-map basemap="/test/fixtures/mixed.geojson"></kn-map>`);
    expect(hasOfflineBasemap(el)).to.equal(true);
    expect(errors[0].detail.message).to.contain('keine gültige Stil-Datei');
  });

  it('falls back when maplibre rejects the style itself', async () => {
    const { el, errors } = await mountExpectingError(html`<kn-map basemap="/test/fixtures/invalid-style.json"></kn-map>`);
    expect(hasOfflineBasemap(el)).to.equal(true);
    expect(errors[0].detail.code).to.equal('basemap-unavailable');
  });

  it('falls back when basemap.de cannot be reached, and asks only basemap.de', async () => {
    await clearForeignRequests();
    const { el, errors } = await mountExpectingError(html`<kn-map basemap="basemap-de"></kn-map>`);
    expect(hasOfflineBasemap(el)).to.equal(true);
    expect(errors[0].detail.message).to.contain('„basemap.de“');
    const hosts = (await foreignRequests()).map((url) => new URL(url).hostname);
    expect(hosts).to.not.be.empty;
    expect(new Set(hosts)).to.deep.equal(new Set(['sgx.geodatenzentrum.de']));
  });

  it('names an unknown basemap as a wrong attribute', async () => {
    const { el, errors } = await mountExpectingError(html`<kn-map basemap="satellit"></kn-map>`);
    expect(hasOfflineBasemap(el)).to.equal(true);
    expect(errors[0].detail.code).to.equal('invalid-attribute');
    expect(errors[0].detail.message).to.contain('basemap-de-grau');
  });

  it('uses a style from a URL, and switching basemaps keeps the data layers', async () => {
    const el = await fixture<KnMap>(html`
      <kn-map basemap="/test/fixtures/local-style.json" center="9.177,47.661" zoom="15">
        <kn-geojson-layer src="/test/fixtures/mixed.geojson"></kn-geojson-layer>
      </kn-map>
    `);
    await el.ready;
    expect(el.map!.getLayer('local-places')).to.not.equal(undefined);
    expect(el.map!.getLayer('basemap-land')).to.equal(undefined);
    expect(noticeText(el)).to.equal(' ');
    const dataLayers = () => el.map!.getLayersOrder().filter((id) => id.startsWith('kn-') && !id.includes('-selected-'));
    expect(dataLayers()).to.have.length(3);

    el.basemap = 'konstanz';
    await el.map!.once('styledata');
    await idle(el.map!);
    expect(el.map!.getLayer('basemap-land')).to.not.equal(undefined);
    expect(el.map!.getLayer('local-places')).to.equal(undefined);
    expect(dataLayers()).to.have.length(3);
    const points = el.map!.queryRenderedFeatures({ layers: dataLayers().filter((id) => id.endsWith('-point')) });
    expect(points.map((f) => f.properties.name)).to.deep.equal(['Marktstätte']);
  });
});
