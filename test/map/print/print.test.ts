import { expect } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import { html } from 'lit';
import { KONSTANZ_PALETTE } from '../../../src/map/basemaps/konstanz-style.js';
import type { KnMap } from '../../../src/map/kn-map.js';
import '../../../src/kn-legend.js';
import '../../../src/kn-filter-chips.js';
import { mountMap, readyMap, until } from '../../helpers/harness.js';

/** What the print-pdf command (test/server/print-command.js) saw on the printed page. */
interface Printed {
  width: number;
  height: number;
  /** For each region asked about, the share of its pixels near its colour. */
  shares: number[];
  text: string;
}

const printView = (el: KnMap) => el.shadowRoot!.querySelector<HTMLCanvasElement>('.print-view');
/** (A media change reaches the page after emulateMedia has returned.) */
const printViewGone = (el: KnMap) => until(() => !printView(el), 'the print view taken off');
const shown = (element: Element | null) => !!element && getComputedStyle(element).display !== 'none' && getComputedStyle(element).visibility !== 'hidden';

/** The map's box as the page is laid out for print (CSS pixels, the print command's image pixels). */
async function boxInPrint(el: KnMap): Promise<[number, number, number, number]> {
  await emulateMedia({ media: 'print' });
  try {
    await until(() => !!printView(el), 'the print view under print media');
    const { x, y, width, height } = el.getBoundingClientRect();
    return [x, y, width, height];
  } finally {
    await emulateMedia({ media: 'screen' });
  }
}

