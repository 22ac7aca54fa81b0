import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import { configure, getConfig } from '../../src/config.js';
import type { KnErrorEvent } from '../../src/events/kn-error-event.js';
import type { KnMap } from '../../src/map/kn-map.js';
import { creditHtml } from '../../src/text/credit-html.js';
import { injectedImagesFailed, until } from '../helpers/harness.js';
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

  it('says which basemap a misspelt name was meant to be', async () => {
    const { el, errors } = await mountExpectingError(html`<kn-map basemap="basemapde"></kn-map>`);
    expect(hasOfflineBasemap(el)).to.equal(true);
    expect(errors[0].detail.code).to.equal('invalid-attribute');
    expect(errors[0].detail.message).to.contain('„basemapde“').and.to.contain('Meinten Sie „basemap-de“?');
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
    const layerIds = (el.querySelector('kn-geojson-layer') as unknown as { mapIds(): { layers: string[] } }).mapIds().layers;
    const drawn = layerIds.filter((id) => !id.includes('-selected-'));
    expect(dataLayers()).to.deep.equal(drawn); // point, line (and its casing), area

    el.basemap = 'konstanz';
    await el.map!.once('styledata');
    await idle(el.map!);
    expect(el.map!.getLayer('basemap-land')).to.not.equal(undefined);
    expect(el.map!.getLayer('local-places')).to.equal(undefined);
    expect(dataLayers()).to.deep.equal(drawn);
    const points = el.map!.queryRenderedFeatures({ layers: dataLayers().filter((id) => id.endsWith('-point')) });
    expect(points.map((f) => f.properties.name)).to.deep.equal(['Marktstätte']);
  });

  it('turns a credit line written in HTML into text and checked http(s) links (issue 16)', () => {
    const link = (href: string, text: string) => `<a href="${href}" target="_blank" rel="noopener noreferrer">${text}</a>`;
    expect(creditHtml('<a href="https://www.openstreetmap.org/copyright">&copy; OpenStreetMap</a> contributors')).to.equal(
      `${link('https://www.openstreetmap.org/copyright', '© OpenStreetMap')} contributors`,
    );
    expect(creditHtml('<img src="/x" onerror="alert(1)" alt="Logo">Wessel & Smith <b>GSHHG</b>')).to.equal('Logo Wessel &amp; Smith GSHHG');
    expect(creditHtml('<a href="javascript:alert(1)">Klick</a> <a href="/relativ">relativ</a> <a href=" https://example.org/a b">Leer</a>')).to.equal(
      `Klick relativ ${link('https://example.org/a%20b', 'Leer')}`,
    );
    expect(creditHtml('<script>alert(1)</script><style>*{}</style><svg><a href="https://example.org">SVG</a></svg>Rest')).to.equal('Rest');
    // A form whose fields shadow its own DOM properties (DOM clobbering) cannot trip the walk into markup.
    expect(creditHtml('<form><input name="childNodes"><a href="https://example.org">Daten</a></form>')).to.not.contain('<input');
    expect(creditHtml('Text &lt;img src=x&gt; bleibt Text')).to.equal('Text &lt;img src=x&gt; bleibt Text');
  });

  it("shows an external style's credits as text and checked http(s) links: no image, no request, no script link (issue 16)", async () => {
    await clearForeignRequests();
    const el = await fixture<KnMap>(html`
      <kn-map basemap="/test/fixtures/credit-style.json" center="9.177,47.661" zoom="13" style="width:800px;height:500px"></kn-map>
    `);
    await el.ready;
    const credits = el.shadowRoot!.querySelector<HTMLElement>('.maplibregl-ctrl-attrib-inner')!;
    // The style's own credit comes with the style, the TileJSON's once maplibre has read that file.
    await until(() => credits.textContent!.includes('Kacheln: Beispiel'), () => `the TileJSON's credit (got "${credits.textContent}")`);
    await idle(el.map!);
    // Any image made from the credits would have asked for its file by the time one asked later has failed.
    await injectedImagesFailed('/__test/status/404?after-the-credits');

    expect(credits.querySelector('img, script, svg, iframe, [onerror], [onclick], [style]'), 'elements made from the credits').to.equal(null);
    const text = credits.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Logo Beispiel').and.to.contain('Böser Link').and.to.contain('© Beispiel-Lizenz').and.to.contain('VB-Link');
    expect(text).to.not.contain('<img').and.not.contain('window.pwned');
    const links = [...credits.querySelectorAll('a')].map((a) => [a.textContent!.trim(), a.getAttribute('href'), a.rel]);
    expect(links).to.deep.include(['© Beispiel-Lizenz', 'https://example.org/lizenz', 'noopener noreferrer']);
    expect(links).to.deep.include(['Kacheln: Beispiel', 'https://example.org/kacheln', 'noopener noreferrer']);
    expect(links.filter(([, href]) => !/^https:\/\//.test(href ?? '')), 'links that are not https').to.deep.equal([]);

    const requested = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(requested.filter((name) => /credit-img|pixel\.png/.test(name)), 'requests for the images').to.deep.equal([]);
    expect(await foreignRequests(), 'requests off this machine').to.deep.equal([]);
    expect((window as { pwned?: unknown }).pwned).to.equal(undefined);

    // A credit that came without an event yet: a change of language rebuilds the controls, and the new credit
    // line, read at once, is rewritten first.
    const places = el.map!.style.tileManagers.places.getSource() as { attribution?: string };
    places.attribution = '<img src="/__test/status/404?late-credit-img" alt="Spät">Nachgereicht <a href="https://example.org/spaet" onclick="window.pwned=1">Nachtrag</a>';
    el.lang = 'en';
    await el.updateComplete;
    const rebuilt = el.shadowRoot!.querySelector<HTMLElement>('.maplibregl-ctrl-attrib-inner')!;
    expect(rebuilt.textContent, 'the credits of the rebuilt control').to.contain('Nachtrag');
    await injectedImagesFailed('/__test/status/404?after-the-late-credit');
    expect(rebuilt.querySelector('img, script, [onclick]')?.outerHTML ?? null, 'elements made from the new credit').to.equal(null);
    expect([...rebuilt.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.include('https://example.org/spaet');
    const late = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(late.filter((name) => name.includes('late-credit-img')), 'requests for the new image').to.deep.equal([]);
  });
});
