import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/define.js';
import { contrast, over, type Rgb } from '../../src/symbols/contrast.js';
import { KONSTANZ_DARK_PALETTE, KONSTANZ_PALETTE } from '../../src/map/basemaps/konstanz-style.js';
import { mountMap } from '../helpers/harness.js';

/** A computed `rgb()`/`rgba()` colour as its channels and alpha. */
function parse(colour: string): { rgb: Rgb; alpha: number } {
  const [r, g, b, a] = colour.match(/[\d.]+/g)!.map(Number);
  return { rgb: [r, g, b], alpha: a ?? 1 };
}

/** The lowest contrast of the credit line's text (its words and links) over its ground, whatever the map shows under it. */
function worstContrast(line: HTMLElement): number {
  const ground = parse(getComputedStyle(line).backgroundColor);
  const texts = [line, ...line.querySelectorAll<HTMLElement>('a, div, span')].map((el) => parse(getComputedStyle(el).color));
  let worst = Infinity;
  // Under the line: anything from a white to a black map (a dark cluster, the innovation outline, the lake at night).
  for (const under of ['#000000', '#ffffff', '#6c1478', '#1f6fc5']) {
    const back = over(ground.rgb, ground.alpha, under);
    for (const text of texts) worst = Math.min(worst, contrast(over(text.rgb, text.alpha, back), back));
  }
  return worst;
}

describe('the credit line over the map', () => {
  for (const theme of ['light', 'dark']) {
    it(`keeps its text at ≥ 4.5:1 whatever lies under it (${theme})`, async () => {
      const { map } = await mountMap(html`<div><kn-map theme=${theme} style="width:1100px;height:300px"><kn-wlan-layer></kn-wlan-layer></kn-map></div>`);
      const line = map.shadowRoot!.querySelector<HTMLElement>('.maplibregl-ctrl-attrib')!;
      expect(line.textContent).to.contain('MapLibre');
      expect(line.classList.contains('maplibregl-compact'), 'the full line, over the map').to.equal(false);
      expect(worstContrast(line)).to.be.at.least(4.5);
    });
  }

  for (const theme of ['light', 'dark']) {
    it(`and the scale: its text at ≥ 4.5:1, its ends at ≥ 3:1 against the land and the lake (${theme})`, async () => {
      const { map } = await mountMap(html`<div><kn-map theme=${theme} style="width:600px;height:300px"></kn-map></div>`);
      const scale = map.shadowRoot!.querySelector<HTMLElement>('.maplibregl-ctrl-scale')!;
      const style = getComputedStyle(scale);
      const [ground, ink, ends] = [parse(style.backgroundColor), parse(style.color), parse(style.borderBottomColor)];
      const palette = theme === 'dark' ? KONSTANZ_DARK_PALETTE : KONSTANZ_PALETTE;
      for (const under of [palette.land, palette.water, palette.city]) {
        const back = over(ground.rgb, ground.alpha, under);
        expect(contrast(over(ink.rgb, ink.alpha, back), back), `text over ${under}`).to.be.at.least(4.5);
        expect(contrast(over(ends.rgb, ends.alpha, under), under), `ends against ${under}`).to.be.at.least(3);
      }
    });
  }
});
