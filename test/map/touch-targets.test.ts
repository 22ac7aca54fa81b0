// On a touch screen every button of the map and its panels is at least 44 px (WCAG 2.5.5), with a mouse maplibre's 29.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../src/define.js';
import '../../src/kn-feature-details.js';
import '../../src/kn-filter-chips.js';
import '../../src/kn-feature-list.js';
import '../../src/kn-layer-switcher.js';
import '../../src/kn-legend.js';
import '../../src/kn-year-slider.js';
import '../../src/kn-search.js';
import { until } from '../helpers/harness.js';
import { featureNamed, mount } from '../controls/feature-controls-helpers.js';

/** The size of every shown button (and a `<details>`' summary, as the credits' ⓘ) in `root`, by its name. */
function buttonSizes(root: ShadowRoot): { name: string; width: number; height: number; group: boolean }[] {
  return [...root.querySelectorAll<HTMLElement>('button, summary')]
    .filter((button) => button.getClientRects().length > 0)
    .map((button) => {
      const box = button.getBoundingClientRect();
      const name = button.getAttribute('aria-label') || button.title || button.textContent!.trim();
      return { name, width: box.width, height: box.height, group: !!button.closest('.maplibregl-ctrl-group') };
    });
}

async function mountPanels() {
  const { container, map, layers } = await mount(html`
    <div>
      <kn-map id="touch-map" style="width:390px;height:600px" center="9.1765,47.6600" zoom="15">
        <kn-fibre-layer></kn-fibre-layer>
        <kn-wlan-layer></kn-wlan-layer>
        <kn-projects-layer></kn-projects-layer>
        <kn-search slot="top-left"></kn-search>
        <kn-feature-details slot="bottom-left"></kn-feature-details>
      </kn-map>
      <kn-filter-chips for="touch-map"></kn-filter-chips>
      <kn-layer-switcher for="touch-map"></kn-layer-switcher>
      <kn-legend for="touch-map" collapsed></kn-legend>
      <kn-year-slider for="touch-map"></kn-year-slider>
      <kn-feature-list for="touch-map" scope="all"></kn-feature-list>
    </div>
  `);
  const search = container.querySelector('kn-search')!;
  const input = search.shadowRoot!.querySelector('input')!;
  input.value = 'Markt';
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  layers[1].select(featureNamed(layers[1], 'Marktstätte'));
  const details = container.querySelector('kn-feature-details')!;
  await until(() => !!details.shadowRoot!.querySelector('[part="close-button"]')?.getClientRects().length, 'the details of Marktstätte');
  await until(() => !!search.shadowRoot!.querySelector('.clear')?.getClientRects().length, 'the search’s ✕');
  const chips = container.querySelector('kn-filter-chips')!;
  const switcher = container.querySelector('kn-layer-switcher')!;
  await until(() => chips.shadowRoot!.querySelectorAll('.chip').length > 1, 'the filter chips');
  await until(() => switcher.shadowRoot!.querySelectorAll('label').length > 1, 'the layer switcher’s choices');
  const legend = container.querySelector('kn-legend')!;
  const slider = container.querySelector('kn-year-slider')!;
  const list = container.querySelector('kn-feature-list')!;
  await until(() => !!legend.shadowRoot?.querySelector('.toggle'), 'the legend’s heading button');
  await until(() => !!slider.shadowRoot?.querySelector('input'), 'the year slider');
  await until(() => (list.shadowRoot?.querySelectorAll('tbody .name').length ?? 0) > 3, 'the list’s entries');
  return { map, search, details, chips, switcher, legend, slider, list };
}

/** The height of every shown element matching `selector` in `root`, by its text. */
function heights(root: ShadowRoot, selector: string): { name: string; height: number }[] {
  return [...root.querySelectorAll<HTMLElement>(selector)]
    .filter((element) => element.getClientRects().length > 0)
    .map((element) => ({ name: element.textContent!.trim().replace(/\s+/g, ' '), height: element.getBoundingClientRect().height }));
}

