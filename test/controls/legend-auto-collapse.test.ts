// A legend in a corner of a small map (a phone) starts collapsed when, open, it would cover too much of the map
// (src/controls/corner-collapse/); the reader's choice wins from then on.
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/define.js';
import '../../src/kn-legend.js';
import { AUTO_COLLAPSE_SHARE, LOW_MAP_WIDTH, SMALL_MAP_HEIGHT, SMALL_MAP_WIDTH, startsCollapsed } from '../../src/controls/corner-collapse/starts-collapsed.js';
import type { KnLegend } from '../../src/controls/legend/legend.js';
import { mountMap, until } from '../helpers/harness.js';
import { part } from './control-helpers.js';

/** Whether the legend has made its one decision (or the reader has chosen): its private controller, read for the test. */
const decided = (legend: KnLegend) => (legend as unknown as { corner: { decided: boolean } }).corner.decided;

const phone = 'display:block;width:358px;height:450px';
const desktop = 'display:block;width:1000px;height:560px';

describe('startsCollapsed', () => {
  it('is true on a small map when the open legend covers more than the share of it', () => {
    expect(startsCollapsed({ width: 320, height: 378 }, { width: 358, height: 450 })).to.equal(true);
    expect(startsCollapsed({ width: 100, height: 100 }, { width: 100, height: 100 / AUTO_COLLAPSE_SHARE })).to.equal(false);
    expect(startsCollapsed({ width: 100, height: 101 }, { width: 100, height: 100 / AUTO_COLLAPSE_SHARE })).to.equal(true);
  });

  it('is false on a map as wide and high as a desktop page’s, however much the legend covers', () => {
    expect(startsCollapsed({ width: 320, height: 378 }, { width: 1000, height: 560 })).to.equal(false);
    expect(startsCollapsed({ width: 320, height: 600 }, { width: SMALL_MAP_WIDTH, height: SMALL_MAP_HEIGHT })).to.equal(false);
    expect(startsCollapsed({ width: 320, height: 600 }, { width: SMALL_MAP_WIDTH - 1, height: SMALL_MAP_HEIGHT })).to.equal(true);
  });

  it('is true on a low map however wide (a phone held sideways), when the legend covers more than the share', () => {
    expect(startsCollapsed({ width: 400, height: 360 }, { width: 844, height: 390 })).to.equal(true);
    expect(startsCollapsed({ width: 400, height: 360 }, { width: 844, height: SMALL_MAP_HEIGHT })).to.equal(false);
    expect(startsCollapsed({ width: 200, height: 200 }, { width: 844, height: 390 }), 'a small legend').to.equal(false);
    expect(startsCollapsed({ width: 400, height: 360 }, { width: LOW_MAP_WIDTH, height: 390 }), 'a desktop page’s banner map').to.equal(false);
  });

  it('gives no answer for a map without size', () => {
    expect(startsCollapsed({ width: 320, height: 378 }, { width: 0, height: 0 })).to.equal(false);
  });
});

describe('<kn-legend> on a small map', () => {
  it('starts collapsed in a corner of a phone-sized map; opened, it stays open as layers come', async () => {
    const { map } = await mountMap(html`<kn-map style=${phone}><kn-fibre-layer></kn-fibre-layer><kn-legend slot="bottom-left"></kn-legend></kn-map>`);
    const legend = map.querySelector<KnLegend>('kn-legend')!;
    await until(() => legend.collapsed, 'the legend collapsed');
    expect(part(legend, '.toggle').getAttribute('aria-expanded')).to.equal('false');
    expect(legend.hasAttribute('collapsed'), 'reflected').to.equal(true);

    part<HTMLButtonElement>(legend, '.toggle').click();
    await legend.updateComplete;
    expect(legend.collapsed, 'opened by its heading').to.equal(false);
    // Another layer makes it larger still: the reader opened it, so it stays open.
    map.append(document.createElement('kn-wlan-layer'));
    await until(() => legend.shadowRoot!.querySelectorAll('.layer').length === 2, 'the second layer in the legend');
    await legend.updateComplete;
    expect(legend.collapsed, 'still open').to.equal(false);
  });

  it('stays open on a desktop-sized map, and beside a small map (outside its corners)', async () => {
    const { map } = await mountMap(html`<kn-map style=${desktop}><kn-fibre-layer></kn-fibre-layer><kn-legend slot="bottom-left"></kn-legend></kn-map>`);
    const inCorner = map.querySelector<KnLegend>('kn-legend')!;
    await until(() => decided(inCorner), 'the legend’s decision');
    expect(inCorner.collapsed, 'open on a large map').to.equal(false);
    // One decision: the map made narrow afterwards (a phone turned upright) and a change of the legend leave it open.
    map.style.width = '358px';
    map.querySelector('kn-fibre-layer')!.setAttribute('year', '2011');
    await until(() => inCorner.shadowRoot!.textContent!.includes('2011'), 'the legend of 2011');
    await inCorner.updateComplete;
    expect(inCorner.collapsed, 'still open').to.equal(false);

    const { root } = await mountMap(
      html`<div><kn-map id="klein" style=${phone}><kn-fibre-layer></kn-fibre-layer></kn-map><kn-legend data-map="klein"></kn-legend></div>`,
    );
    const beside = root.querySelector<KnLegend>('kn-legend')!;
    await until(() => !!beside.shadowRoot?.querySelector('.layer'), 'the fibre layer in the legend beside the map');
    await beside.updateComplete;
    expect(beside.collapsed, 'open beside the map').to.equal(false);
    expect(decided(beside), 'no decision to make beside the map').to.equal(false);
  });

  it('stays open when the page opens it after the collapse (collapsed = false is a choice)', async () => {
    const { map } = await mountMap(html`<kn-map style=${phone}><kn-fibre-layer></kn-fibre-layer><kn-legend slot="top-left"></kn-legend></kn-map>`);
    const legend = map.querySelector<KnLegend>('kn-legend')!;
    await until(() => legend.collapsed, 'the legend collapsed');
    legend.collapsed = false;
    await legend.updateComplete;
    map.querySelector('kn-fibre-layer')!.setAttribute('year', '2011');
    await until(() => legend.shadowRoot!.textContent!.includes('2011'), 'the legend of 2011');
    await legend.updateComplete;
    expect(legend.collapsed).to.equal(false);
  });
});
