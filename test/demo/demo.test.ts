import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import type { KnMap } from '../../src/map/kn-map.js';
import { until } from '../helpers/harness.js';

/**
 * The demo page (demo/index.html with the CDN build, as `npm start` serves it), walked by keyboard alone.
 * Needs the build (npm test builds first).
 */
describe('the demo, by keyboard alone', () => {
  it('reaches the map, pans, zooms, finds a hotspot with search, reads and closes its details, and opens a feature from the list', async function () {
    this.timeout(90_000);
    const frame = await fixture<HTMLIFrameElement>(html`<iframe src="/demo/index.html" style="width:1280px;height:800px;border:0"></iframe>`);
    const loaded = () => frame.contentDocument?.URL.endsWith('/demo/index.html') && frame.contentDocument.readyState === 'complete';
    if (!loaded()) await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const doc = frame.contentDocument!;
    await (frame.contentWindow as Window & typeof globalThis).customElements.whenDefined('kn-map');
    const map = doc.querySelector('kn-map') as KnMap;
    await map.ready;
    const deepActive = () => {
      let active = doc.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active;
    };
    const tabUntil = async (found: (el: Element | null) => boolean, max: number, what: string) => {
      for (let i = 0; i < max; i++) {
        await sendKeys({ press: 'Tab' });
        if (found(deepActive())) return deepActive()!;
      }
      throw new Error(`Tab did not reach ${what} in ${max} presses (now on ${deepActive()?.outerHTML.slice(0, 80)})`);
    };
    const moveEnd = () => new Promise((resolve) => map.addEventListener('kn-move-end', resolve, { once: true }));
    frame.focus();

    // Reach the map and move it.
    const canvas = map.map!.getCanvas();
    await tabUntil((el) => el === canvas, 10, 'the map');
    const lng = map.map!.getCenter().lng;
    let moved = moveEnd();
    await sendKeys({ press: 'ArrowRight' });
    await moved;
    expect(map.map!.getCenter().lng).to.be.above(lng);
    const zoom = map.map!.getZoom();
    moved = moveEnd();
    await sendKeys({ press: '+' });
    await moved;
    expect(map.map!.getZoom()).to.be.above(zoom);

    // Find a hotspot with the search.
    const search = doc.querySelector('kn-search')!;
    const input = search.shadowRoot!.querySelector('input')!;
    await tabUntil((el) => el === input, 15, 'the search field');
    await sendKeys({ type: 'Marktst' });
    await until(() => search.shadowRoot!.querySelectorAll('[role="option"]').length > 0, 'the search results');
    await sendKeys({ press: 'ArrowDown' });
    moved = moveEnd();
    await sendKeys({ press: 'Enter' });
    await moved;
    expect(map.map!.getCenter().lng).to.be.closeTo(9.1756, 0.002);

    // Read its details; Escape closes them and focus comes back.
    const details = doc.querySelector('kn-feature-details') as HTMLElement & { open: boolean; updateComplete: Promise<unknown> };
    await details.updateComplete;
    expect(details.open).to.equal(true);
    const heading = details.shadowRoot!.querySelector('[role="heading"]')!;
    expect(heading.textContent).to.contain('Marktstätte');
    expect(details.shadowRoot!.querySelector('dl')!.textContent).to.contain('Stadtwerke Konstanz');
    await sendKeys({ press: 'Escape' });
    await details.updateComplete;
    expect(details.open).to.equal(false);
    expect(deepActive()).to.equal(input);

    // Open a feature from the list (the text alternative), then close it again.
    const row = (await tabUntil((el) => !!el?.matches?.('tbody .name'), 120, 'a row of the feature list')) as HTMLElement;
    const name = row.textContent!.replace('▶', '').trim();
    await sendKeys({ press: 'Enter' });
    await details.updateComplete;
    expect(details.open).to.equal(true);
    expect(details.shadowRoot!.querySelector('[role="heading"]')!.textContent!.trim()).to.equal(name);
    await sendKeys({ press: 'Escape' });
    await details.updateComplete;
    expect(deepActive()).to.equal(row);
  });
});
