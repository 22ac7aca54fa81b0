// "Where is the nearest hotspot to Bücklestraße?" from the demo's first view, by keyboard alone, by mouse and by
// touch (issue 11, "Measured"). Each walk counts the visitor's actions and prints them. Needs the build.
import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import type { KnNearest } from '../../src/controls/nearest/nearest.js';
import type { KnSearch } from '../../src/controls/search/search.js';
import { openDemo, type Demo } from '../helpers/demo.js';
import { until } from '../helpers/harness.js';

const PLACE = 'Bushaltestelle Bücklestraße';

function parts(demo: Demo) {
  const search = demo.doc.querySelector('kn-search') as KnSearch;
  const nearest = demo.doc.querySelector('kn-nearest') as KnNearest;
  return {
    input: () => search.shadowRoot!.querySelector('input')!,
    option: () => [...search.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')].find((o) => o.textContent!.includes(PLACE)),
    fromPlace: () => [...nearest.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes(PLACE)),
    said: () => nearest.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim(),
  };
}

/** The centre of an element of the demo, in the test page's coordinates (the frame is at its top left). */
function centreOf(demo: Demo, element: Element): [number, number] {
  const frame = demo.frame.getBoundingClientRect();
  const box = element.getBoundingClientRect();
  return [Math.round(frame.left + box.left + box.width / 2), Math.round(frame.top + box.top + box.height / 2)];
}

/** What every walk ends with: the nearest hotspot in operation selected, framed and said. */
async function expectAnswer(demo: Demo): Promise<void> {
  const { said } = parts(demo);
  await until(() => said().length > 0, 'the answer in the status line');
  expect(said()).to.match(/^Nächster Hotspot in Betrieb: Fischmarkt Richtung Stadtgarten, 1,6 km Luftlinie vom gesuchten Ort „Bushaltestelle Bücklestraße“\.$/);
  const selection = demo.map.registry.selection;
  expect(selection?.feature.properties?.name).to.equal('Fischmarkt Richtung Stadtgarten');
  await until(() => !demo.map.map!.isMoving(), 'the map to stop');
  expect(demo.map.map!.getBounds().contains([9.17788, 47.662024]), 'the hotspot in view').to.equal(true);
}

describe('the demo: nearest hotspot to Bücklestraße', () => {
  afterEach(async () => {
    await executeServerCommand('send-touch', { screen: 'mouse' });
    await setViewport({ width: 800, height: 600 });
  });

  it('by keyboard alone', async function () {
    this.timeout(120_000);
    await setViewport({ width: 1300, height: 820 });
    const demo = await openDemo(1280, 800);
    const { input, option, fromPlace } = parts(demo);
    let actions = 0;
    const press = async (key: string) => {
      actions++;
      await sendKeys({ press: key });
    };
    const deepActive = () => {
      let active: Element | null = demo.doc.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active;
    };
    demo.frame.focus();
    for (let i = 0; deepActive() !== input() && i < 10; i++) await press('Tab');
    expect(deepActive(), 'Tab reaches the search').to.equal(input());
    actions++;
    await sendKeys({ type: 'Bücklestraße' });
    await until(() => !!option(), 'the bus stop among the results');
    while (input().getAttribute('aria-activedescendant') !== option()!.id && actions < 30) await press('ArrowDown');
    await press('Enter');
    await until(() => demo.map.registry.place?.name === PLACE, 'the place chosen');
    await until(() => !!fromPlace(), 'the "from the place searched" button');
    for (let i = 0; deepActive() !== fromPlace() && i < 25; i++) await press('Tab');
    expect(deepActive(), 'Tab reaches "Vom gesuchten Ort"').to.equal(fromPlace());
    await press('Enter');
    await expectAnswer(demo);
    console.log(`[walk] keyboard: ${actions} actions (typing the name counts as one)`);
    expect(actions).to.be.below(20);
  });

  it('by mouse', async function () {
    this.timeout(120_000);
    await setViewport({ width: 1300, height: 820 });
    const demo = await openDemo(1280, 800);
    const { input, option, fromPlace } = parts(demo);
    let actions = 0;
    const click = async (element: Element) => {
      actions++;
      await sendMouse({ type: 'click', position: centreOf(demo, element) });
    };
    await click(input());
    actions++;
    await sendKeys({ type: 'Bücklestraße' });
    await until(() => !!option(), 'the bus stop among the results');
    await click(option()!);
    await until(() => !!fromPlace(), 'the "from the place searched" button');
    await click(fromPlace()!);
    await expectAnswer(demo);
    console.log(`[walk] mouse: ${actions} actions (typing the name counts as one)`);
    expect(actions).to.equal(4);
  });

  it('by touch on a phone', async function () {
    this.timeout(120_000);
    await setViewport({ width: 400, height: 860 });
    const demo = await openDemo(390, 844);
    const { input, option, fromPlace } = parts(demo);
    let actions = 0;
    // A touch screen from the start (the page's buttons at their touch size before any tap is aimed).
    await executeServerCommand('send-touch', { screen: 'touch' });
    await until(() => demo.win.matchMedia('(pointer: coarse)').matches, 'a touch screen (pointer: coarse)');
    const tap = async (element: Element) => {
      actions++;
      await executeServerCommand('send-touch', { position: centreOf(demo, element) });
    };
    await tap(input());
    actions++;
    await sendKeys({ type: 'Bücklestraße' });
    await until(() => !!option(), 'the bus stop among the results');
    await tap(option()!);
    await until(() => !!fromPlace(), 'the "from the place searched" button');
    // The panels are below the map on a phone: one swipe brings the button up.
    actions++;
    fromPlace()!.scrollIntoView({ block: 'center' });
    await tap(fromPlace()!);
    await expectAnswer(demo);
    demo.doc.scrollingElement!.scrollTop = 0;
    console.log(`[walk] touch: ${actions} actions (typing the name counts as one, the swipe as one)`);
    expect(actions).to.equal(5);
  });
});
