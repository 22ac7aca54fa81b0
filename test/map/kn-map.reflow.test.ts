import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../src/kn-layer-switcher.js';
import '../../src/kn-legend.js';
import '../../src/kn-search.js';
import type { KnMap } from '../../src/map/kn-map.js';
import { describeViolations, wcagViolations } from '../helpers/a11y.js';
import { openDemo } from '../helpers/demo.js';
import { mountMap, readyMap, until } from '../helpers/harness.js';
import { controlBoxes, outside, overlaps, stickingOut } from '../helpers/layout.js';
import { nextFrame } from '../helpers/map.js';

/**
 * Reflow and zoom (WCAG 1.4.10): a page zoomed to 400 % in a 1280 × 800 window is 320 × 200 CSS px (in a
 * 1280 × 1024 one 320 × 256). No sideways scrolling, every control inside the map or folded into one menu, and the
 * map keeps a usable height.
 */

const shown = (el: Element | null) => !!el && el.getBoundingClientRect().width > 0 && el.getBoundingClientRect().height > 0;
const menuButton = (map: KnMap) => map.shadowRoot!.querySelector<HTMLButtonElement>('.kn-tools button')!;
const zoomIn = (map: KnMap) => map.shadowRoot!.querySelector<HTMLButtonElement>('.maplibregl-ctrl-zoom-in')!;
const deepActive = () => {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
};
async function click(el: Element): Promise<void> {
  const box = el.getBoundingClientRect();
  const [x, y] = [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
  if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) throw new Error(`${el.localName} at ${x},${y} is outside the viewport`);
  await sendMouse({ type: 'click', position: [x, y] });
}
/** The map has laid its controls out (framing works in the next frame after a change of size). */
async function laidOut(map: KnMap): Promise<void> {
  await nextFrame();
  await nextFrame();
  await map.updateComplete;
}

