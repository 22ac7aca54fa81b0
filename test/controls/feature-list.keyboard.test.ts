// <kn-feature-list> by keyboard: the rows are one tab stop (a roving tabindex), moved with the arrow keys,
// Home/End and PageUp/PageDown, kept on the same feature (or the nearest row) when the rows change.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../src/define.js';
import '../../src/kn-feature-list.js';
import type { KnFeatureList } from '../../src/controls/feature-list/feature-list.js';
import { PAGE_ROWS, rovingIndex, targetIndex } from '../../src/controls/feature-list/roving.js';
import type { Rgb } from '../../src/symbols/contrast.js';
import { contrast } from '../../src/symbols/contrast.js';
import type { KnDataLayer } from '../../src/layers/data-layer.js';
import { expectAccessible } from '../helpers/a11y.js';
import { nextEvent } from '../helpers/map.js';
import { deepActiveElement, featureNamed, mount, until } from './feature-controls-helpers.js';

const ALTSTADT = '9.1765,47.6600';

const buttons = (el: KnFeatureList) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('tbody .name')];
const nameOf = (button: Element) => button.textContent!.replace('▶', '').trim();
/** The names of the buttons in the tab order (tabindex 0). */
const tabStops = (el: KnFeatureList) => buttons(el).filter((b) => b.tabIndex === 0).map(nameOf);
const focusedName = (el: KnFeatureList) => {
  const active = el.shadowRoot!.activeElement;
  return active?.matches('tbody .name') ? nameOf(active) : undefined;
};
const button = (el: KnFeatureList, name: string) => buttons(el).find((b) => nameOf(b) === name)!;
/** The text a button's aria-describedby points to, as a screen reader reads it. */
const description = (b: Element) =>
  b
    .getAttribute('aria-describedby')!
    .split(' ')
    .map((id) => (b.getRootNode() as ShadowRoot).getElementById(id)!.textContent!.trim())
    .join(' ');

async function press(key: string) {
  if (key.startsWith('Shift+')) {
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: key.slice('Shift+'.length) });
    await sendKeys({ up: 'Shift' });
  } else await sendKeys({ press: key });
}

/** A list of 40 generated points ("Punkt 0" … "Punkt 39", categories A–D in turn) beside its map, with buttons around. */
async function mountPoints(src = '/__test/points.geojson?n=40', lang = 'de') {
  const mounted = await mount(html`
    <div>
      <kn-map id="points-map-${lang}" lang=${lang} style="width:500px;height:300px">
        <kn-geojson-layer src=${src} category-field="kategorie"></kn-geojson-layer>
      </kn-map>
      <button id="before">before</button>
      <kn-feature-list for="points-map-${lang}" scope="all" style="--kn-feature-list-max-height: 150px"></kn-feature-list>
      <button id="after">after</button>
    </div>
  `);
  const el = mounted.container.querySelector('kn-feature-list')!;
  await el.updateComplete;
  return { ...mounted, el, layer: mounted.layers[0] };
}

/** Tab from `start` until a row of the list has the focus (at most 10 presses). */
async function tabIntoRows(start: HTMLElement, el: KnFeatureList, key = 'Tab') {
  start.focus();
  for (let i = 0; i < 10 && !focusedName(el); i++) await press(key);
  expect(focusedName(el), 'Tab reached a row').to.be.a('string');
}

