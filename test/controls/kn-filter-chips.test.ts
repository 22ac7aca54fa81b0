import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../src/define.js';
import '../../src/kn-filter-chips.js';
import { toggleInList } from '../../src/controls/filter-chips/filter-list.js';
import type { KnFilterChips } from '../../src/controls/filter-chips/filter-chips.js';
import type { KnProjectsLayer } from '../../src/layers/projects/kn-projects-layer.js';
import { mapWithControls, part, parts, text } from './control-helpers.js';
import { expectAccessible } from '../helpers/a11y.js';
import { until } from '../helpers/harness.js';

const chips = (control: KnFilterChips) =>
  parts<HTMLInputElement>(control, 'input[type="checkbox"]').map((box) => ({ box, label: text(box.closest('label')), checked: box.checked }));
const chip = (control: KnFilterChips, label: string) => chips(control).find((c) => c.label === label)!.box;
const status = (control: KnFilterChips) => part(control, '[role="status"]');

/** Ticks or unticks a chip by clicking it, and waits until the layer and the count follow. */
async function click(control: KnFilterChips, label: string, layer: KnProjectsLayer): Promise<void> {
  chip(control, label).click();
  await layer.updateComplete;
  await control.updateComplete;
  await new Promise((resolve) => setTimeout(resolve));
  await control.updateComplete;
}

