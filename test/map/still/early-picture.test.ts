// Issue 15, item 2: the first picture the CDN autoloader draws before <kn-map> is defined (early-picture.ts). The
// page as a whole (autoloader, map, hand-over) is tested in test/package/autoload.test.ts; here its parts.
import { expect, fixture } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import { KONSTANZ_DARK_PALETTE, KONSTANZ_PALETTE } from '../../../src/map/basemaps/konstanz-style.js';
import { removeEarlyPicture } from '../../../src/map/still/early-mark.js';
import { drawEarlyPicture, earlyView } from '../../../src/map/still/early-picture.js';
import { KONSTANZ_BOUNDS } from '../../../src/map/view.js';
import { rgbDistance } from '../../helpers/pixels.js';
import type { Rgb } from '../../../src/symbols/contrast.js';

const attributes =
  (values: Record<string, string>) =>
  (name: string): string | null =>
    values[name] ?? null;

/** Share of the canvas's pixels within a small distance of `colour`. */
function share(canvas: HTMLCanvasElement, colour: string): number {
  const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
  let near = 0;
  for (let i = 0; i < data.length; i += 4) if (rgbDistance([data[i], data[i + 1], data[i + 2]] as Rgb, colour) < 6) near++;
  return near / (data.length / 4);
}

let probes = 0;
/** An element of a tag nothing defines (as `<kn-map>` is before its module has come), sized as a page sizes its map. */
async function undefinedMap(attrs = ''): Promise<HTMLElement> {
  const tag = `kn-early-probe-${++probes}`;
  const holder = await fixture<HTMLDivElement>(html`<div></div>`);
  holder.innerHTML = `<${tag} style="width:600px;height:400px" ${attrs}></${tag}>`;
  return holder.firstElementChild as HTMLElement;
}

