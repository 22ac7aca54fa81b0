// The search's list of results in a map corner on a small screen (a 640 × 400 CSS-px viewport: 200 % zoom of a
// 1280 × 800 window): it fits in the room the map gives it, scrolls there, and the option chosen with the keys shows.
import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../src/define.js';
import '../../src/kn-search.js';
import type { KnSearch } from '../../src/controls/search/search.js';
import type { KnMap } from '../../src/map/kn-map.js';
import { mount, until } from './feature-controls-helpers.js';

const listbox = (el: KnSearch) => el.shadowRoot!.querySelector<HTMLElement>('[role="listbox"]')!;
const options = (el: KnSearch) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')];
const input = (el: KnSearch) => el.shadowRoot!.querySelector<HTMLInputElement>('input')!;

async function mountInCorner(mapHeight = 330): Promise<{ el: KnSearch; map: KnMap }> {
  const { container, map } = await mount(html`
    <div style="padding-top:20px">
      <kn-map lang="de" style="width:640px;height:${mapHeight}px">
        <kn-search slot="top-left"></kn-search>
        <kn-wlan-layer></kn-wlan-layer>
        <kn-projects-layer></kn-projects-layer>
      </kn-map>
    </div>
  `);
  return { el: container.querySelector('kn-search')!, map };
}

async function typeQuery(el: KnSearch, query: string, atLeast: number) {
  input(el).focus();
  await sendKeys({ type: query });
  await until(
    () => options(el).length >= atLeast,
    () => `${atLeast} results for "${query}" (got ${options(el).length})`,
  );
  await el.updateComplete;
}

/** Whether what is seen at (x, y) is `target` (or inside it): not clipped away, nothing drawn over it. */
function seenAt(el: KnSearch, target: Element, x: number, y: number): boolean {
  const hit = el.shadowRoot!.elementFromPoint(x, y);
  return !!hit && target.contains(hit);
}

describe('<kn-search> list in a map corner on a small screen', () => {
  before(() => setViewport({ width: 640, height: 400 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('keeps the list inside the map, scrolling, and shows the option chosen with the arrow keys', async () => {
    const { el, map } = await mountInCorner();
    await typeQuery(el, 'marktstete', 5);
    const list = listbox(el);
    const frame = map.getBoundingClientRect();
    const box = list.getBoundingClientRect();
    expect(box.bottom, `list bottom ${box.bottom} within the map (bottom ${frame.bottom})`).to.be.at.most(frame.bottom);
    expect(box.top).to.be.at.least(frame.top);
    expect(list.scrollHeight, 'the list scrolls').to.be.greaterThan(list.clientHeight);

    const count = options(el).length;
    for (let i = 0; i < count; i++) await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    const last = options(el)[count - 1];
    expect(last.getAttribute('aria-selected')).to.equal('true');
    expect(input(el).getAttribute('aria-activedescendant')).to.equal(last.id);
    const rect = last.getBoundingClientRect();
    const visible = list.getBoundingClientRect();
    expect(rect.top, 'the last option below the list top').to.be.at.least(visible.top);
    expect(rect.bottom, 'the last option above the list bottom').to.be.at.most(visible.bottom);
    // Seen, not only inside the list's box: not clipped by the map, the scale bar not drawn over it.
    for (const y of [rect.top + 4, rect.bottom - 4]) {
      expect(seenAt(el, last, rect.left + 12, y), `the last option seen at y=${Math.round(y)}`).to.equal(true);
    }
  });

  it('keeps room for a few results on a very low map, opening above the field when there is more room there', async () => {
    const { el, map } = await mountInCorner(200);
    // The search at the bottom of a low map: less room below the field than above it.
    el.slot = 'bottom-left';
    await until(
      () => el.getBoundingClientRect().bottom > map.getBoundingClientRect().top + 150,
      () => 'the search in the bottom-left corner',
    );
    await typeQuery(el, 'marktstete', 5);
    const list = listbox(el);
    const field = input(el).getBoundingClientRect();
    const box = list.getBoundingClientRect();
    const frame = map.getBoundingClientRect();
    expect(box.bottom, 'the list opens above the field').to.be.at.most(field.top);
    expect(box.top, `list top ${box.top} within the map (top ${frame.top})`).to.be.at.least(frame.top);
    const optionHeight = options(el)[0].getBoundingClientRect().height;
    expect(list.clientHeight, 'room for two results at least').to.be.at.least(2 * optionHeight);
  });

  it('measures again when the window changes size', async () => {
    const { el, map } = await mountInCorner();
    await typeQuery(el, 'marktstete', 5);
    await setViewport({ width: 640, height: 700 });
    map.style.height = '600px';
    await until(
      () => listbox(el).clientHeight >= listbox(el).scrollHeight - 1 || listbox(el).getBoundingClientRect().height > 250,
      () => `the list grows when the map does (now ${listbox(el).getBoundingClientRect().height} px)`,
    );
    map.style.height = '260px';
    await until(
      () => listbox(el).getBoundingClientRect().bottom <= map.getBoundingClientRect().bottom,
      () => `the list shrinks when the map does (bottom ${listbox(el).getBoundingClientRect().bottom}, map ${map.getBoundingClientRect().bottom})`,
    );
    await setViewport({ width: 640, height: 400 });
  });
});