for (const [width, height] of [
  [320, 200],
  [320, 256],
  [568, 320],
]) {
  describe(`<kn-map> in a window of ${width} × ${height} CSS px (400 % zoom, a phone on its side)`, () => {
    before(() => setViewport({ width, height }));
    after(() => setViewport({ width: 1000, height: 800 }));

    it('a plain map: no sideways scrolling, nothing of it outside its box, its tools unfolded where they fit', async () => {
      const map = await readyMap(html`<kn-map></kn-map>`);
      await laidOut(map);
      expect(map.getBoundingClientRect().height).to.equal(400);
      expect(document.documentElement.scrollWidth).to.be.at.most(innerWidth);
      expect(stickingOut(map)).to.deep.equal([]);
      expect(shown(zoomIn(map)), 'zoom buttons').to.equal(true);
      expect(shown(menuButton(map)), 'the menu button').to.equal(false);
      expect(overlaps(controlBoxes(map))).to.deep.equal([]);
    });

    if (height - 16 >= 300) {
      it('a map as low as a phone on its side keeps its tools in their column, clear of the pan buttons', async () => {
        const map = await readyMap(html`<kn-map style="height:${height - 16}px"></kn-map>`);
        await laidOut(map);
        expect(shown(zoomIn(map)), 'zoom buttons').to.equal(true);
        expect(shown(menuButton(map)), 'the menu button').to.equal(false);
        expect(stickingOut(map)).to.deep.equal([]);
        expect(overlaps(controlBoxes(map))).to.deep.equal([]);
      });
    } else it('a map as low as the window folds its tools into one "Kartenwerkzeuge" button that opens them, inside the map', async () => {
      const map = await readyMap(html`<kn-map style="height:${height - 16}px"></kn-map>`);
      await laidOut(map);
      expect(document.documentElement.scrollWidth).to.be.at.most(innerWidth);
      expect(stickingOut(map)).to.deep.equal([]);
      const button = menuButton(map);
      expect(shown(button), 'the menu button').to.equal(true);
      expect(button.getAttribute('aria-label')).to.equal('Kartenwerkzeuge');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(shown(zoomIn(map)), 'zoom buttons while folded').to.equal(false);
      expect(shown(map.shadowRoot!.querySelector('.kn-pan')), 'the pan buttons').to.equal(true);
      expect(overlaps(controlBoxes(map))).to.deep.equal([]);

      await click(button);
      await laidOut(map);
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      for (const tool of ['.maplibregl-ctrl-zoom-in', '.maplibregl-ctrl-zoom-out', '.maplibregl-ctrl-fullscreen', '.maplibregl-ctrl-geolocate']) {
        expect(shown(map.shadowRoot!.querySelector(tool)), tool).to.equal(true);
      }
      expect(stickingOut(map)).to.deep.equal([]);
      expect(overlaps(controlBoxes(map))).to.deep.equal([]);
      const violations = await wcagViolations(map);
      expect(violations, describeViolations(violations)).to.deep.equal([]);
      // The tools work from the menu, which stays open.
      const zoom = map.map!.getZoom();
      await click(zoomIn(map));
      await until(() => map.map!.getZoom() > zoom && !map.map!.isMoving(), 'the map to zoom in');
      expect(button.getAttribute('aria-expanded')).to.equal('true');

      // Tab goes from the button to the tools it opened; Escape closes them and returns to the button.
      button.focus();
      await sendKeys({ press: 'Tab' });
      expect(deepActive()).to.equal(zoomIn(map));
      await sendKeys({ press: 'Escape' });
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(deepActive()).to.equal(button);
      expect(shown(zoomIn(map))).to.equal(false);

      // A press elsewhere on the map closes it too.
      await click(button);
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      const canvas = map.map!.getCanvas().getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(canvas.left + 40), Math.round(canvas.top + canvas.height / 2)] });
      expect(button.getAttribute('aria-expanded')).to.equal('false');

      map.lang = 'en';
      await map.updateComplete;
      // The controls are made again in English; the new column folds once framing has laid it out.
      await until(() => shown(menuButton(map)), 'the new tools column folded');
      expect(menuButton(map).getAttribute('aria-label')).to.equal('Map tools');
      expect(shown(menuButton(map))).to.equal(true);

      // Room again: the tools stand in their column, the menu button goes.
      map.style.height = '500px';
      await until(() => shown(zoomIn(map)) && !shown(menuButton(map)), 'the tools to unfold');
      expect(overlaps(controlBoxes(map))).to.deep.equal([]);
    });

    it('a search in a corner keeps its full height; a legend too tall for its corner scrolls there', async function () {
      this.timeout(60_000);
      const map = await readyMap(html`
        <kn-map style="height:${height - 16}px">
          <kn-wlan-layer></kn-wlan-layer>
          <kn-fibre-layer></kn-fibre-layer>
          <kn-search slot="top-left"></kn-search>
        </kn-map>
      `);
      await laidOut(map);
      const search = map.querySelector('kn-search')!;
      expect(search.getBoundingClientRect().height).to.be.at.least(search.shadowRoot!.firstElementChild!.getBoundingClientRect().height - 0.5);
      expect(stickingOut(map)).to.deep.equal([]);
      expect(overlaps(controlBoxes(map))).to.deep.equal([]);

      const legendMap = await readyMap(html`
        <kn-map style="height:${height - 16}px">
          <kn-wlan-layer></kn-wlan-layer>
          <kn-fibre-layer></kn-fibre-layer>
          <kn-legend slot="bottom-left"></kn-legend>
        </kn-map>
      `);
      await laidOut(legendMap);
      // On a map this small the legend starts collapsed (src/controls/corner-collapse/); opened by its heading, its panel
      // scrolls inside the corner.
      const legend = legendMap.querySelector('kn-legend')!;
      await until(() => legend.collapsed, 'the legend collapsed at the start on a small map');
      legend.shadowRoot!.querySelector<HTMLButtonElement>('.toggle')!.click();
      await legend.updateComplete;
      await laidOut(legendMap);
      const panel = legend.shadowRoot!.querySelector<HTMLElement>('.panel')!;
      expect(legend.getBoundingClientRect().height).to.be.below(panel.scrollHeight);
      expect(panel.scrollHeight).to.be.above(panel.clientHeight);
      expect(getComputedStyle(panel).overflowY).to.equal('auto');
      expect(stickingOut(legendMap)).to.deep.equal([]);
      expect(overlaps(controlBoxes(legendMap))).to.deep.equal([]);
    });

    it('a map crowded with controls in three corners lays them out once, inside the map and clear of one another', async function () {
      this.timeout(60_000);
      const map = await readyMap(html`
        <kn-map style="height:${height - 16}px">
          <kn-wlan-layer></kn-wlan-layer>
          <kn-fibre-layer></kn-fibre-layer>
          <kn-search slot="top-left"></kn-search>
          <kn-layer-switcher slot="top-right"></kn-layer-switcher>
          <kn-legend slot="bottom-left"></kn-legend>
        </kn-map>
      `);
      await laidOut(map);
      // The corners got their places and keep them (they once swung between two layouts on every frame).
      const changes: string[] = [];
      const watch = new MutationObserver((records) => records.forEach((record) => changes.push((record.target as Element).className)));
      map.shadowRoot!.querySelectorAll('.corner').forEach((corner) => watch.observe(corner, { attributes: true, attributeFilter: ['style'] }));
      for (let frame = 0; frame < 10; frame++) await nextFrame();
      watch.disconnect();
      expect(changes).to.deep.equal([]);
      expect(document.documentElement.scrollWidth).to.be.at.most(innerWidth);
      expect(stickingOut(map)).to.deep.equal([]);
      expect(overlaps(controlBoxes(map))).to.deep.equal([]);
    });
  });
}

