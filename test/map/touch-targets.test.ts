// On a touch screen every button of the map and its panels is at least 44 px (WCAG 2.5.5), with a mouse maplibre's 29.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../src/define.js';
import '../../src/kn-feature-details.js';
import '../../src/kn-filter-chips.js';
import '../../src/kn-layer-switcher.js';
import '../../src/kn-search.js';
import { until } from '../helpers/harness.js';
import { featureNamed, mount } from '../controls/feature-controls-helpers.js';

/** The size of every shown button in `root`, by its name. */
function buttonSizes(root: ShadowRoot): { name: string; width: number; height: number }[] {
  return [...root.querySelectorAll<HTMLElement>('button')]
    .filter((button) => button.getClientRects().length > 0)
    .map((button) => {
      const box = button.getBoundingClientRect();
      return { name: button.getAttribute('aria-label') || button.title || button.textContent!.trim(), width: box.width, height: box.height };
    });
}

async function mountPanels() {
  const { container, map, layers } = await mount(html`
    <div>
      <kn-map id="touch-map" style="width:390px;height:600px" center="9.1765,47.6600" zoom="15">
        <kn-wlan-layer></kn-wlan-layer>
        <kn-projects-layer></kn-projects-layer>
        <kn-search slot="top-left"></kn-search>
        <kn-feature-details slot="bottom-left"></kn-feature-details>
      </kn-map>
      <kn-filter-chips for="touch-map"></kn-filter-chips>
      <kn-layer-switcher for="touch-map"></kn-layer-switcher>
    </div>
  `);
  const search = container.querySelector('kn-search')!;
  const input = search.shadowRoot!.querySelector('input')!;
  input.value = 'Markt';
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  layers[0].select(featureNamed(layers[0], 'Marktstätte'));
  const details = container.querySelector('kn-feature-details')!;
  await until(() => !!details.shadowRoot!.querySelector('[part="close-button"]')?.getClientRects().length, 'the details of Marktstätte');
  await until(() => !!search.shadowRoot!.querySelector('.clear')?.getClientRects().length, 'the search’s ✕');
  const chips = container.querySelector('kn-filter-chips')!;
  const switcher = container.querySelector('kn-layer-switcher')!;
  await until(() => chips.shadowRoot!.querySelectorAll('.chip').length > 1, 'the filter chips');
  await until(() => switcher.shadowRoot!.querySelectorAll('label').length > 1, 'the layer switcher’s choices');
  return { map, search, details, chips, switcher };
}

/** The height of every shown element matching `selector` in `root`, by its text. */
function heights(root: ShadowRoot, selector: string): { name: string; height: number }[] {
  return [...root.querySelectorAll<HTMLElement>(selector)]
    .filter((element) => element.getClientRects().length > 0)
    .map((element) => ({ name: element.textContent!.trim().replace(/\s+/g, ' '), height: element.getBoundingClientRect().height }));
}

describe('touch targets', () => {
  after(() => executeServerCommand('send-touch', { screen: 'mouse' }));

  it('with a mouse the map’s buttons are maplibre’s 29 px', async () => {
    expect(matchMedia('(pointer: coarse)').matches, 'a mouse first').to.equal(false);
    const { map } = await mountPanels();
    const sizes = buttonSizes(map.shadowRoot!);
    expect(sizes.length, 'the map’s buttons').to.be.above(3);
    for (const size of sizes) expect([size.name, size.width, size.height]).to.deep.equal([size.name, 29, 29]);
  });

  it('on a touch screen every button of the map, the search and the details is at least 44 px square', async () => {
    // Chromium's touch emulation on: the page's pointer is coarse (off again after this test).
    await executeServerCommand('send-touch', { screen: 'touch' });
    await until(() => matchMedia('(pointer: coarse)').matches, 'a touch screen (pointer: coarse)');
    const { map, search, details, chips, switcher } = await mountPanels();
    const mapSizes = buttonSizes(map.shadowRoot!);
    expect(mapSizes.length, 'the map’s buttons').to.be.above(3);
    const all = [...mapSizes, ...buttonSizes(search.shadowRoot!), ...buttonSizes(details.shadowRoot!)];
    const small = all.filter((size) => size.width < 44 - 0.5 || size.height < 44 - 0.5).map((size) => `${size.name}: ${size.width}×${size.height}`);
    expect(small, 'buttons under 44 px').to.deep.equal([]);
    const rows = [...heights(chips.shadowRoot!, '.chip'), ...heights(switcher.shadowRoot!, 'label')];
    expect(rows.length, 'chips and choices').to.be.above(3);
    expect(rows.filter((row) => row.height < 44 - 0.5).map((row) => `${row.name}: ${row.height}`), 'chips and choices under 44 px').to.deep.equal([]);
    const input = search.shadowRoot!.querySelector('input')!.getBoundingClientRect();
    expect(input.height, 'the search field').to.be.at.least(44);
  });
});
