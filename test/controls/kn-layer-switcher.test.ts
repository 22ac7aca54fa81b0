import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import { until } from './feature-controls-helpers.js';
import '../../src/define.js';
import '../../src/kn-layer-switcher.js';
import type { KnLayerSwitcher } from '../../src/controls/layer-switcher/layer-switcher.js';
import type { KnDataLayer } from '../../src/layers/data-layer.js';
import { expectAccessible } from '../helpers/a11y.js';
import { styleId } from '../helpers/harness.js';
import { idle } from '../helpers/map.js';
import { mapWithControls, part, parts, text } from './control-helpers.js';

/** Each checkbox with the text of its label and whether it is ticked. */
const boxes = (switcher: KnLayerSwitcher) =>
  parts<HTMLInputElement>(switcher, 'input[type="checkbox"]').map((box) => ({ box, label: text(box.closest('label')), checked: box.checked }));

const visibility = (layer: KnDataLayer, name: string) => {
  const map = layer.closest('kn-map')!.map!;
  return map.getLayoutProperty(styleId(layer, name), 'visibility') ?? 'visible';
};

describe('<kn-layer-switcher>', () => {
  it('offers a labelled checkbox per layer in a group "Ebenen" and hides a layer when its box is unticked', async () => {
    const { map } = await mapWithControls(html`
      <kn-map>
        <kn-layer-switcher slot="top-right"></kn-layer-switcher>
        <kn-wlan-layer></kn-wlan-layer>
        <kn-fibre-layer></kn-fibre-layer>
        <kn-projects-layer hidden></kn-projects-layer>
      </kn-map>
    `);
    const switcher = map.querySelector('kn-layer-switcher')!;
    const [wlan, , projects] = map.querySelectorAll<KnDataLayer>('kn-wlan-layer, kn-fibre-layer, kn-projects-layer');
    expect(text(part(switcher, 'fieldset > legend'))).to.equal('Ebenen');
    expect(boxes(switcher).map(({ label, checked }) => `${checked ? '☑' : '☐'} ${label}`)).to.deep.equal([
      '☑ Konstanz-WLAN',
      '☑ Glasfaserausbau (Beispieldaten)',
      '☐ Smart-Green-City-Projekte',
    ]);

    boxes(switcher)[0].box.click();
    await wlan.updateComplete;
    expect(wlan.hidden).to.equal(true);
    expect(wlan.hasAttribute('hidden')).to.equal(true);
    expect(visibility(wlan, 'active')).to.equal('none');

    boxes(switcher)[2].box.click();
    await projects.updateComplete;
    await idle(map.map!);
    expect(projects.hasAttribute('hidden')).to.equal(false);
    expect(visibility(projects, 'symbols')).to.equal('visible');
    await expect(switcher).to.be.accessible();
    await expectAccessible(map, { what: 'the map with the layer switcher in a corner' });
  });

  it('follows hidden when it changes elsewhere', async () => {
    const { root } = await mapWithControls(html`
      <div>
        <kn-layer-switcher for="switcher-map"></kn-layer-switcher>
        <kn-map id="switcher-map"><kn-wlan-layer></kn-wlan-layer><kn-innovation-area-layer></kn-innovation-area-layer></kn-map>
      </div>
    `);
    const switcher = root.querySelector('kn-layer-switcher')!;
    const area = root.querySelector('kn-innovation-area-layer')!;
    await switcher.updateComplete;
    expect(boxes(switcher).map((b) => b.checked)).to.deep.equal([true, true]);

    area.setAttribute('hidden', '');
    await area.updateComplete;
    await switcher.updateComplete;
    expect(boxes(switcher).map((b) => b.checked)).to.deep.equal([true, false]);

    area.hidden = false;
    await area.updateComplete;
    await switcher.updateComplete;
    expect(boxes(switcher).map((b) => b.checked)).to.deep.equal([true, true]);
  });

  it('lists layers added to the map later and forgets removed ones', async () => {
    const { map } = await mapWithControls(html`<kn-map><kn-layer-switcher slot="top-left"></kn-layer-switcher><kn-wlan-layer></kn-wlan-layer></kn-map>`);
    const switcher = map.querySelector('kn-layer-switcher')!;
    const fibre = document.createElement('kn-fibre-layer');
    map.append(fibre);
    const labels = () => boxes(switcher).map((b) => b.label);
    await until(() => labels().length === 2, 'the added layer in the switcher');
    expect(labels()).to.deep.equal(['Konstanz-WLAN', 'Glasfaserausbau (Beispieldaten)']);
    map.querySelector('kn-wlan-layer')!.remove();
    await until(() => labels().length === 1, 'the removed layer gone from the switcher');
    expect(labels()).to.deep.equal(['Glasfaserausbau (Beispieldaten)']);
  });

  it('works by keyboard alone: Tab reaches each box, Space toggles the layer', async () => {
    const { root } = await mapWithControls(html`
      <div>
        <button id="before">vorher</button>
        <kn-layer-switcher for="keyboard-map"></kn-layer-switcher>
        <kn-map id="keyboard-map"><kn-wlan-layer></kn-wlan-layer><kn-fibre-layer></kn-fibre-layer></kn-map>
      </div>
    `);
    const switcher = root.querySelector('kn-layer-switcher')!;
    const fibre = root.querySelector('kn-fibre-layer')!;
    await switcher.updateComplete;
    root.querySelector<HTMLButtonElement>('#before')!.focus();

    await sendKeys({ press: 'Tab' });
    expect(switcher.shadowRoot!.activeElement).to.equal(boxes(switcher)[0].box);
    await sendKeys({ press: 'Tab' });
    expect(switcher.shadowRoot!.activeElement).to.equal(boxes(switcher)[1].box);
    await sendKeys({ press: 'Space' });
    await fibre.updateComplete;
    expect(fibre.hidden).to.equal(true);
    await sendKeys({ press: 'Space' });
    await fibre.updateComplete;
    expect(fibre.hidden).to.equal(false);
    expect(boxes(switcher)[1].checked).to.equal(true);
  });

  it('speaks English on an English page and says when the map has no layers', async () => {
    const { root } = await mapWithControls(html`
      <div lang="en">
        <kn-layer-switcher for="english-map"></kn-layer-switcher>
        <kn-map id="english-map"></kn-map>
      </div>
    `);
    const switcher = root.querySelector('kn-layer-switcher')!;
    await switcher.updateComplete;
    expect(text(part(switcher, 'legend'))).to.equal('Layers');
    expect(text(part(switcher, 'fieldset p'))).to.equal('No data layers on the map.');
    await expect(switcher).to.be.accessible();

    const layer = document.createElement('kn-wlan-layer');
    root.querySelector('kn-map')!.append(layer);
    await new Promise((resolve) => root.querySelector('kn-map')!.addEventListener('kn-layers-change', resolve, { once: true }));
    await switcher.updateComplete;
    expect(boxes(switcher).map((b) => b.label)).to.deep.equal(['Konstanz-WLAN']);
    const box = boxes(switcher)[0].box.getBoundingClientRect();
    const row = boxes(switcher)[0].box.closest('label')!.getBoundingClientRect();
    expect(Math.min(box.width, box.height)).to.be.at.least(20);
    expect(row.height).to.be.at.least(24);
    await expect(switcher).to.be.accessible();
    await expectAccessible(root, { what: 'the English page with the switcher beside the map' });
  });
});