describe('the early picture (before <kn-map> is defined)', () => {
  it('reads the first view as <kn-map> opens it, and leaves what it cannot draw to the map', () => {
    expect(earlyView(attributes({}), '')).to.deep.equal({ bounds: KONSTANZ_BOUNDS, minZoom: undefined, maxZoom: undefined });
    expect(earlyView(attributes({ center: '9.17, 47.66', zoom: '15' }), '')).to.deep.include({ camera: { center: [9.17, 47.66], zoom: 15 } });
    expect(earlyView(attributes({ zoom: '14', 'max-zoom': '12' }), '')!.camera!.zoom, 'zoom held to max-zoom').to.equal(12);
    expect(earlyView(attributes({ bounds: '9.1,47.65,9.2,47.7' }), '')).to.deep.include({ bounds: [9.1, 47.65, 9.2, 47.7] });
    expect(earlyView(attributes({ basemap: 'konstanz' }), '')).to.not.equal(null);
    // As <kn-map> reads them: a decimal comma, an empty zoom (absent).
    expect(earlyView(attributes({ center: '9.17, 47.66', zoom: '14,5' }), '')!.camera!.zoom, 'zoom="14,5"').to.equal(14.5);
    expect(earlyView(attributes({ zoom: ' ' }), ''), 'zoom=" "').to.deep.equal({ bounds: KONSTANZ_BOUNDS, minZoom: undefined, maxZoom: undefined });
    expect(earlyView(attributes({ 'max-zoom': '12,5', zoom: '14' }), '')!.camera!.zoom, 'max-zoom="12,5"').to.equal(12.5);
    // The map says what is wrong, or shows something else first.
    for (const values of <Record<string, string>[]>[{ center: '47.66,9.17' }, { zoom: 'nah' }, { bounds: '9.2,47.7,9.1,47.6' }, { basemap: 'basemap-de' }, { basemap: '/karten/konstanz.pmtiles' }, { poster: 'vorschau.png' }, { bearing: '30' }, { pitch: '40' }])
      expect(earlyView(attributes(values), ''), JSON.stringify(values)).to.equal(null);
    expect(earlyView(attributes({}), '#karte=15/47.66/9.17'), 'a shared view in the address').to.equal(null);
    expect(earlyView(attributes({}), '', 'basemap-de'), "the site's default basemap").to.equal(null);
    expect(earlyView(attributes({ basemap: 'konstanz' }), '', 'basemap-de'), 'the map asks for the offline one').to.not.equal(null);
  });

  it('draws the offline basemap of the first view into a shadow root of the undefined map: land, city and lake', async function () {
    this.timeout(20_000);
    const map = await undefinedMap();
    expect(await drawEarlyPicture(map)).to.equal(true);
    const canvas = map.shadowRoot!.querySelector<HTMLCanvasElement>('canvas.early-still')!;
    expect(canvas.getAttribute('aria-hidden'), 'a picture for the eyes only until the map is there').to.equal('true');
    // Its style sheet has the class too: it must not be laid out as a block of CSS text on the page.
    const sheet = map.shadowRoot!.querySelector<HTMLStyleElement>('style.early-still')!;
    expect(getComputedStyle(sheet).display, 'the early <style>').to.equal('none');
    expect(sheet.getClientRects().length).to.equal(0);
    expect(canvas.clientWidth).to.equal(600);
    expect(canvas.width).to.equal(Math.round(600 * devicePixelRatio));
    expect(getComputedStyle(map).display, 'laid out as the map will be').to.equal('block');
    // The whole city fitted: its area, the lake around it and the land beyond.
    expect(share(canvas, KONSTANZ_PALETTE.city), 'city').to.be.above(0.1);
    expect(share(canvas, KONSTANZ_PALETTE.water), 'lake').to.be.above(0.15);
    expect(share(canvas, KONSTANZ_PALETTE.land), 'land').to.be.above(0.05);
    expect(performance.getEntriesByName('kn-map:first-pixels', 'mark'), 'the first-pixels mark').to.have.length(1);
  });

  it('follows the theme, and draws nothing for a map that shows something else first', async function () {
    this.timeout(20_000);
    const dark = await undefinedMap('theme="dark"');
    expect(await drawEarlyPicture(dark)).to.equal(true);
    const canvas = dark.shadowRoot!.querySelector<HTMLCanvasElement>('canvas.early-still')!;
    expect(share(canvas, KONSTANZ_DARK_PALETTE.water)).to.be.above(0.15);
    expect(share(canvas, KONSTANZ_PALETTE.water), 'no light water').to.be.below(0.01);
    const external = await undefinedMap('basemap="basemap-de"');
    expect(await drawEarlyPicture(external)).to.equal(false);
    expect(external.shadowRoot, 'no shadow root: the map makes its own').to.equal(null);
    // Controls of the page in a corner: the fitted view keeps clear of them, and they cannot be measured yet.
    const withSearch = await undefinedMap();
    withSearch.innerHTML = '<kn-search slot="top-left"></kn-search><p>Die Standorte als Datei</p>';
    expect(await drawEarlyPicture(withSearch)).to.equal(false);
    expect(withSearch.shadowRoot, 'no shadow root: a map with a search in its corner makes its own').to.equal(null);
    // ... unless the map opens at a given centre and zoom, which its corners do not change.
    const atPlace = await undefinedMap('center="9.1757,47.66" zoom="15"');
    atPlace.innerHTML = '<kn-search slot="top-left"></kn-search>';
    expect(await drawEarlyPicture(atPlace), 'a search in the corner of a map at a given centre and zoom').to.equal(true);
    const fittedArea = await undefinedMap('center="9.1757,47.66" zoom="15" bounds="9.1,47.65,9.2,47.7"');
    fittedArea.innerHTML = '<kn-search slot="top-left"></kn-search>';
    expect(await drawEarlyPicture(fittedArea), 'bounds: fitted clear of the search').to.equal(false);
    const withText = await undefinedMap();
    withText.innerHTML = '<p slot="nowhere">…</p><p>Die Standorte als Datei</p>';
    expect(await drawEarlyPicture(withText), 'content that is in no corner').to.equal(true);
  });

  it('is adopted by the element when it is defined (lit renders before it) and taken away with removeEarlyPicture', async function () {
    this.timeout(20_000);
    const map = await undefinedMap();
    expect(await drawEarlyPicture(map)).to.equal(true);
    const root = map.shadowRoot!;
    customElements.define(
      map.localName,
      class extends LitElement {
        override render() {
          return html`<p class="own">Karte</p>`;
        }
      },
    );
    await (map as LitElement).updateComplete;
    expect(map.shadowRoot === root, 'the same shadow root').to.equal(true);
    expect([...root.children].map((child) => `${child.localName}.${child.className}`)).to.deep.equal(['p.own', 'style.early-still', 'slot.early-still', 'canvas.early-still']);
    removeEarlyPicture(root);
    // Its style stays, empty: lit's end marker (the shadow root's first child when lit adopted it).
    expect([...root.children].map((child) => `${child.localName}.${child.className}`)).to.deep.equal(['p.own', 'style.early-still']);
    expect(root.querySelector('style')!.textContent).to.equal('');
    (map as LitElement).requestUpdate();
    await (map as LitElement).updateComplete;
    expect(root.querySelector('.own')!.textContent, 'lit still renders').to.equal('Karte');
  });
});