describe('<kn-filter-chips>', () => {
  it('filters the projects by field of action and status, and announces how many are shown', async () => {
    const { map } = await mapWithControls(html`
      <kn-map><kn-filter-chips slot="bottom-left"></kn-filter-chips><kn-projects-layer></kn-projects-layer></kn-map>
    `);
    const control = map.querySelector('kn-filter-chips')!;
    const layer = map.querySelector<KnProjectsLayer>('kn-projects-layer')!;
    await control.updateComplete;
    expect(parts(control, 'fieldset > legend').map(text)).to.deep.equal(['Handlungsfeld', 'Stand']);
    expect(chips(control).map((c) => c.label)).to.deep.equal([
      'Smart Leben',
      'Smarte Mobilität',
      'Smarte Stadt',
      'Smarte Verwaltung',
      'Smarte Wirtschaft',
      'geplant',
      'in Umsetzung',
      'abgeschlossen',
    ]);
    expect(chips(control).some((c) => c.checked)).to.equal(false);
    expect(status(control).getAttribute('role')).to.equal('status');
    expect(text(status(control))).to.equal('20 Projekte angezeigt');

    await click(control, 'Smarte Stadt', layer);
    expect(layer.getAttribute('categories')).to.equal('Smarte Stadt');
    expect(layer.features).to.have.length(14);
    expect(text(status(control))).to.equal('14 Projekte angezeigt');

    await click(control, 'Smarte Verwaltung', layer);
    expect(layer.getAttribute('categories')).to.equal('Smarte Stadt, Smarte Verwaltung');
    expect(layer.features).to.have.length(16);

    await click(control, 'geplant', layer);
    expect(layer.getAttribute('status')).to.equal('geplant');
    expect(layer.features.map((f) => f.properties!.handlungsfeld)).to.deep.equal(['Smarte Verwaltung']);
    expect(text(status(control))).to.equal('1 Projekt angezeigt');
    await expect(control).to.be.accessible();
    await expectAccessible(map, { what: 'the map with chips ticked' });

    await click(control, 'Smarte Stadt', layer);
    await click(control, 'Smarte Verwaltung', layer);
    await click(control, 'geplant', layer);
    expect(layer.hasAttribute('categories')).to.equal(false);
    expect(layer.hasAttribute('status')).to.equal(false);
    expect(layer.features).to.have.length(20);
    expect(text(status(control))).to.equal('20 Projekte angezeigt');
  });

  it('shows the filters already set on the layer, and clears them all with one button', async () => {
    const { root } = await mapWithControls(html`
      <div>
        <kn-filter-chips for="chips-map"></kn-filter-chips>
        <kn-map id="chips-map"><kn-projects-layer categories="smarte wirtschaft" status="in Umsetzung"></kn-projects-layer></kn-map>
      </div>
    `);
    const control = root.querySelector('kn-filter-chips')!;
    const layer = root.querySelector<KnProjectsLayer>('kn-projects-layer')!;
    await control.updateComplete;
    expect(chips(control).filter((c) => c.checked).map((c) => c.label)).to.deep.equal(['Smarte Wirtschaft', 'in Umsetzung']);
    expect(text(status(control))).to.equal('2 Projekte angezeigt');

    part<HTMLButtonElement>(control, 'button.reset').click();
    await layer.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
    await control.updateComplete;
    expect(layer.hasAttribute('categories')).to.equal(false);
    expect(layer.hasAttribute('status')).to.equal(false);
    expect(text(status(control))).to.equal('20 Projekte angezeigt');
    expect(control.shadowRoot!.querySelector('button.reset')).to.equal(null);
    // The button went away: focus moved to the first chip, not to the page's start.
    expect(control.shadowRoot!.activeElement).to.equal(chips(control)[0].box);
    await expect(control).to.be.accessible();
  });

  it('says the layer is hidden instead of counting projects the map does not show, in German and English', async () => {
    const { map } = await mapWithControls(html`
      <kn-map><kn-filter-chips slot="top-left"></kn-filter-chips><kn-projects-layer hidden></kn-projects-layer></kn-map>
    `);
    const control = map.querySelector('kn-filter-chips')!;
    const layer = map.querySelector<KnProjectsLayer>('kn-projects-layer')!;
    await control.updateComplete;
    expect(text(status(control))).to.equal('Ebene ausgeblendet');
    await click(control, 'Smarte Stadt', layer);
    expect(text(status(control))).to.equal('Ebene ausgeblendet');
    map.lang = 'en';
    await until(() => text(status(control)) === 'Layer hidden', () => `"Layer hidden" (it says "${text(status(control))}")`);
    layer.hidden = false;
    await until(() => text(status(control)) === '14 projects shown', () => `the count (it says "${text(status(control))}")`);
  });

  it('works by keyboard alone: Tab to a chip, Space ticks it', async () => {
    const { root } = await mapWithControls(html`
      <div>
        <button id="before">vorher</button>
        <kn-filter-chips for="keyboard-chips-map"></kn-filter-chips>
        <kn-map id="keyboard-chips-map"><kn-projects-layer></kn-projects-layer></kn-map>
      </div>
    `);
    const control = root.querySelector('kn-filter-chips')!;
    const layer = root.querySelector<KnProjectsLayer>('kn-projects-layer')!;
    await control.updateComplete;
    root.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(control.shadowRoot!.activeElement).to.equal(chip(control, 'Smarte Mobilität'));
    await sendKeys({ press: 'Space' });
    await layer.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
    await control.updateComplete;
    expect(layer.getAttribute('categories')).to.equal('Smarte Mobilität');
    expect(layer.features).to.have.length(1);
    expect(text(status(control))).to.equal('1 Projekt angezeigt');
    const box = chip(control, 'Smarte Mobilität').closest('label')!.getBoundingClientRect();
    expect(box.height).to.be.at.least(24);
  });

  it('speaks English on an English map, keeping the German values the data filters on', async () => {
    const { map } = await mapWithControls(html`
      <kn-map lang="en"><kn-filter-chips slot="top-left"></kn-filter-chips><kn-projects-layer></kn-projects-layer></kn-map>
    `);
    const control = map.querySelector('kn-filter-chips')!;
    const layer = map.querySelector<KnProjectsLayer>('kn-projects-layer')!;
    await control.updateComplete;
    expect(parts(control, 'fieldset > legend').map(text)).to.deep.equal(['Field of action', 'Status']);
    expect(chips(control).map((c) => c.label)).to.deep.equal([
      'Smart living',
      'Smart mobility',
      'Smart city',
      'Smart administration',
      'Smart economy',
      'planned',
      'in progress',
      'completed',
    ]);
    await click(control, 'Smart city', layer);
    expect(layer.getAttribute('categories')).to.equal('Smarte Stadt');
    expect(text(status(control))).to.equal('14 projects shown');
    expect(text(part(control, '.hint'))).to.equal('With nothing selected, all are shown.');
    await expect(control).to.be.accessible();
  });

  it('stays readable on a dark map (theme="dark"), ticked chips included', async () => {
    const { map } = await mapWithControls(html`
      <kn-map theme="dark"><kn-filter-chips slot="top-left"></kn-filter-chips><kn-projects-layer categories="Smarte Stadt"></kn-projects-layer></kn-map>
    `);
    const control = map.querySelector('kn-filter-chips')!;
    await control.updateComplete;
    expect(getComputedStyle(part(control, '.panel')).backgroundColor).to.equal('rgb(43, 47, 54)');
    expect(getComputedStyle(chip(control, 'Smarte Stadt').closest('label')!).color).to.equal('rgb(240, 240, 240)');
    await expect(control).to.be.accessible();
    await expectAccessible(map, { what: 'the dark map with the chips' });
  });

  it('hyphenates a word too long for its chip in the map\'s language (large text on a phone) instead of breaking it anywhere', async () => {
    const { map } = await mapWithControls(html`<kn-map><kn-filter-chips slot="top-left"></kn-filter-chips><kn-projects-layer></kn-projects-layer></kn-map>`);
    const control = map.querySelector('kn-filter-chips')!;
    await control.updateComplete;
    const label = chip(control, 'Smarte Verwaltung').closest('label')!;
    expect(getComputedStyle(label).hyphens).to.equal('auto');
    expect(label.closest('[lang]')?.getAttribute('lang'), 'the language the words are hyphenated in').to.equal('de');
  });

  it('is disabled with an explanation when the map has no projects layer', async () => {
    const { map } = await mapWithControls(html`<kn-map><kn-filter-chips slot="top-left"></kn-filter-chips><kn-wlan-layer></kn-wlan-layer></kn-map>`);
    const control = map.querySelector('kn-filter-chips')!;
    await control.updateComplete;
    expect(parts<HTMLFieldSetElement>(control, 'fieldset').every((fieldset) => fieldset.disabled)).to.equal(true);
    expect(text(part(control, '.hint'))).to.equal('Keine filterbare Ebene auf der Karte.');
    await expect(control).to.be.accessible();
    await expectAccessible(map, { what: 'the map with disabled chips' });
  });

  it('writes filters comma-joined in the order of the chips, keeping values it has no chip for', () => {
    expect(toggleInList('', 'Smarte Stadt', true)).to.equal('Smarte Stadt');
    expect(toggleInList('Smarte Stadt', 'Smart Leben', true, ['Smart Leben', 'Smarte Stadt'])).to.equal('Smart Leben, Smarte Stadt');
    expect(toggleInList('smarte stadt, Eigenes Feld', 'Smarte Stadt', false, ['Smarte Stadt'])).to.equal('Eigenes Feld');
    expect(toggleInList('Smarte Stadt', 'Smarte Stadt', false)).to.equal('');
  });
});
