import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { expectAccessible } from '../helpers/a11y.js';
import { idle, until } from '../helpers/harness.js';
import { controlBoxes, outside, overlaps, under } from '../helpers/layout.js';
import { openDemo } from '../helpers/demo.js';

/**
 * The demo page (demo/index.html with the CDN build, as `npm start` serves it), walked by keyboard alone.
 * Needs the build (npm test builds first).
 */
describe('the demo, by keyboard alone', () => {
  it('reaches the map, pans, zooms, finds a hotspot with search, reads and closes its details, and opens a feature from the list', async function () {
    this.timeout(90_000);
    const { frame, doc, map } = await openDemo(1280, 800);
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

/** The Altstadt, Marktstätte and Münster: the centre of life, where most hotspots are. */
const ALTSTADT: [number, number] = [9.1757, 47.6597];

describe('the demo page at phone, tablet and desktop sizes', () => {
  before(() => setViewport({ width: 1400, height: 1100 }));

  it('is exactly as tall as a 1280 × 800 window, its panels share one width and the feature list needs no sideways scrollbar', async function () {
    this.timeout(90_000);
    const { doc, win } = await openDemo(1280, 800);
    expect(doc.documentElement.scrollHeight).to.equal(win.innerHeight);
    expect(doc.documentElement.scrollWidth).to.equal(win.innerWidth);
    const panels = [...doc.querySelectorAll<HTMLElement>('.side > *')].filter((panel) => panel.getBoundingClientRect().height > 0);
    expect(panels.map((panel) => panel.localName)).to.include.members(['kn-layer-switcher', 'kn-year-slider', 'kn-filter-chips', 'kn-legend', 'kn-feature-list']);
    const widths = new Set(panels.map((panel) => Math.round(panel.getBoundingClientRect().width)));
    expect([...widths]).to.have.length(1);
    const list = doc.querySelector('kn-feature-list')!.shadowRoot!;
    expect(list.querySelectorAll('thead th')).to.have.length(3);
    const scroller = list.querySelector<HTMLElement>('.scroller')!;
    expect(scroller.scrollWidth).to.be.at.most(scroller.clientWidth);
  });

  it('has no sideways scrolling at 320 px', async function () {
    this.timeout(90_000);
    const { doc, win, map } = await openDemo(320, 640);
    expect(doc.documentElement.scrollWidth).to.equal(win.innerWidth);
    expect(doc.body.scrollWidth).to.equal(win.innerWidth);
    expect(overlaps(controlBoxes(map))).to.deep.equal([]);
  });

  for (const [width, height] of [
    [390, 844],
    [768, 1024],
    [1280, 800],
  ]) {
    it(`shows the Altstadt clear of every control and of the credits at ${width} × ${height}, and no control covers another`, async function () {
      this.timeout(90_000);
      const { map } = await openDemo(width, height);
      const altstadt = under(map, ALTSTADT, 12);
      expect(altstadt.inMap, `the Altstadt at ${altstadt.x},${altstadt.y}`).to.equal(true);
      expect(altstadt.covers).to.deep.equal([]);
      const boxes = controlBoxes(map);
      expect(boxes.map(({ name }) => name)).to.include('maplibregl-ctrl-attrib' + (width < 640 ? '.maplibregl-compact' : ''));
      expect(overlaps(boxes)).to.deep.equal([]);
      expect(outside(map, boxes)).to.deep.equal([]);
    });
  }

  it('says a layer is hidden where it would count its features', async function () {
    this.timeout(90_000);
    const { doc } = await openDemo(1280, 800);
    const chips = doc.querySelector('kn-filter-chips')!;
    const count = () => chips.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
    expect(count()).to.equal('20 Projekte angezeigt');
    const switcher = doc.querySelector('kn-layer-switcher')!;
    const projects = [...switcher.shadowRoot!.querySelectorAll('label')].find((label) => label.textContent!.includes('Smart-Green-City-Projekte'))!;
    projects.querySelector('input')!.click();
    await until(() => count() === 'Ebene ausgeblendet', () => `the count to say the layer is hidden (it says "${count()}")`);
    projects.querySelector('input')!.click();
    await until(() => count() === '20 Projekte angezeigt', () => `the count back (it says "${count()}")`);
  });
});

describe('the demo page passes axe (WCAG 2.1 A/AA)', () => {
  before(() => setViewport({ width: 1400, height: 1100 }));
  after(() => emulateMedia({ colorScheme: 'light' }));

  for (const [width, height] of [
    [1280, 800],
    [390, 844],
  ]) {
    it(`at ${width} × ${height}, in light and dark colours`, async function () {
      this.timeout(90_000);
      const { doc, map } = await openDemo(width, height);
      await expectAccessible(doc, { what: `the demo at ${width} × ${height}` });
      // theme="auto" follows the system's colours.
      await emulateMedia({ colorScheme: 'dark' });
      await until(() => map.hasAttribute('data-kn-dark'), 'the dark theme');
      await idle(map.map!);
      await expectAccessible(doc, { what: `the demo at ${width} × ${height}, dark` });
      await emulateMedia({ colorScheme: 'light' });
    });
  }

  it('with the keyboard help open, and with the details of a feature open', async function () {
    this.timeout(90_000);
    const { doc, map } = await openDemo(1280, 800);
    const button = map.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-label="Tastaturbefehle anzeigen"]')!;
    button.click();
    // (The dialog is a lazy chunk, loaded at the first press.)
    await until(() => !!map.shadowRoot!.querySelector<HTMLDialogElement>('dialog.keyboard-help')?.open, 'the keyboard help to open');
    const dialog = map.shadowRoot!.querySelector<HTMLDialogElement>('dialog.keyboard-help')!;
    expect(dialog.open).to.equal(true);
    await expectAccessible(doc, { what: 'the demo with the keyboard help open' });
    dialog.close();

    const row = doc.querySelector('kn-feature-list')!.shadowRoot!.querySelector<HTMLElement>('tbody .name')!;
    row.click();
    const details = doc.querySelector('kn-feature-details') as HTMLElement & { open: boolean; updateComplete: Promise<unknown> };
    await until(() => details.open, 'the details to open');
    await details.updateComplete;
    expect(details.shadowRoot!.querySelector('[role="heading"]')!.textContent).to.contain(row.textContent!.replace('▶', '').trim());
    await expectAccessible(doc, { what: 'the demo with the details of a feature open' });
  });
});