describe('<kn-map> on paper', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('prints the view and its credits where the WebGL canvas prints blank: Chromium’s PDF of the page, looked at', async () => {
    const { map: el } = await mountMap<HTMLElement>(html`<div style="padding:8px">
      <h1 style="margin:0 0 8px;font:20px sans-serif">Konstanz</h1>
      <kn-map style="width:600px;height:360px"><kn-wlan-layer></kn-wlan-layer></kn-map>
    </div>`);
    expect(el.shadowRoot!.querySelector('.maplibregl-ctrl-attrib')!.classList.contains('maplibregl-compact'), 'only the ⓘ on screen').to.equal(true);
    const [x, y, width, height] = await boxInPrint(el);
    await printViewGone(el);
    // Headless Chromium prints maplibre's canvas; browsers that print it blank are played by clearing its drawing
    // buffer once the map has taken its picture (this listener comes after the map's). Without the picture the
    // map's box then prints without a single lake-blue pixel (checked when this test was written).
    const blankWebgl = () => {
      const gl = el.map!.getCanvas().getContext('webgl2')!;
      gl.clearColor(0, 0, 0, 0);
      gl.clear(gl.COLOR_BUFFER_BIT);
    };
    addEventListener('beforeprint', blankWebgl);
    const printed = (await executeServerCommand<Printed, unknown>('print-pdf', {
      name: 'map',
      regions: [
        { box: [x, y, width, height], colour: KONSTANZ_PALETTE.water },
        // The credits' last two lines, right of the scale: dark text on a light ground.
        { box: [x + 130, y + height - 34, width - 130, 32], colour: '#1f1f1f', tolerance: 140 },
      ],
    }).finally(() => removeEventListener('beforeprint', blankWebgl)));
    const [lake, credits] = printed.shares;
    expect(lake, 'share of lake-blue pixels in the printed map').to.be.greaterThan(0.05);
    expect(credits, 'share of text pixels in the printed credit line').to.be.greaterThan(0.03);
    expect(printed.text, 'the page’s own text').to.contain('Konstanz');
    // The credits written out in full, as text, where the screen shows only their ⓘ (a map narrower than 640 px).
    expect(printed.text.replace(/\s+/g, ' ')).to.contain('WLAN: Stadtwerke Konstanz').and.to.contain('Bodensee: GSHHG');
    await printViewGone(el); // (afterprint)
  });

  it('keeps the map’s shape and its credits and scale, hides its buttons, and restores all after printing', async () => {
    // Wider than the page (800 px): on paper it shrinks to the page's width and keeps its shape (2.5 : 1).
    const el = await readyMap(html`<kn-map controls="zoom fullscreen pan scale image" style="width:1000px;height:400px"></kn-map>`);
    const zoom = el.shadowRoot!.querySelector('.maplibregl-ctrl-zoom-in')!.closest('.maplibregl-ctrl-group')!;
    const credits = el.shadowRoot!.querySelector('.maplibregl-ctrl-attrib')!;
    const scale = el.shadowRoot!.querySelector('.maplibregl-ctrl-scale')!;
    expect(shown(zoom) && shown(credits)).to.equal(true);

    const onScreen = [el.map!.getCanvas().width, el.map!.getCanvas().height];
    dispatchEvent(new Event('beforeprint'));
    await emulateMedia({ media: 'print' });
    await until(() => !!printView(el), 'the print view');
    const view = printView(el)!;
    expect(view.getAttribute('role')).to.equal('img');
    expect(view.getAttribute('aria-label')).to.contain('Karte von Konstanz');
    expect([view.width, view.height], 'the view as it was on screen').to.deep.equal(onScreen);
    expect(shown(view)).to.equal(true);
    expect(shown(zoom), 'zoom buttons on paper').to.equal(false);
    expect(shown(credits), 'the credits').to.equal(true);
    expect(shown(scale), 'the scale').to.equal(true);
    const { width, height } = el.getBoundingClientRect();
    expect(width).to.be.at.most(innerWidth);
    expect(width / height).to.be.closeTo(2.5, 0.02);

    await emulateMedia({ media: 'screen' });
    dispatchEvent(new Event('afterprint'));
    await printViewGone(el);
    expect(shown(zoom) && shown(credits) && shown(scale)).to.equal(true);
    expect(el.getBoundingClientRect().height).to.equal(400);
  });

  it('prints a collapsed legend whole (on a phone it starts collapsed)', async () => {
    const el = await readyMap(html`<kn-map style="width:358px;height:450px"><kn-fibre-layer></kn-fibre-layer><kn-legend slot="bottom-left"></kn-legend></kn-map>`);
    const legend = el.querySelector('kn-legend')!;
    await until(() => legend.collapsed, 'the legend collapsed on a phone-sized map');
    const body = legend.shadowRoot!.querySelector('.body');
    expect(shown(body), 'on screen: only its heading').to.equal(false);
    await emulateMedia({ media: 'print' });
    await until(() => shown(body), 'the legend’s symbols and words under print media');
    // Whole: its panel does not scroll, and its last symbol lies inside the map's box.
    const panel = legend.shadowRoot!.querySelector<HTMLElement>('.panel')!;
    await until(() => panel.scrollHeight <= panel.clientHeight + 1, () => `the legend whole on paper (${panel.scrollHeight} > ${panel.clientHeight})`);
    const rows = legend.shadowRoot!.querySelectorAll('.symbol');
    const last = rows[rows.length - 1].getBoundingClientRect();
    const mapBox = el.getBoundingClientRect();
    expect(last.top >= mapBox.top && last.bottom <= mapBox.bottom, 'its last symbol on the map').to.equal(true);
  });

  it('prints collapsed filter chips open, so the paper says what the map is filtered by', async () => {
    const el = await readyMap(html`<kn-map style="width:358px;height:450px"><kn-projects-layer categories="Smarte Stadt"></kn-projects-layer><kn-filter-chips slot="bottom-left"></kn-filter-chips></kn-map>`);
    const chips = el.querySelector('kn-filter-chips')!;
    await until(() => chips.collapsed, 'the chips collapsed on a phone-sized map');
    const body = chips.shadowRoot!.querySelector('.body');
    expect(shown(body), 'on screen: only the heading').to.equal(false);
    await emulateMedia({ media: 'print' });
    await until(() => shown(body), 'the chips under print media');
    expect(shown(chips.shadowRoot!.querySelector('.chevron')), 'no chevron on paper').to.equal(false);
    expect(shown(chips.shadowRoot!.querySelector('.footer')), 'the count on paper').to.equal(true);
    await emulateMedia({ media: 'screen' });
    // Without a filter the collapsed chips show no count on screen; on paper (open) they do.
    el.querySelector('kn-projects-layer')!.removeAttribute('categories');
    await until(() => !shown(chips.shadowRoot!.querySelector('.footer')), 'no count on screen without a filter');
    await emulateMedia({ media: 'print' });
    await until(() => shown(chips.shadowRoot!.querySelector('.footer')), 'the count on paper without a filter');
  });

  it('keeps the consent card on paper', async () => {
    const el = await readyMap(html`<kn-map basemap="openfreemap" consent style="width:600px;height:360px"></kn-map>`);
    const card = el.shadowRoot!.querySelector('.consent');
    expect(!!card, 'the consent card').to.equal(true);
    await emulateMedia({ media: 'print' });
    await until(() => !!printView(el), 'the print view of the offline map the card lies on');
    expect(shown(card)).to.equal(true);
  });
});