describe('<kn-feature-list> by keyboard', () => {
  it('is one tab stop: Tab enters on the first row, Tab again leaves the table, Shift+Tab comes back to that row', async () => {
    const { container, el } = await mountPoints();
    expect(buttons(el)).to.have.length(40);
    expect(tabStops(el)).to.deep.equal(['Punkt 0']);
    const [before, after] = [container.querySelector<HTMLElement>('#before')!, container.querySelector<HTMLElement>('#after')!];
    // before → the checkbox → three sort buttons → the first row.
    await tabIntoRows(before, el);
    expect(focusedName(el)).to.equal('Punkt 0');
    await press('Tab');
    expect(deepActiveElement()).to.equal(after);
    await press('Shift+Tab');
    expect(focusedName(el)).to.equal('Punkt 0');
    await press('Shift+Tab');
    expect(deepActiveElement()?.matches('thead button')).to.equal(true);
  });

  it('moves with the arrow keys, Home, End, PageDown and PageUp, keeps one tab stop and shows the focused row', async () => {
    const { container, el } = await mountPoints();
    const scroller = el.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
    const visible = (name: string) => {
      const [box, rect] = [scroller.getBoundingClientRect(), button(el, name).closest('tr')!.getBoundingClientRect()];
      const header = el.shadowRoot!.querySelector('thead')!.getBoundingClientRect().height;
      return rect.top >= box.top + header - 1 && rect.bottom <= box.bottom + 1;
    };
    await tabIntoRows(container.querySelector<HTMLElement>('#before')!, el);
    const steps: [string, string][] = [
      ['ArrowDown', 'Punkt 1'],
      ['ArrowDown', 'Punkt 2'],
      ['ArrowUp', 'Punkt 1'],
      ['End', 'Punkt 39'],
      ['ArrowDown', 'Punkt 39'], // the end stays the end
      ['Home', 'Punkt 0'],
      ['ArrowUp', 'Punkt 0'],
      ['PageDown', `Punkt ${PAGE_ROWS}`],
      ['PageDown', `Punkt ${2 * PAGE_ROWS}`],
      ['PageUp', `Punkt ${PAGE_ROWS}`],
      ['PageDown', `Punkt ${2 * PAGE_ROWS}`],
      ['PageDown', `Punkt ${3 * PAGE_ROWS}`],
      ['PageDown', 'Punkt 39'],
      ['ArrowUp', 'Punkt 38'],
    ];
    for (const [key, name] of steps) {
      await press(key);
      expect(focusedName(el), `after ${key}`).to.equal(name);
      await el.updateComplete;
      expect(tabStops(el), `the tab stop after ${key}`).to.deep.equal([name]);
      expect(visible(name), `${name} scrolled into view below the header`).to.equal(true);
    }
    expect(scroller.scrollTop).to.be.greaterThan(0);
    expect(window.scrollY, 'the keys do not scroll the page').to.equal(0);
    // Out and back in: on the row last focused.
    await press('Tab');
    expect(deepActiveElement()).to.equal(container.querySelector('#after'));
    await press('Shift+Tab');
    expect(focusedName(el)).to.equal('Punkt 38');
  });

  it('selects the feature on the map with Enter or Space on the row reached by the arrow keys', async () => {
    const { container, map, el, layer } = await mountPoints();
    await tabIntoRows(container.querySelector<HTMLElement>('#before')!, el);
    await press('ArrowDown');
    await press('ArrowDown');
    let selected = nextEvent<CustomEvent>(map, 'kn-select');
    await press('Enter');
    expect((await selected).detail.feature).to.equal(featureNamed(layer, 'Punkt 2'));
    expect(map.registry.selection?.feature).to.equal(featureNamed(layer, 'Punkt 2'));
    await until(() => button(el, 'Punkt 2').closest('tr')!.getAttribute('aria-current') === 'true', 'the row marked as selected');
    expect(focusedName(el)).to.equal('Punkt 2');
    await press('ArrowDown');
    selected = nextEvent<CustomEvent>(map, 'kn-select');
    await press('Space');
    expect((await selected).detail.feature).to.equal(featureNamed(layer, 'Punkt 3'));
  });

  it('keeps the tab stop on the first row while rows arrive in steps, and on the feature of a row once one was focused', async () => {
    const { map, el } = await mountPoints('/__test/points.geojson?n=10');
    expect(tabStops(el)).to.deep.equal(['Punkt 0']);
    /** A layer with points named so that they sort above "Punkt …", its data set by script (as a second layer loading later). */
    const addLayer = async (names: string[]) => {
      const layer = document.createElement('kn-geojson-layer') as KnDataLayer & { data: unknown };
      map.append(layer);
      const loaded = nextEvent(layer, 'kn-data-load');
      layer.data = {
        type: 'FeatureCollection',
        features: names.map((name, i) => ({ type: 'Feature', properties: { name }, geometry: { type: 'Point', coordinates: [9.17 + i / 1000, 47.66] } })),
      };
      await loaded;
      await until(() => names.every((name) => button(el, name)), `the rows of ${names.join(', ')}`);
      await el.updateComplete;
    };

    // Nobody chose a row yet: the tab stop goes to the first row as sorted now, not stays on "Punkt 0".
    await addLayer(['Birke', 'Eiche']);
    expect(buttons(el).map(nameOf).slice(0, 3)).to.deep.equal(['Birke', 'Eiche', 'Punkt 0']);
    expect(tabStops(el)).to.deep.equal(['Birke']);

    // The visitor focuses row 3 and leaves the list: rows sorted above it do not move the tab stop off that feature.
    buttons(el)[2].focus();
    await el.updateComplete;
    expect(tabStops(el)).to.deep.equal(['Punkt 0']);
    buttons(el)[2].blur();
    await addLayer(['Ahorn']);
    expect(buttons(el).map(nameOf).slice(0, 4)).to.deep.equal(['Ahorn', 'Birke', 'Eiche', 'Punkt 0']);
    expect(tabStops(el)).to.deep.equal(['Punkt 0']);
  });

  it('keeps the tab stop on the same feature when a filter keeps it, else moves it and the focus to the nearest row', async () => {
    const { el, layer } = await mountPoints();
    const generic = layer as KnDataLayer & { categories?: string };
    buttons(el)[0].focus();
    for (let i = 0; i < 5; i++) await press('ArrowDown');
    expect(focusedName(el)).to.equal('Punkt 5'); // category B

    generic.categories = 'B, C';
    await until(() => buttons(el).length === 20, 'the filter applied');
    await el.updateComplete;
    expect(tabStops(el)).to.deep.equal(['Punkt 5']);
    expect(focusedName(el), 'the focus stays on the row').to.equal('Punkt 5');

    // Punkt 5 goes; the rows were 1, 2, 5, 6, 9 …: the nearest still listed is Punkt 6 below it.
    generic.categories = 'C';
    await until(() => buttons(el).length === 10, 'the filter applied');
    await el.updateComplete;
    expect(tabStops(el)).to.deep.equal(['Punkt 6']);
    expect(focusedName(el), 'the focus went to that row, not to the page').to.equal('Punkt 6');

    // A filter that leaves nothing: the focus goes to the checkbox, not to the page; the rows come back with one tab stop.
    generic.categories = 'X';
    await until(() => buttons(el).length === 0, 'no rows');
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('input[type="checkbox"]'));
    generic.categories = '';
    await until(() => buttons(el).length === 40, 'the rows back');
    await el.updateComplete;
    expect(tabStops(el)).to.have.length(1);
  });

  it('keeps the tab stop on the same feature across a reload of the data, else on the nearest row', async () => {
    const { el, layer } = await mountPoints();
    buttons(el)[0].focus();
    await press('End');
    await press('ArrowUp');
    expect(focusedName(el)).to.equal('Punkt 38');
    // The same points again, as new objects.
    let loaded = nextEvent(layer, 'kn-data-load');
    layer.setAttribute('src', '/__test/points.geojson?n=40&again=1');
    await loaded;
    await until(() => el.entries[0].feature === featureNamed(layer, 'Punkt 0'), 'the rows of the new objects');
    await el.updateComplete;
    expect(tabStops(el)).to.deep.equal(['Punkt 38']);
    // Fewer points: Punkt 38 is gone, the nearest row still listed is the last one.
    loaded = nextEvent(layer, 'kn-data-load');
    layer.setAttribute('src', '/__test/points.geojson?n=30');
    await loaded;
    await until(() => buttons(el).length === 30, 'the rows of 30 points');
    await el.updateComplete;
    expect(tabStops(el)).to.deep.equal(['Punkt 29']);
  });

  it('moves the tab stop to the nearest row when a layer is switched off, and to a feature selected on the map', async () => {
    const { map, layers, container } = await mount(html`
      <div>
        <kn-map style="width:700px;height:400px" center=${ALTSTADT} zoom="16">
          <kn-wlan-layer></kn-wlan-layer>
          <kn-projects-layer></kn-projects-layer>
        </kn-map>
        <kn-feature-list scope="all"></kn-feature-list>
      </div>
    `);
    const el = container.querySelector('kn-feature-list')!;
    el.setAttribute('for', (map.id = 'toggle-map'));
    await until(() => buttons(el).length === 36, 'the rows');
    const [wlan, projects] = layers;
    const before = buttons(el).map(nameOf);
    button(el, 'Marktstätte').focus(); // a hotspot
    await el.updateComplete;
    expect(tabStops(el)).to.deep.equal(['Marktstätte']);

    wlan.hidden = true;
    await until(() => buttons(el).length === 20, 'the hotspots gone');
    await el.updateComplete;
    const after = buttons(el).map(nameOf);
    // The nearest of the rows before that is still listed (below first, then above).
    const at = before.indexOf('Marktstätte');
    const nearest = [1, -1, 2, -2, 3, -3, 4, -4, 5, -5].map((d) => before[at + d]).find((name) => after.includes(name));
    expect(tabStops(el)).to.deep.equal([nearest]);
    expect(focusedName(el)).to.equal(nearest);

    // A selection on the map carries the tab stop (not the focus) to its row.
    (deepActiveElement() as HTMLElement | null)?.blur();
    projects.select(featureNamed(projects, 'Virtuelles Rathaus'));
    await until(() => tabStops(el)[0] === 'Virtuelles Rathaus', 'the tab stop on the selected row');
    expect(tabStops(el)).to.have.length(1);
    expect(el.shadowRoot!.activeElement).to.equal(null);
  });

  it('describes each row with its layer, category and position and shows a hint on the keys while a row has the focus, in German and English', async () => {
    const { container, el } = await mountPoints();
    const hint = el.shadowRoot!.querySelector<HTMLElement>('[part="hint"]')!;
    expect(getComputedStyle(hint).display).to.equal('none');
    const layerName = el.shadowRoot!.querySelector('tbody tr td.layer')!.textContent!.trim();
    expect(layerName).not.to.equal('');
    expect(description(button(el, 'Punkt 1'))).to.equal(
      `${layerName}, B. 2 von 40. Pfeiltasten wechseln den Eintrag, die Eingabetaste zeigt ihn auf der Karte.`,
    );
    await tabIntoRows(container.querySelector<HTMLElement>('#before')!, el);
    expect(getComputedStyle(hint).display).to.equal('block');
    expect(hint.textContent!.trim()).to.equal('Pfeiltasten wechseln den Eintrag, die Eingabetaste zeigt ihn auf der Karte.');
    await expectAccessible(container, { what: 'the list with a row focused' });

    const en = await mountPoints('/__test/points.geojson?n=40', 'en');
    const layerNameEn = en.el.shadowRoot!.querySelector('tbody tr td.layer')!.textContent!.trim();
    expect(description(button(en.el, 'Punkt 2'))).to.equal(`${layerNameEn}, C. 3 of 40. Arrow keys move between entries, Enter shows the entry on the map.`);
  });

  it('rings the focused row in a colour of at least 3:1 against the row, also when it is the selected row', async () => {
    const { container, el, layer } = await mountPoints();
    await tabIntoRows(container.querySelector<HTMLElement>('#before')!, el);
    await press('ArrowDown');
    const check = async (name: string) => {
      const b = button(el, name);
      const style = getComputedStyle(b);
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
      const panel = getComputedStyle(el.shadowRoot!.querySelector('.panel')!).backgroundColor;
      const row = getComputedStyle(b.closest('tr')!).backgroundColor;
      const ratio = contrast(paint([style.outlineColor]), paint([panel, row]));
      expect(ratio, `${name}: ring ${style.outlineColor} on ${row}`).to.be.at.least(3);
    };
    await check('Punkt 1');
    await press('Enter');
    await until(() => button(el, 'Punkt 1').closest('tr')!.classList.contains('selected'), 'the row selected');
    expect(layer.features).to.include(el.entries[1].feature);
    await check('Punkt 1');
  });
});

