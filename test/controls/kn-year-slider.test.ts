import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../src/define.js';
import '../../src/kn-year-slider.js';
import type { KnYearSlider } from '../../src/controls/year-slider/year-slider.js';
import type { KnFibreLayer } from '../../src/layers/fibre/kn-fibre-layer.js';
import { expectAccessible } from '../helpers/a11y.js';
import { sourceId, until } from '../helpers/harness.js';
import { idle } from '../helpers/map.js';
import { mapWithControls, part, text } from './control-helpers.js';
import { yearSummary } from '../../src/controls/year-slider/year-summary.js';

const CURRENT_YEAR = new Date().getFullYear();
const statusOf = (layer: KnFibreLayer, name: string) => layer.statusOf(layer.features.find((f) => f.properties!.name === name)!);
const range = (slider: KnYearSlider) => part<HTMLInputElement>(slider, 'input[type="range"]');

describe('yearSummary', () => {
  it('counts each category in the legend\'s order (labels may say more), others after, none empty', () => {
    const legend = ['verfügbar (kreuzschraffiert)', 'im Bau (schraffiert)', 'geplant (gepunktet)', 'nicht geplant (leer)'];
    const categories = ['nicht geplant', 'geplant', 'im Bau', 'nicht geplant', 'verfügbar', '', 'unbekannt', 'geplant'];
    expect(yearSummary(2016, categories, legend, 'de')).to.equal('2016: 1 verfügbar, 1 im Bau, 2 geplant, 2 nicht geplant, 1 unbekannt.');
    expect(yearSummary(2016, Array(1200).fill('planned'), ['planned'], 'en')).to.equal('2016: 1,200 planned.');
    expect(yearSummary(2011, [], legend, 'de')).to.equal('2011.');
  });
});

