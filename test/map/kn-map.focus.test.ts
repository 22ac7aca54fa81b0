import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { html } from 'lit';
import { KONSTANZ_DARK_PALETTE, KONSTANZ_PALETTE } from '../../src/map/basemaps/konstanz-style.js';
import type { KnMap } from '../../src/map/kn-map.js';
import { mountMap } from '../helpers/harness.js';
import { nextFrame } from '../helpers/map.js';

/**
 * Focus order follows the screen (top left, top right, bottom left, bottom right, the credits last) and every
 * focusable part of the map shows a focus ring of ≥ 3:1 against what surrounds it (WCAG 2.4.3, 2.4.7, 1.4.11),
 * measured from computed styles.
 */

type Rgba = [number, number, number, number];

/** Any CSS colour as sRGB bytes and alpha, as the browser computes it. */
function rgba(color: string): Rgba {
  const probe = document.createElement('span');
  probe.style.color = color;
  document.body.append(probe);
  const computed = getComputedStyle(probe).color;
  probe.remove();
  const parts = computed.match(/[\d.]+/g)!.map(Number);
  return [parts[0], parts[1], parts[2], parts[3] ?? 1];
}

/** `top` laid over an opaque `bottom`. */
const over = (top: Rgba, bottom: Rgba): Rgba => {
  const a = top[3];
  return [0, 1, 2].map((i) => top[i] * a + bottom[i] * (1 - a)).concat(1) as Rgba;
};

const luminance = ([r, g, b]: Rgba) => {
  const lin = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
};
const contrast = (a: Rgba, b: Rgba) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

/** The parent of a node across shadow boundaries and slots. */
const up = (node: Element): Element | null => (node.assignedSlot ?? node.parentElement ?? ((node.getRootNode() as ShadowRoot).host as Element | undefined) ?? null);

/**
 * What lies behind `from` (it included): its background and its ancestors', laid over one another down to an opaque
 * one; where nothing opaque comes before the map itself, laid over each colour of the basemap (the controls stand on
 * the map). One colour per basemap colour.
 */
function grounds(from: Element | null, map: KnMap, dark: boolean): Rgba[] {
  const layers: Rgba[] = [];
  for (let el = from; el && el !== map; el = up(el)) {
    const colour = rgba(getComputedStyle(el).backgroundColor);
    if (colour[3] > 0) layers.push(colour);
    if (colour[3] >= 1) break;
  }
  const palette = dark ? KONSTANZ_DARK_PALETTE : KONSTANZ_PALETTE;
  const bases = layers.at(-1)?.[3] === 1 ? [layers.pop()!] : [palette.land, palette.city, palette.water].map(rgba);
  return bases.map((base) => layers.reduceRight((below, layer) => over(layer, below), base));
}

interface Stop {
  el: Element;
  name: string;
  /** 0 top left, 1 top right, 2 bottom left, 3 bottom right, by where its middle lies on the map. */
  quadrant: number;
  credits: boolean;
}

const deepActive = () => {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
};

/** Every Tab stop from the button before the map to the one after it. */
async function tabThrough(map: KnMap, before: HTMLElement, after: HTMLElement, visit?: (stop: Stop) => void): Promise<Stop[]> {
  before.focus();
  const frame = map.getBoundingClientRect();
  const stops: Stop[] = [];
  for (let i = 0; i < 80; i++) {
    await sendKeys({ press: 'Tab' });
    const el = deepActive();
    if (!el || el === after) return stops;
    const box = el.getBoundingClientRect();
    const right = box.left + box.width / 2 > frame.left + frame.width / 2;
    const bottom = box.top + box.height / 2 > frame.top + frame.height / 2;
    const stop = {
      el,
      name: el.getAttribute('aria-label')?.replace(/[.:].*$/, '') || el.textContent!.trim() || el.localName,
      quadrant: (bottom ? 2 : 0) + (right ? 1 : 0),
      credits: !!el.closest('.maplibregl-ctrl-attrib'),
    };
    stops.push(stop);
    visit?.(stop);
  }
  throw new Error(`Tab did not leave the map in 80 presses: ${stops.map((stop) => stop.name).join(' → ')}`);
}