describe('<kn-map> tools menu on a low map', () => {
  before(() => setViewport({ width: 1000, height: 800 }));

  it('closes on a press anywhere else on the page and when the focus moves on out of it, leaving the focus where it went', async () => {
    const { root, map } = await mountMap<HTMLElement>(html`
      <div>
        <p id="page" style="margin:0;height:120px">Text on the page above the map</p>
        <kn-map style="width:400px;height:240px"></kn-map>
        <button id="after">after</button>
      </div>
    `);
    await laidOut(map);
    const button = menuButton(map);
    const column = button.closest('.maplibregl-ctrl-top-right')!;
    const expanded = () => button.getAttribute('aria-expanded');
    expect(shown(button), 'the menu button').to.equal(true);

    // A press on the page outside the map.
    await click(button);
    expect(expanded()).to.equal('true');
    const page = root.querySelector('#page')!.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(page.left + 700), Math.round(page.top + page.height / 2)] });
    expect(expanded()).to.equal('false');
    expect(shown(zoomIn(map))).to.equal(false);

    // Tab through the tools: the menu stays open; Tab past the last one closes it, and the focus stays where Tab took it.
    button.focus();
    await sendKeys({ press: 'Enter' });
    expect(expanded()).to.equal('true');
    const visited: string[] = [];
    for (let i = 0; i < 12 && column.contains(deepActive()); i++) {
      expect(expanded(), `open on ${visited.join(' → ')}`).to.equal('true');
      visited.push(deepActive()!.getAttribute('aria-label') ?? deepActive()!.localName);
      await sendKeys({ press: 'Tab' });
    }
    expect(visited).to.include.members(['Kartenwerkzeuge', 'Vergrößern', 'Tastaturbefehle anzeigen']);
    expect(visited.at(-1)).to.equal('Tastaturbefehle anzeigen');
    const next = deepActive();
    expect(expanded()).to.equal('false');
    expect(next).to.equal(map.shadowRoot!.querySelector('.kn-pan button'));
    expect(shown(zoomIn(map))).to.equal(false);

    // Shift+Tab back before the button closes it too.
    button.focus();
    await sendKeys({ press: 'Enter' });
    expect(expanded()).to.equal('true');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(column.contains(deepActive())).to.equal(false);
    expect(expanded()).to.equal('false');
  });
});

describe('<kn-map> minimum height', () => {
  it('keeps a usable height however low the page makes it, and a page can change that minimum', async () => {
    const low = await readyMap(html`<kn-map style="height:80px"></kn-map>`);
    expect(low.getBoundingClientRect().height).to.equal(200);
    const lower = await readyMap(html`<kn-map style="height:80px; --kn-map-min-height: 140px"></kn-map>`);
    expect(lower.getBoundingClientRect().height).to.equal(140);
  });
});

describe('the demo at 400 % zoom and on phones', () => {
  before(() => setViewport({ width: 1000, height: 900 }));

  for (const [width, height] of [
    [320, 200],
    [320, 256],
    [320, 568],
  ]) {
    it(`has no sideways scrolling and nothing of the map outside it at ${width} × ${height}`, async function () {
      this.timeout(90_000);
      const { doc, win, map } = await openDemo(width, height);
      expect(doc.documentElement.scrollWidth).to.be.at.most(win.innerWidth);
      expect(map.getBoundingClientRect().height).to.be.at.least(200);
      expect(stickingOut(map)).to.deep.equal([]);
      expect(overlaps(controlBoxes(map))).to.deep.equal([]);
      expect(outside(map, controlBoxes(map))).to.deep.equal([]);
    });
  }
});
