import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../src/define.js';
import '../../src/kn-feature-details.js';
import '../../src/kn-feature-list.js';
import '../../src/kn-search.js';
import { nextEvent } from '../helpers/map.js';
import { deepActiveElement, featureNamed, isHighlighted, mount, shownInFreeMiddle } from './feature-controls-helpers.js';

/** Presses Tab until `found` holds for the focused element; fails after `max` presses. */
async function tabUntil(found: (active: Element | null) => boolean, max: number, what: string): Promise<Element> {
  for (let i = 0; i < max; i++) {
    await sendKeys({ press: 'Tab' });
    if (found(deepActiveElement())) return deepActiveElement()!;
  }
  throw new Error(`Tab did not reach ${what} within ${max} presses (now on ${deepActiveElement()?.outerHTML.slice(0, 80)})`);
}

describe('keyboard only: search, map, list and details', () => {
  it('finds Marktstätte with the search, reads its details, closes them, pans and zooms the map, and opens a feature from the list', async () => {
    const { container, map, layers } = await mount(html`
      <div>
        <kn-search for="walk-map"></kn-search>
        <kn-map id="walk-map" style="width:800px;height:500px">
          <kn-wlan-layer></kn-wlan-layer>
          <kn-projects-layer></kn-projects-layer>
          <kn-feature-details slot="top-left"></kn-feature-details>
        </kn-map>
        <kn-feature-list for="walk-map" style="--kn-feature-list-max-height: 160px"></kn-feature-list>
      </div>
    `);
    const search = container.querySelector('kn-search')!;
    const details = container.querySelector('kn-feature-details')!;
    const list = container.querySelector('kn-feature-list')!;
    const input = search.shadowRoot!.querySelector('input')!;
    const heading = () => details.shadowRoot!.querySelector<HTMLElement>('[role="heading"]');
    (document.activeElement as HTMLElement | null)?.blur();

    // Tab to the search, type "Markt", Down, Enter.
    await tabUntil((active) => active === input, 3, 'the search field');
    await sendKeys({ type: 'Markt' });
    await sendKeys({ press: 'ArrowDown' });
    await search.updateComplete;
    expect(search.shadowRoot!.getElementById(input.getAttribute('aria-activedescendant')!)!.querySelector('.name')!.textContent).to.equal(
      'Marktstätte',
    );
    const framed = nextEvent(map, 'kn-move-end');
    await sendKeys({ press: 'Enter' });
    await framed;

    // The map frames and highlights Marktstätte; the details show it, with the focus on their heading.
    const wlan = layers[0];
    const markt = featureNamed(wlan, 'Marktstätte');
    const shown = shownInFreeMiddle(map, [9.175563, 47.660373]);
    expect(shown.covered, 'the place under a control in a corner').to.equal(false);
    const { width, height } = map.map!.getCanvas().getBoundingClientRect();
    expect(shown.at[0]).to.be.within(0, width);
    expect(shown.at[1]).to.be.within(0, height);
    expect(map.map!.getZoom()).to.be.at.least(16);
    expect(isHighlighted(map, wlan, markt)).to.equal(true);
    await details.updateComplete;
    expect(details.open).to.equal(true);
    expect(heading()!.textContent!.trim()).to.equal('Marktstätte');
    expect(deepActiveElement()).to.equal(heading());
    expect(details.shadowRoot!.querySelector('dl')!.textContent).to.contain('Betreiber').and.contain('Stadtwerke Konstanz GmbH');

    // Escape closes them; the focus is back in the search field.
    await sendKeys({ press: 'Escape' });
    await details.updateComplete;
    expect(details.open).to.equal(false);
    expect(deepActiveElement()).to.equal(input);

    // On to the map: pan with an arrow key, zoom with "+".
    const canvas = map.map!.getCanvas();
    await tabUntil((active) => active === canvas, 6, 'the map');
    const before = map.map!.getCenter();
    let moved = nextEvent(map, 'kn-move-end');
    await sendKeys({ press: 'ArrowRight' });
    await moved;
    expect(map.map!.getCenter().lng).to.be.greaterThan(before.lng);
    const zoom = map.map!.getZoom();
    moved = nextEvent(map, 'kn-move-end');
    await sendKeys({ press: '+' });
    await moved;
    expect(map.map!.getZoom()).to.be.closeTo(zoom + 1, 0.01);

    // On to the list (the map's controls come first): open a feature from it and come back.
    await list.updateComplete;
    const row = (await tabUntil((active) => !!active?.matches('tbody .name'), 40, 'a row of the list')) as HTMLButtonElement;
    const name = row.textContent!.replace('▶', '').trim();
    await sendKeys({ press: 'Enter' });
    await details.updateComplete;
    expect(heading()!.textContent!.trim()).to.equal(name);
    expect(deepActiveElement()).to.equal(heading());
    await sendKeys({ press: 'Escape' });
    await details.updateComplete;
    expect(details.open).to.equal(false);
    expect(deepActiveElement()).to.equal(row);

    await expect(container).to.be.accessible();
  });
});