/** The colour the browser paints for CSS colours drawn one over the other (on white). */
function paint(colours: string[]): Rgb {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 1;
  const context = canvas.getContext('2d')!;
  for (const colour of ['#ffffff', ...colours]) {
    context.fillStyle = colour;
    context.fillRect(0, 0, 1, 1);
  }
  const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
  return [r, g, b];
}

describe('feature-list roving tab stop (pure)', () => {
  it('moves by one, ten, to the first and the last, and stops at the ends', () => {
    expect(targetIndex('ArrowDown', 3, 40)).to.equal(4);
    expect(targetIndex('ArrowUp', 0, 40)).to.equal(0);
    expect(targetIndex('PageDown', 35, 40)).to.equal(39);
    expect(targetIndex('PageUp', 5, 40)).to.equal(0);
    expect(targetIndex('Home', 17, 40)).to.equal(0);
    expect(targetIndex('End', 17, 40)).to.equal(39);
    expect(targetIndex('a', 17, 40)).to.equal(undefined);
  });

  it('keeps the same row, else the nearest of the rows before (below first), else the position', () => {
    const same = (a: string, b: string) => a === b;
    expect(rovingIndex(['a', 'b', 'c'], ['a', 'b', 'c'], undefined, same)).to.equal(0);
    expect(rovingIndex(['x', 'c', 'b'], ['a', 'b', 'c'], 'c', same)).to.equal(1);
    expect(rovingIndex(['a', 'c', 'e'], ['a', 'b', 'c', 'd', 'e'], 'd', same)).to.equal(2);
    expect(rovingIndex(['a', 'e'], ['a', 'b', 'c', 'd', 'e'], 'c', same)).to.equal(1); // e, two below
    expect(rovingIndex(['a', 'x'], ['a', 'b', 'c'], 'c', same)).to.equal(0); // a, two above
    expect(rovingIndex(['x', 'y'], ['a', 'b', 'c'], 'c', same)).to.equal(1);
    expect(rovingIndex([], ['a'], 'a', same)).to.equal(-1);
  });
});