describe('<kn-year-slider>', () => {
  it('is a labelled range from 2011 to this year that sets the year of the fibre layer, by keyboard', async () => {
    const { map } = await mapWithControls(html`
      <kn-map><kn-year-slider slot="bottom-left"></kn-year-slider><kn-fibre-layer year="2020"></kn-fibre-layer></kn-map>
    `);
    const slider = map.querySelector('kn-year-slider')!;
    const layer = map.querySelector<KnFibreLayer>('kn-fibre-layer')!;
    await slider.updateComplete;
    const input = range(slider);
    expect(text(part(slider, `label[for="${input.id}"]`))).to.equal('Glasfaser-Ausbaustand im Jahr');
    expect([input.min, input.max, input.step, input.value]).to.deep.equal(['2011', String(CURRENT_YEAR), '1', '2020']);
    expect(text(part(slider, '[part="value"]'))).to.equal('2020');

    input.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await layer.updateComplete;
    expect(layer.year).to.equal(2019);
    await sendKeys({ press: 'Home' });
    await layer.updateComplete;
    await slider.updateComplete;
    expect(layer.year).to.equal(2011);
    expect(text(part(slider, '[part="value"]'))).to.equal('2011');
    expect(statusOf(layer, 'Industriegebiet')).to.equal('im Bau');
    expect(statusOf(layer, 'Wollmatingen')).to.equal('nicht geplant');
    // The map shows it too (its source is updated by a worker, so wait for it).
    const shownStatus = () =>
      map
        .map!.querySourceFeatures(sourceId(layer))
        .find((f) => f.properties.name === 'Industriegebiet')?.properties.ausbau_status;
    await until(async () => {
      await idle(map.map!);
      return shownStatus() === 'im Bau';
    }, 'the map to show the new year');

    await sendKeys({ press: 'End' });
    await layer.updateComplete;
    expect(layer.year).to.equal(CURRENT_YEAR);
    expect(statusOf(layer, 'Industriegebiet')).to.equal('verfügbar');
    await sendKeys({ press: 'ArrowRight' });
    expect(layer.year).to.equal(CURRENT_YEAR);
    await expect(slider).to.be.accessible();
    await expectAccessible(map, { what: 'the map with the year slider in a corner' });
  });

  it('says politely what a year chosen shows: how many districts have each status then', async () => {
    const { map } = await mapWithControls(html`
      <kn-map lang="de"><kn-year-slider slot="bottom-left"></kn-year-slider><kn-fibre-layer year="2020"></kn-fibre-layer></kn-map>
    `);
    const slider = map.querySelector('kn-year-slider')!;
    const layer = map.querySelector<KnFibreLayer>('kn-fibre-layer')!;
    await slider.updateComplete;
    const status = part(slider, '[part="status"]');
    expect(status.getAttribute('role')).to.equal('status');
    expect(text(status), 'nothing said before the visitor moves it').to.equal('');
    range(slider).focus();
    for (const key of ['Home', 'ArrowRight', 'End']) {
      await sendKeys({ press: key });
      await until(() => text(status).startsWith(`${layer.year}:`), `the status for ${layer.year}`);
      // Worked out here from each district's status in that year.
      const counts = new Map<string, number>();
      for (const feature of layer.features) counts.set(layer.statusOf(feature), (counts.get(layer.statusOf(feature)) ?? 0) + 1);
      for (const [state, count] of counts) expect(text(status), `${layer.year}: ${state}`).to.contain(`${count} ${state}`);
      expect(text(status).match(/\d+ [a-zäöü ]+/gi)!.length, text(status)).to.equal(counts.size);
    }
    expect(text(status)).to.match(new RegExp(`^${CURRENT_YEAR}: `));
    // Visually hidden: it adds nothing to the panel a sighted visitor sees.
    expect(status.getBoundingClientRect().width).to.be.at.most(1);

    // A drag passes years without saying each; the year it is let go at is said.
    const input = range(slider);
    const before = text(status);
    for (const year of [2013, 2014, 2015, 2016]) {
      input.value = String(year);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
    await layer.updateComplete;
    await slider.updateComplete;
    expect(text(status), 'nothing said while dragging').to.equal(before);
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => text(status).startsWith('2016:'), 'the year let go at');

    // A hidden layer: said so, not its districts.
    layer.hidden = true;
    await layer.updateComplete;
    input.focus();
    await sendKeys({ press: 'ArrowRight' });
    await until(() => text(status) === '2017: Ebene ausgeblendet', 'the hidden layer said');
    // Another language: the German words are not left in the English panel.
    map.setAttribute('lang', 'en');
    await until(() => text(status) === '', 'the status emptied');
  });

  it('works beside the map with for=, on the fibre layer named by layer=', async () => {
    const { root } = await mapWithControls(html`
      <div>
        <kn-year-slider for="slider-map" layer="second"></kn-year-slider>
        <kn-map id="slider-map">
          <kn-fibre-layer id="first" year="2015"></kn-fibre-layer>
          <kn-fibre-layer id="second" year="2012" label="Glasfaser 2"></kn-fibre-layer>
        </kn-map>
      </div>
    `);
    const slider = root.querySelector('kn-year-slider')!;
    const [first, second] = root.querySelectorAll<KnFibreLayer>('kn-fibre-layer');
    await slider.updateComplete;
    expect(slider.target).to.equal(second);
    expect(range(slider).value).to.equal('2012');
    range(slider).focus();
    await sendKeys({ press: 'PageUp' });
    await second.updateComplete;
    expect(second.year).to.be.above(2012);
    expect(first.year).to.equal(2015);
    await expect(slider).to.be.accessible();
    await expectAccessible(root, { what: 'the page with the year slider beside the map' });
  });

  it('shows a year set on the layer elsewhere, through the map\'s layer registry', async () => {
    const { map } = await mapWithControls(html`
      <kn-map><kn-year-slider slot="bottom-left"></kn-year-slider><kn-fibre-layer></kn-fibre-layer></kn-map>
    `);
    const slider = map.querySelector('kn-year-slider')!;
    const layer = map.querySelector<KnFibreLayer>('kn-fibre-layer')!;
    layer.year = 2016; // the year is an input of the layer's description: the registry tells the slider
    await layer.updateComplete;
    await until(() => range(slider).value === '2016', 'the slider to take the new value');
    expect(text(part(slider, '[part="value"]'))).to.equal('2016');
  });

  it('speaks English, and is disabled with an explanation when there is no fibre layer', async () => {
    const { root } = await mapWithControls(html`
      <div lang="en">
        <kn-year-slider for="no-fibre-map"></kn-year-slider>
        <kn-map id="no-fibre-map"><kn-wlan-layer></kn-wlan-layer></kn-map>
      </div>
    `);
    const slider = root.querySelector('kn-year-slider')!;
    await slider.updateComplete;
    expect(text(part(slider, 'label'))).to.equal('Year');
    expect(range(slider).disabled).to.equal(true);
    expect(text(part(slider, 'p'))).to.equal('No layer on the map that is shown as of a year.');
    await expect(slider).to.be.accessible();
    await expectAccessible(root, { what: 'the English page with a disabled year slider' });
  });
});