const mountWithCorners = (width: number, theme: string) =>
  mountMap<HTMLElement>(html`
    <div>
      <button id="before">before</button>
      <kn-map style="width:${width}px;height:600px" theme=${theme}>
        <button slot="bottom-right">BR</button>
        <button slot="bottom-left">BL</button>
        <button slot="top-right">TR</button>
        <button slot="top-left">TL</button>
      </kn-map>
      <button id="after">after</button>
    </div>
  `);

describe('<kn-map> focus order', () => {
  before(() => setViewport({ width: 1000, height: 800 }));

  for (const width of [800, 400]) {
    it(`goes through the corners as they are seen, the credits last (${width} px wide)`, async function () {
      this.timeout(60_000);
      const { root, map } = await mountWithCorners(width, 'light');
      await nextFrame();
      const stops = await tabThrough(map, root.querySelector('#before')!, root.querySelector('#after')!);
      const names = stops.map((stop) => stop.name);
      expect(stops[0].el).to.equal(map.map!.getCanvas());
      const known = [
        'TL',
        'TR',
        'Vergrößern',
        'Verkleinern',
        'Karte nach Norden ausrichten',
        'Vollbild',
        'Meinen Standort zeigen',
        'Ansicht zurücksetzen',
        'Tastaturbefehle anzeigen',
        'BL',
        'BR',
        'Karte nach Westen verschieben',
        'Karte nach Norden verschieben',
        'Karte nach Süden verschieben',
        'Karte nach Osten verschieben',
      ];
      expect(names.filter((name) => known.includes(name))).to.deep.equal(known);
      // Each stop in a corner that comes after (or is) the corner of the one before it, as the screen reads (the
      // credit line may reach into the bottom left: it comes last all the same).
      const quadrants = stops.slice(1).filter((stop) => !stop.credits).map((stop) => stop.quadrant);
      expect(quadrants, names.join(' → ')).to.deep.equal([...quadrants].sort());
      // The credits last: the ⓘ of a small map, the links of a large one.
      const firstCredit = stops.findIndex((stop) => stop.credits);
      expect(firstCredit, names.join(' → ')).to.be.above(0);
      expect(stops.slice(firstCredit).every((stop) => stop.credits), names.join(' → ')).to.equal(true);
      if (width < 640) expect(stops[firstCredit].name).to.equal('Quellenangaben ein- oder ausblenden');
      else expect(stops.slice(firstCredit).map((stop) => stop.name)).to.include('MapLibre');
    });
  }
});

describe('<kn-map> focus rings', () => {
  before(() => setViewport({ width: 1000, height: 800 }));

  for (const theme of ['light', 'dark']) {
    for (const width of [800, 400]) {
      it(`are at least 3:1 against their surroundings on every focusable part of the ${theme} map (${width} px wide)`, async function () {
        this.timeout(60_000);
        const { root, map } = await mountWithCorners(width, theme);
        await nextFrame();
        const measured: string[] = [];
        const weak: string[] = [];
        await tabThrough(map, root.querySelector('#before')!, root.querySelector('#after')!, ({ el, name }) => {
          if (el.getRootNode() !== map.shadowRoot) return; // slotted controls and their parts show their own
          const style = getComputedStyle(el);
          expect(style.outlineStyle, `${name}: outline`).to.equal('solid');
          expect(parseFloat(style.outlineWidth), `${name}: outline width`).to.be.at.least(2);
          const ring = rgba(style.outlineColor);
          // An inset ring lies on the element's own ground, an outer one on what surrounds the element.
          const inset = parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth) <= 0;
          for (const ground of grounds(inset ? el : up(el), map, theme === 'dark')) {
            const ratio = contrast(ring, ground);
            measured.push(`${name} ${ratio.toFixed(2)}`);
            if (ratio < 3) weak.push(`${name}: ${style.outlineColor} on rgb(${ground.slice(0, 3).join(', ')}) = ${ratio.toFixed(2)}:1`);
          }
        });
        expect(measured.length, 'rings measured').to.be.at.least(15);
        expect(weak).to.deep.equal([]);
      });
    }
  }
});
