// <kn-feature-list> on a phone (WCAG 1.4.10 reflow): at 320 CSS px — a phone, or 200 % zoom of a 640 px window —
// the table with its distance column fits its box: no sideways scrolling (which a keyboard user could not do), no
// distance cut off at the edge ("683 r", "1,5 kr" before).
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/define.js';
import '../../src/kn-feature-list.js';
import type { KnFeatureList } from '../../src/controls/feature-list/feature-list.js';
import { mount, until } from './feature-controls-helpers.js';

/** North of the Altstadt: distances from a few hundred metres to several kilometres ("285 m", "1,2 km", "6,9 km"). */
const POSITION = '9.1800,47.6680';

/**
 * The demo's layers, all features listed with their distances, the list below the map in a box `width` px wide, in
 * German or English, at the demo's font size (0.875rem) or the browser's (1rem, as a page may set `--kn-font-size`).
 */
async function mountNarrow(width: number, lang: string, fontSize: string) {
  const id = `narrow-${width}-${lang}-${fontSize.replace('.', '')}`;
  const { container } = await mount(html`
    <div style="width:${width}px">
      <kn-map id=${id} lang=${lang} style="width:${width}px;height:300px">
        <kn-fibre-layer></kn-fibre-layer>
        <kn-innovation-area-layer></kn-innovation-area-layer>
        <kn-projects-layer></kn-projects-layer>
        <kn-wlan-layer></kn-wlan-layer>
      </kn-map>
      <kn-feature-list for=${id} scope="all" position=${POSITION} style="--kn-font-size:${fontSize}"></kn-feature-list>
    </div>
  `);
  const el = container.querySelector<KnFeatureList>('kn-feature-list')!;
  await until(() => el.entries.length > 40 && !!el.shadowRoot!.querySelector('tbody td.number'), 'the rows with distances');
  await el.updateComplete;
  return el;
}

/** The lines a text node is laid out on (the tops of its line boxes). */
function lines(node: Node): number {
  const range = document.createRange();
  range.selectNodeContents(node);
  return new Set([...range.getClientRects()].filter((rect) => rect.width > 1).map((rect) => Math.round(rect.top))).size;
}

describe('<kn-feature-list> at 320 px', () => {
  for (const [width, lang, fontSize] of [
    [320, 'de', '0.875rem'],
    [272, 'de', '0.875rem'], // the demo's list in a 320 px window (the column's and the panel's padding): 288 px before
    [320, 'de', '1rem'],
    [272, 'en', '1rem'],
    [240, 'de', '0.875rem'], // a narrow panel in a corner of the map
  ] as const) {
    it(`fits the table with its distance column into ${width} px without sideways scrolling (${lang}, ${fontSize})`, async () => {
      const el = await mountNarrow(width, lang, fontSize);
      expect(el.getBoundingClientRect().width, 'the list takes the box').to.be.within(width - 1, width);
      const scroller = el.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
      const table = scroller.querySelector('table')!.getBoundingClientRect();
      expect(scroller.scrollWidth, `the table is ${table.width} px wide`).to.be.at.most(scroller.clientWidth);

      // Every header, distance and name wholly inside the table and the scroller's box.
      const box = scroller.getBoundingClientRect();
      const cells = [...el.shadowRoot!.querySelectorAll<HTMLElement>('thead th, tbody td.number, tbody .name > span:last-child')];
      const shown = cells.filter((cell) => cell.getClientRects().length); // not the hidden layer and category columns
      expect(shown.length).to.be.greaterThan(40);
      for (const cell of shown) {
        const range = document.createRange();
        range.selectNodeContents(cell);
        const text = range.getBoundingClientRect();
        const what = `"${cell.textContent!.trim()}" [${Math.round(text.left)}, ${Math.round(text.right)}] in [${Math.round(box.left)}, ${Math.round(box.right)}]`;
        expect(text.left, what).to.be.at.least(box.left - 0.5);
        expect(text.right, what).to.be.at.most(Math.min(box.right, table.right) + 0.5);
        if (cell.localName !== 'span') expect(cell.scrollWidth, `${what}: not cut off`).to.be.at.most(cell.clientWidth + 1);
      }

      // The distances and their header each on one line.
      const textOf = (node: Node) => [...node.childNodes].find((child) => child.nodeType === Node.TEXT_NODE && child.textContent!.trim());
      const label = textOf(el.shadowRoot!.querySelector('thead th:last-child .sort')!)!;
      expect(label.textContent!.trim()).to.equal(lang === 'de' ? 'Entfernung' : 'Distance');
      const distances = [...el.shadowRoot!.querySelectorAll('tbody td.number')].map(textOf).filter((text) => !!text);
      expect(distances.map((text) => text!.textContent).join(' ')).to.match(/\d m .*\d km/);
      expect(distances.length).to.be.greaterThan(40);
      for (const text of [label, ...distances]) expect(lines(text!), `"${text!.textContent!.trim()}" on one line`).to.equal(1);
    });
  }
});