describe('a finger on the details’ ✕', () => {
  afterEach(() => executeServerCommand('send-touch', { screen: 'mouse' }));

  it('does not send the focus back into the search field (a phone’s keyboard would come up): it goes to the map', async () => {
    const { map, layers, container } = await mount(html`
      <div>
        <kn-map id="finger-map" style="width:390px;height:600px" center="9.1765,47.6600" zoom="15">
          <kn-wlan-layer></kn-wlan-layer>
          <kn-search slot="top-left"></kn-search>
        </kn-map>
        <kn-feature-details for="finger-map"></kn-feature-details>
      </div>
    `);
    const search = container.querySelector('kn-search')!;
    const details = container.querySelector('kn-feature-details')!;
    await executeServerCommand('send-touch', { screen: 'touch' });
    await until(() => matchMedia('(pointer: coarse)').matches, 'a touch screen (pointer: coarse)');
    // Chosen while the focus is in the search field (as a result tapped in its list leaves it).
    const input = search.shadowRoot!.querySelector('input')!;
    input.focus();
    layers[0].select(featureNamed(layers[0], 'Marktstätte'));
    const close = () => details.shadowRoot!.querySelector<HTMLButtonElement>('[part="close-button"]');
    await until(() => !!close()?.getClientRects().length, 'the details of Marktstätte');
    const box = close()!.getBoundingClientRect();
    await executeServerCommand('send-touch', { position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
    await until(() => !close(), 'the details closed by the tap');
    const active = search.shadowRoot!.activeElement;
    expect(active === input, 'not in the search field').to.equal(false);
    expect(map.shadowRoot!.activeElement === map.map!.getCanvas(), 'on the map').to.equal(true);
  });
});

describe('touch targets', () => {
  after(() => executeServerCommand('send-touch', { screen: 'mouse' }));

  it('with a mouse the map’s buttons are maplibre’s 29 px', async () => {
    expect(matchMedia('(pointer: coarse)').matches, 'a mouse first').to.equal(false);
    const { map } = await mountPanels();
    // (maplibre's groups: a notice's ✕ may come and go, and is sized on its own)
    const sizes = buttonSizes(map.shadowRoot!).filter((size) => size.group);
    expect(sizes.length, 'the map’s buttons').to.be.above(3);
    for (const size of sizes) expect([size.name, size.width, size.height]).to.deep.equal([size.name, 29, 29]);
  });

  it('on a touch screen every button of the map, the search and the details is at least 44 px square', async () => {
    // Chromium's touch emulation on: the page's pointer is coarse (off again after this test).
    await executeServerCommand('send-touch', { screen: 'touch' });
    await until(() => matchMedia('(pointer: coarse)').matches, 'a touch screen (pointer: coarse)');
    const { map, search, details, chips, switcher, legend, slider, list } = await mountPanels();
    const mapSizes = buttonSizes(map.shadowRoot!);
    expect(mapSizes.length, 'the map’s buttons').to.be.above(3);
    expect(!!map.shadowRoot!.querySelector('.maplibregl-compact .maplibregl-ctrl-attrib-button')?.getClientRects().length, 'the credits’ ⓘ counted').to.equal(true);
    const all = [...mapSizes, ...buttonSizes(search.shadowRoot!), ...buttonSizes(details.shadowRoot!)];
    const small = all.filter((size) => size.width < 44 - 0.5 || size.height < 44 - 0.5).map((size) => `${size.name}: ${size.width}×${size.height}`);
    expect(small, 'buttons under 44 px').to.deep.equal([]);
    const rows = [
      ...heights(chips.shadowRoot!, '.chip'),
      ...heights(switcher.shadowRoot!, 'label'),
      ...heights(legend.shadowRoot!, '.toggle'),
      ...heights(slider.shadowRoot!, 'input'),
      ...heights(list.shadowRoot!, 'tbody .name, .sort, .scope'),
      ...heights(search.shadowRoot!, '[role="option"]'),
    ];
    expect(rows.length, 'chips and choices').to.be.above(3);
    expect(rows.filter((row) => row.height < 44 - 0.5).map((row) => `${row.name}: ${row.height}`), 'chips and choices under 44 px').to.deep.equal([]);
    const input = search.shadowRoot!.querySelector('input')!.getBoundingClientRect();
    expect(input.height, 'the search field').to.be.at.least(44);
  });
});
